package org.migov.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.migov.core.CodedEnum;
import org.migov.core.office.OfficeKind;
import org.migov.core.organisation.OrganisationKind;
import org.migov.core.programme.ParticipantRole;
import org.migov.core.programme.ProgrammeStatus;
import org.migov.core.taxonomy.ThematicArea;
import org.migov.testkit.DatasetGens;
import org.migov.testkit.Property;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published JSON Schema, checked by an independent validator (networknt, draft 2020-12). */
class SchemaTest {
  /** The schema, made from a wire format declared for this test, so that making it runs in the test. */
  private static String shipped() {
    String schema = WireSchema.datasetSchema(new WireFormat());
    assertEquals(MigovJson.datasetSchema(), schema);
    return schema;
  }

  private static Schema schema() throws IOException {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(shipped(), InputFormat.JSON);
  }

  @Test
  void theSchemaAcceptsTheDocExamplesAndGeneratedDatasets() throws IOException {
    Schema schema = schema();
    for (Map.Entry<String, String> example : WireFormatDocTest.examples()) {
      String document = example.getKey().equals("dataset")
          ? example.getValue()
          : "{\"format\":\"migov\",\"version\":\"1.0\",\"" + plural(example.getKey()) + "\":[" + example.getValue() + "]}";
      List<Error> errors = schema.validate(document, InputFormat.JSON);
      assertEquals(List.of(), errors.stream().map(Error::toString).collect(Collectors.toList()), example.getKey());
    }
    MigovJson json = MigovJson.create();
    Property.forAll(DatasetGens.valid(LocalDate.of(2026, 11, 22))).withTries(40).withMaxSize(30).check(dataset -> {
      List<Error> errors = schema.validate(json.writeDataset(dataset), InputFormat.JSON);
      assertEquals(List.of(), errors.stream().map(Error::toString).collect(Collectors.toList()));
    });
  }

  private static String plural(String kind) {
    return kind.equals("office") ? "offices" : kind + "s";
  }

  @Test
  void theSchemaRefusesWhatTheDecoderRefuses() throws IOException {
    Schema schema = schema();
    for (String bad : List.of(
        "{\"format\":\"migov\",\"version\":\"1.0\",\"colour\":1}",
        "{\"format\":\"migov\",\"version\":\"2.0\"}",
        "{\"format\":\"migov\",\"version\":\"1.0\",\"programmes\":[{\"id\":\"p\"}]}",
        "{\"format\":\"migov\",\"version\":\"1.0\",\"programmes\":[{\"id\":\"p\",\"title\":{\"en\":\"x\"},\"status\":\"ongoing\"}]}",
        "{\"format\":\"migov\",\"version\":\"1.0\",\"programmes\":[{\"id\":\"a/b\",\"title\":{\"en\":\"x\"}}]}",
        "{\"format\":\"migov\",\"version\":\"1.0\",\"offices\":[{\"id\":\"o\",\"organisation\":\"i\",\"kind\":\"countryOffice\",\"name\":{\"en\":\"x\"},\"location\":{\"country\":\"it\"}}]}")) {
      assertFalse(schema.validate(bad, InputFormat.JSON).isEmpty(), bad);
    }
  }

  @Test
  void theSchemasCodelistsAreTheCodesOfCore() throws IOException {
    JsonNode defs = JsonMapper.builder().build().readTree(shipped()).get("$defs");
    assertEquals(codes(OfficeKind.values()), strings(defs.get("office").get("properties").get("kind").get("enum")));
    assertEquals(codes(OrganisationKind.values()), strings(defs.get("organisation").get("properties").get("kinds").get("items").get("enum")));
    assertEquals(codes(ProgrammeStatus.values()), strings(defs.get("programme").get("properties").get("status").get("enum")));
    assertEquals(codes(ParticipantRole.values()),
        strings(defs.get("programme").get("properties").get("participants").get("items").get("properties").get("role").get("enum")));
    assertEquals(codes(ThematicArea.values()), strings(defs.get("agreement").get("properties").get("thematicAreas").get("items").get("enum")));
  }

  private static List<String> codes(CodedEnum[] values) {
    return Arrays.stream(values).map(CodedEnum::code).collect(Collectors.toList());
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new java.util.ArrayList<>();
    array.forEach(n -> out.add(n.asString()));
    return out;
  }
}
