package org.migov.spring.boot4;

import java.util.Map;
import org.migov.spring.MigovStarterContract;
import org.migov.spring.app.MigovTestApplication;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.json.JsonMapper;

/** migov's starter contract on Spring Boot 4 (Jackson 3). */
@SpringBootTest(classes = MigovTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MigovBoot4Test extends MigovStarterContract {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Override
  protected Class<?> autoConfiguration() {
    return MigovAutoConfiguration.class;
  }

  @Override
  protected String[] optionalPackages() {
    return new String[] {"org.springframework.boot.validation"};
  }

  @Override
  protected String[] optionalBeans() {
    return new String[] {"migovRulesOnBootsValidator"};
  }

  @Override
  @SuppressWarnings("unchecked")
  protected Map<String, Object> json(String body) {
    return JSON.readValue(body, Map.class);
  }
}
