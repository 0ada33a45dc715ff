/**
 * Organisations: kinds, parents, founding and dissolution, headquarters, posts and tenures, external identifiers.
 */
@MigovStyle
package org.migov.core.organisation;

import org.migov.core.MigovStyle;
