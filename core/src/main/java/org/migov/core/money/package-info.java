/**
 * Money: an exact amount in an ISO 4217 currency, equal by value, never rounded.
 */
@MigovStyle
package org.migov.core.money;

import org.migov.core.MigovStyle;
