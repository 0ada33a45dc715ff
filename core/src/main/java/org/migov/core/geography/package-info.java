/**
 * Geography: countries (ISO 3166-1), UN M49 regions and named areas, all answering whether they contain a country; and places.
 */
@MigovStyle
package org.migov.core.geography;

import org.migov.core.MigovStyle;
