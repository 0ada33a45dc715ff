/** migov iati: IATI activity XML read into migov programmes, streaming. */
module org.migov.iati {
  requires transitive org.migov.core;
  requires java.xml;

  exports org.migov.iati;
}
