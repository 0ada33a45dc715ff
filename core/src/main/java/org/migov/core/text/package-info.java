/**
 * Multilingual text: a language map with lookup by {@link java.util.Locale} and a documented fallback chain;
 * {@link org.migov.core.text.BlankText}, what every migov check means by a blank text.
 */
@MigovStyle
package org.migov.core.text;

import org.migov.core.MigovStyle;
