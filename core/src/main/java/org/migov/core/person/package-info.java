/**
 * People: the public office holders and contact points migov records, never case data.
 */
@MigovStyle
package org.migov.core.person;

import org.migov.core.MigovStyle;
