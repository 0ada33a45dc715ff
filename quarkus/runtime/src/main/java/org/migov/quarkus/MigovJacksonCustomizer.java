package org.migov.quarkus;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.migov.jackson2.MigovJackson2Module;

/**
 * Puts migov-jackson2's module on Quarkus's Jackson 2 mapper, so that migov types read and write
 * in the wire format in REST endpoints and clients. A CDI bean the extension registers; stateless.
 */
@Singleton
public class MigovJacksonCustomizer implements ObjectMapperCustomizer {
  /** Creates the customizer; Quarkus does this. */
  public MigovJacksonCustomizer() {}

  /**
   * Registers the module.
   *
   * @param mapper Quarkus's mapper
   */
  @Override
  public void customize(ObjectMapper mapper) {
    mapper.registerModule(new MigovJackson2Module());
  }
}
