/**
 * migov in Quarkus: the extension's runtime part, {@link org.migov.quarkus.MigovJacksonCustomizer};
 * its build steps put migov's rules on Quarkus's validator.
 */
package org.migov.quarkus;
