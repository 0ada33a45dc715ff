package org.migov.cli;

import picocli.CommandLine.IVersionProvider;

/** The version line: migov's version, from the jar's manifest, and the Java runtime's. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Migov.class.getPackage().getImplementationVersion();
    return new String[] {
      "migov " + (version == null ? "(development build)" : version),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
