package org.migov.spring.boot3;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.migov.spring.MigovStarterContract;
import org.migov.spring.app.MigovTestApplication;
import org.springframework.boot.test.context.SpringBootTest;

/** migov's starter contract on Spring Boot 3 (Jackson 2). */
@SpringBootTest(classes = MigovTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MigovBoot3Test extends MigovStarterContract {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected Class<?> autoConfiguration() {
    return MigovAutoConfiguration.class;
  }

  @Override
  protected String[] optionalPackages() {
    return new String[] {"com.fasterxml.jackson.databind"};
  }

  @Override
  protected String[] optionalBeans() {
    return new String[] {"migovJackson2Module", "migovJackson2Surrogates"};
  }

  @Override
  @SuppressWarnings("unchecked")
  protected Map<String, Object> json(String body) {
    try {
      return JSON.readValue(body, Map.class);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
