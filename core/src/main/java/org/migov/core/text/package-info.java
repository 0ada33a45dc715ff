/**
 * Multilingual text: a language map with lookup by {@link java.util.Locale} and a documented fallback chain.
 */
@MigovStyle
package org.migov.core.text;

import org.migov.core.MigovStyle;
