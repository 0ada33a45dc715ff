/**
 * migov in Spring Boot 4: {@link org.migov.spring.boot4.MigovAutoConfiguration}, its settings
 * ({@link org.migov.spring.boot4.MigovProperties}), the problem details it answers with
 * ({@link org.migov.spring.boot4.MigovProblems}) and the warnings that passed
 * ({@link org.migov.spring.boot4.MigovWarnings}).
 */
package org.migov.spring.boot4;
