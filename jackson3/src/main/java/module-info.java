/**
 * migov jackson3: the migov wire format on Jackson 3 data binding. Register
 * {@link org.migov.jackson3.MigovJackson3Module} (found by
 * {@code JsonMapper.builder().findAndAddModules()} and by Spring Boot 4's mapper).
 */
module org.migov.jackson3 {
  requires transitive org.migov.json;
  requires transitive tools.jackson.databind;

  exports org.migov.jackson3;

  provides tools.jackson.databind.JacksonModule with
      org.migov.jackson3.MigovJackson3Module;
}
