package org.migov.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.migov.core.agreement.Agreement;
import org.migov.core.office.Office;
import org.migov.core.organisation.Organisation;
import org.migov.core.programme.Programme;

/**
 * Every object of the wire format refuses a property it does not know, saying which object and
 * where, and the lenient mode skips it (with whatever it holds) and reads the rest as if it were
 * not there.
 */
class UnknownPropertiesTest {
  private static final MigovJson STRICT = MigovJson.create();
  private static final MigovJson LENIENT = MigovJson.builder().ignoreUnknownProperties(true).build();

  /** Put first in the object marked {@code @}, a nested value so that skipping it must skip children. */
  private static final String UNKNOWN = "\"zz\":[1,{\"a\":[true]}],";

  private static final String ORGANISATION = "{\"id\":\"a\",\"name\":{\"en\":\"A\"},";
  private static final String OFFICE =
      "{\"id\":\"o\",\"organisation\":\"a\",\"kind\":\"countryOffice\",\"name\":{\"en\":\"O\"},\"location\":{\"country\":\"TH\"},";
  private static final String AGREEMENT = "{\"id\":\"g\",\"kind\":\"partnershipDeclaration\",\"title\":{\"en\":\"T\"},\"status\":\"signed\",";
  private static final String PROGRAMME = "{\"id\":\"p\",\"title\":{\"en\":\"P\"},";

  static Stream<Arguments> objects() {
    BiFunction<MigovJson, String, Object> organisation = (json, doc) -> json.read(doc, Organisation.class);
    BiFunction<MigovJson, String, Object> office = (json, doc) -> json.read(doc, Office.class);
    BiFunction<MigovJson, String, Object> agreement = (json, doc) -> json.read(doc, Agreement.class);
    BiFunction<MigovJson, String, Object> programme = (json, doc) -> json.read(doc, Programme.class);
    BiFunction<MigovJson, String, Object> dataset = MigovJson::readDataset;
    return Stream.of(
        Arguments.of("an organisation", "/zz", organisation, "{@\"id\":\"a\",\"name\":{\"en\":\"A\"}}"),
        Arguments.of("an external identifier", "/identifiers/0/zz", organisation,
            ORGANISATION + "\"identifiers\":[{@\"scheme\":\"iati\",\"value\":\"XM-DAC-47066\"}]}"),
        Arguments.of("a post", "/posts/0/zz", organisation, ORGANISATION + "\"posts\":[{@\"title\":{\"en\":\"DG\"}}]}"),
        Arguments.of("a tenure", "/posts/0/tenures/0/zz", organisation,
            ORGANISATION + "\"posts\":[{\"title\":{\"en\":\"DG\"},\"tenures\":[{@\"holder\":{\"name\":\"A B\"},\"start\":\"2018\"}]}]}"),
        Arguments.of("a person", "/posts/0/tenures/0/holder/zz", organisation,
            ORGANISATION + "\"posts\":[{\"title\":{\"en\":\"DG\"},\"tenures\":[{\"holder\":{@\"name\":\"A B\"}}]}]}"),
        Arguments.of("a place", "/headquarters/zz", organisation, ORGANISATION + "\"headquarters\":{@\"locality\":\"Geneva\",\"country\":\"CH\"}}"),
        Arguments.of("a source", "/sources/0/zz", organisation, ORGANISATION + "\"sources\":[{@\"title\":\"News\",\"date\":\"2024-07\"}]}"),
        Arguments.of("an office", "/zz", office, OFFICE.replace("{\"id\"", "{@\"id\"") + "\"parent\":\"p\"}"),
        Arguments.of("a period", "/operatingPeriod/zz", office, OFFICE + "\"operatingPeriod\":{@\"start\":\"2020-01-01\",\"end\":\"2021-12-31\"}}"),
        Arguments.of("a geographic area ({\"country\": ...}, {\"region\": ...} or {\"namedArea\": ...})", "/areaOfResponsibility/0/zz", office,
            OFFICE + "\"areaOfResponsibility\":[{@\"region\":\"202\"}]}"),
        Arguments.of("a named area", "/areaOfResponsibility/0/namedArea/zz", office,
            OFFICE + "\"areaOfResponsibility\":[{\"namedArea\":{@\"name\":{\"en\":\"Med\"},\"members\":[\"IT\",\"MT\"]}}]}"),
        Arguments.of("an agreement", "/zz", agreement, AGREEMENT.replace("{\"id\"", "{@\"id\"") + "\"parties\":[\"a\"]}"),
        Arguments.of("a signatory", "/signatories/0/zz", agreement,
            AGREEMENT + "\"signatories\":[{@\"person\":{\"name\":\"Amy Pope\"},\"party\":\"a\"}]}"),
        Arguments.of("a link to an earlier agreement", "/links/0/zz", agreement,
            AGREEMENT + "\"links\":[{@\"relation\":\"buildsOn\",\"target\":\"h\"}]}"),
        Arguments.of("a programme", "/zz", programme, "{@\"id\":\"p\",\"title\":{\"en\":\"P\"}}"),
        Arguments.of("a participant", "/participants/0/zz", programme,
            PROGRAMME + "\"participants\":[{@\"organisation\":\"a\",\"role\":\"funding\"}]}"),
        Arguments.of("a budget line", "/budgetLines/0/zz", programme,
            PROGRAMME + "\"budgetLines\":[{@\"amount\":{\"amount\":1,\"currency\":\"EUR\"},\"label\":{\"en\":\"Staff\"}}]}"),
        Arguments.of("an amount of money", "/budget/zz", programme, PROGRAMME + "\"budget\":{@\"amount\":1.50,\"currency\":\"EUR\"}}"),
        Arguments.of("a target area", "/targetAreas/0/zz", programme,
            PROGRAMME + "\"targetAreas\":[{@\"area\":{\"country\":\"LY\"},\"percentage\":40}]}"),
        Arguments.of("an event", "/zz", (BiFunction<MigovJson, String, Object>) (json, doc) -> json.read(doc, org.migov.core.event.Event.class),
            "{@\"id\":\"e\",\"kind\":\"conference\",\"title\":{\"en\":\"E\"}}"),
        Arguments.of("a migov dataset envelope", "/zz", dataset, "{@\"format\":\"migov\",\"version\":\"1.0\",\"organisations\":[" + ORGANISATION + "\"founded\":\"1951\"}]}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("objects")
  void anUnknownPropertyIsRefusedWithItsObjectAndPlace(String what, String pointer, BiFunction<MigovJson, String, Object> read, String marked) {
    String withUnknown = marked.replace("@", UNKNOWN);
    MigovJsonException e = assertThrows(MigovJsonException.class, () -> read.apply(STRICT, withUnknown));
    assertEquals(pointer, e.pointer());
    assertEquals("a property of " + what, e.expected());
    assertEquals("the unknown property \"zz\"", e.found());
    assertEquals(1, e.line());
    // The error is on the value after the name, whose column is where "zz" was put plus 5 ("zz":).
    assertEquals(marked.indexOf('@') + 6, e.column(), e.getMessage());
    assertTrue(e.getMessage().startsWith("expected a property of " + what + " at " + pointer + ", found the unknown property \"zz\""), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("objects")
  void theLenientModeSkipsAnUnknownPropertyAndReadsTheRest(String what, String pointer, BiFunction<MigovJson, String, Object> read, String marked) {
    Object without = read.apply(STRICT, marked.replace("@", ""));
    assertEquals(without, read.apply(LENIENT, marked.replace("@", UNKNOWN)));
  }
}
