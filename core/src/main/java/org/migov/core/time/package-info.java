/**
 * Time: partial dates known to the year, month or day, with honest three-valued comparisons, and periods.
 */
@MigovStyle
package org.migov.core.time;

import org.migov.core.MigovStyle;
