package org.migov.cli;

/** The values of {@code --format}: text for a person, json for a program. */
enum OutputFormat {
  text, json
}
