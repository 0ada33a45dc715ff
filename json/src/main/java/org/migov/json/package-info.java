/**
 * The migov JSON wire format: {@link org.migov.json.MigovJson}, a hardened, thread-safe facade for
 * entities and dataset envelopes; {@link org.migov.json.MigovJsonTypes}, the codec of each type for
 * data-binding modules (migov-jackson3, migov-jackson2); and {@link org.migov.json.MigovJsonException},
 * the one exception for input that cannot be decoded.
 */
package org.migov.json;
