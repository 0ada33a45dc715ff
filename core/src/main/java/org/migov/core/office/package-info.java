/**
 * Offices of an organisation: kinds, host places, areas of responsibility, reporting lines and operating periods.
 */
@MigovStyle
package org.migov.core.office;

import org.migov.core.MigovStyle;
