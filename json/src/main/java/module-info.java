/**
 * migov json: the migov wire format on Jackson 3. Register {@link org.migov.json.MigovJsonModule}
 * (found by {@code JsonMapper.builder().findAndAddModules()}) or use the hardened
 * {@link org.migov.json.MigovJson} facade.
 */
module org.migov.json {
  requires transitive org.migov.core;
  requires transitive tools.jackson.databind;

  exports org.migov.json;

  provides tools.jackson.databind.JacksonModule with
      org.migov.json.MigovJsonModule;
}
