/**
 * The {@code migov} command line: {@code catalog}, {@code validate}, {@code rules} and
 * {@code schema}. {@link org.migov.cli.Migov#main(String[])} is the entry point of the executable
 * jar; {@link org.migov.cli.Migov#run} runs a command in-process, for tests and embedding.
 */
package org.migov.cli;
