package org.migov.iati;

/**
 * One element of an activity as the file gave it, kept for the writer: its name (its place in the
 * schema's sequence), the migov fact it was read into (null when migov does not hold it), and its
 * XML, self-contained (the namespaces it uses declared on it).
 */
record Original(String element, Object fact, String xml) {}
