/**
 * Agreements between organisations: kinds, parties, signatories, dates, status, commitments and links to earlier agreements.
 */
@MigovStyle
package org.migov.core.agreement;

import org.migov.core.MigovStyle;
