/**
 * migov cli: the {@code migov} command ({@link org.migov.cli.Migov}): validate datasets, import
 * IATI activity files, browse the reference catalog.
 */
module org.migov.cli {
  requires org.migov.catalog;
  requires org.migov.iati;
  requires org.migov.json;
  requires org.migov.validation;
  requires info.picocli;

  // picocli reads the commands' annotated fields and sets them.
  opens org.migov.cli to info.picocli;

  exports org.migov.cli;
}
