/** The build steps of migov's Quarkus extension: {@link org.migov.quarkus.deployment.MigovProcessor}. */
package org.migov.quarkus.deployment;
