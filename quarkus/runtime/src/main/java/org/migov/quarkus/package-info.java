/**
 * migov in Quarkus: the extension's runtime part. {@link org.migov.quarkus.MigovJacksonCustomizer}
 * puts the Jackson 2 module on Quarkus's mapper; {@link org.migov.quarkus.MigovRulesCustomizer}
 * lets warnings pass, kept in {@link org.migov.quarkus.MigovRequestWarnings};
 * {@link org.migov.quarkus.MigovNotWireFormatMapper} and {@link org.migov.quarkus.MigovRulesBrokenMapper}
 * answer migov's problem details; the build steps put migov's rules on Quarkus's validator.
 */
package org.migov.quarkus;
