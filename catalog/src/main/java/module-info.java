/**
 * migov catalog: a reference dataset of public facts about migration governance actors, each
 * with its sources, loaded through migov-json. See {@link org.migov.catalog.ReferenceCatalog}.
 */
module org.migov.catalog {
  requires transitive org.migov.core;
  requires org.migov.json;

  exports org.migov.catalog;
}
