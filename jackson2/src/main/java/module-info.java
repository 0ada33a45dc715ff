/**
 * migov jackson2: the migov wire format on Jackson 2 (2.17 and later). Register
 * {@link org.migov.jackson2.MigovJackson2Module} (found by {@code ObjectMapper.findAndRegisterModules()}
 * and by Spring Boot 3's and Quarkus's Jackson 2 mappers).
 */
module org.migov.jackson2 {
  requires transitive org.migov.json;
  requires transitive com.fasterxml.jackson.databind;

  exports org.migov.jackson2;

  provides com.fasterxml.jackson.databind.Module with
      org.migov.jackson2.MigovJackson2Module;
}
