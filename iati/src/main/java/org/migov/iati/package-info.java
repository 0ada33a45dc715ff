/**
 * The IATI bridge: {@link org.migov.iati.IatiReader} reads IATI 2.01 to 2.03 activity and
 * organisation files, one record at a time, into migov programmes and organisations, checking
 * them in the same pass ({@link org.migov.iati.IatiCheck}: IATI's rule numbers, optionally the
 * official XSD); {@link org.migov.iati.IatiWriter} writes IATI 2.03 back, giving an unchanged
 * record back whole. docs/iati.md has the mapping, what is lost each way, and the catalogue.
 */
package org.migov.iati;
