/** The migov wire format on Jackson 3 data binding: {@link org.migov.jackson3.MigovJackson3Module}. */
package org.migov.jackson3;
