/**
 * Events: dialogues, meetings, visits, conferences, trainings and signing ceremonies.
 */
@MigovStyle
package org.migov.core.event;

import org.migov.core.MigovStyle;
