/**
 * migov in Spring, the parts that migov's Spring Boot 3 and Spring Boot 4 starters share: the
 * settings ({@link org.migov.spring.MigovProperties}), migov's rules on Boot's validator
 * ({@link org.migov.spring.MigovRulesSetup}, {@link org.migov.spring.MigovRulesCheck}), the warnings
 * that passed ({@link org.migov.spring.MigovWarnings}) and the problem details of bad request bodies
 * ({@link org.migov.spring.MigovProblems}).
 */
package org.migov.spring;
