/**
 * Datasets: a bundle of organisations, offices, agreements, programmes and events, with the queries users need.
 */
@MigovStyle
package org.migov.core.dataset;

import org.migov.core.MigovStyle;
