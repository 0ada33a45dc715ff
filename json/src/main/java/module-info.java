/**
 * migov json: the migov wire format on Jackson 3's streaming API (no data binding). Use the
 * hardened {@link org.migov.json.MigovJson} facade; the data-binding modules (migov-jackson3,
 * migov-jackson2) run the codec of {@link org.migov.json.MigovJsonTypes}.
 */
module org.migov.json {
  requires transitive org.migov.core;
  requires transitive tools.jackson.core;

  exports org.migov.json;
}
