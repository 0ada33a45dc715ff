/**
 * migov in Spring Boot 4: {@link org.migov.spring.boot4.MigovAutoConfiguration}, over the parts
 * both starters share in {@code org.migov.spring}.
 */
package org.migov.spring.boot4;
