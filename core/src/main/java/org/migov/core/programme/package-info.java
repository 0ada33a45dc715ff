/**
 * Programmes and projects: participants and roles, budgets and budget lines, target areas, thematic areas, beneficiaries and activities.
 */
@MigovStyle
package org.migov.core.programme;

import org.migov.core.MigovStyle;
