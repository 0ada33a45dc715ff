/**
 * migov in Spring Boot 3: {@link org.migov.spring.boot3.MigovAutoConfiguration}, over the parts
 * both starters share in {@code org.migov.spring}.
 */
package org.migov.spring.boot3;
