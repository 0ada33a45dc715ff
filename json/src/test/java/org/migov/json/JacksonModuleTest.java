package org.migov.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.migov.core.money.Money;
import org.migov.core.programme.Programme;
import org.migov.core.time.PartialDate;
import org.migov.testkit.EntityGens;
import tools.jackson.databind.json.JsonMapper;

/** A user's mapper finds the module through the service loader. */
class JacksonModuleTest {

  @Test
  void findAndAddModulesReadsAndWritesMigovTypes() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    Programme programme = EntityGens.programmes().sample(new SplittableRandom(3), 40);
    String json = mapper.writeValueAsString(programme);
    assertEquals(MigovJson.create().write(programme), json, "the module writes the facade's wire format");
    assertEquals(programme, mapper.readValue(json, Programme.class));
    assertEquals("\"2007-03\"", mapper.writeValueAsString(PartialDate.parse("2007-03")));
    assertEquals(PartialDate.parse("1951"), mapper.readValue("\"1951\"", PartialDate.class));
    assertEquals(Money.of("1.50", "EUR"), mapper.readValue("{\"amount\":1.50,\"currency\":\"EUR\"}", Money.class));
    assertEquals("{\"amount\":1.50,\"currency\":\"EUR\"}", mapper.writeValueAsString(Money.of("1.50", "EUR")));
    org.migov.core.dataset.Dataset dataset = org.migov.testkit.DatasetGens.valid(LocalDate.of(2026, 11, 22)).sample(new SplittableRandom(5), 30);
    String envelope = mapper.writeValueAsString(dataset);
    assertEquals(MigovJson.create().writeDataset(dataset), envelope);
    assertEquals(dataset, mapper.readValue(envelope, org.migov.core.dataset.Dataset.class));
  }

  @Test
  void badInputThroughTheModuleStillSaysWhere() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    MigovJsonException e =
        assertThrows(MigovJsonException.class, () -> mapper.readValue("{\"id\":\"p\",\"title\":{\"en\":\"x\"},\"status\":\"x\"}", Programme.class));
    assertEquals("/status", e.pointer());
    assertEquals(39, e.column());
  }
}
