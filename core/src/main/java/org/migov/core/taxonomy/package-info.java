/**
 * Taxonomies as data: thematic areas, the 23 objectives of the Global Compact for Migration, SDG targets, the DAC purpose code 15190, and IOM's Migration Governance Framework.
 */
@MigovStyle
package org.migov.core.taxonomy;

import org.migov.core.MigovStyle;
