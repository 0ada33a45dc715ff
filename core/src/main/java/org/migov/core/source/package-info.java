/**
 * Sources: where a fact comes from (title, publisher, URL, date), as Popolo's sources.
 */
@MigovStyle
package org.migov.core.source;

import org.migov.core.MigovStyle;
