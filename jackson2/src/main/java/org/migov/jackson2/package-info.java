/**
 * The migov wire format on Jackson 2: {@link org.migov.jackson2.MigovJackson2Module} and the
 * exception it decodes with, {@link org.migov.jackson2.MigovJackson2Exception}.
 */
package org.migov.jackson2;
