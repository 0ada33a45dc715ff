package org.migov.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.function.Function;
import org.migov.core.CodedEnum;
import org.migov.core.InvalidValueException;
import org.migov.core.agreement.AgreementId;
import org.migov.core.event.EventId;
import org.migov.core.geography.Country;
import org.migov.core.geography.M49Region;
import org.migov.core.money.Money;
import org.migov.core.office.OfficeId;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.programme.ParticipantRole;
import org.migov.core.programme.ProgrammeId;
import org.migov.core.taxonomy.SdgTarget;
import org.migov.core.taxonomy.ThematicArea;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.DateRange;
import org.migov.core.time.PartialDate;

/**
 * Parsing migov's value types from arbitrary text: ids, codes, partial dates, periods, money,
 * countries, regions, language tags. The property: only {@link InvalidValueException} escapes,
 * and what parses prints back to text that parses to an equal value.
 */
class ValueParsingFuzzTest {
  /** A parser from text and how its value prints back (null: it does not), for the round trip. */
  private static final class Parser {
    final Function<String, Object> parse;
    final Function<Object, String> print;

    Parser(Function<String, Object> parse, Function<Object, String> print) {
      this.parse = parse;
      this.print = print;
    }
  }

  private static final List<Parser> PARSERS = List.of(
      new Parser(OrganisationId::of, Object::toString),
      new Parser(OfficeId::of, Object::toString),
      new Parser(AgreementId::of, Object::toString),
      new Parser(ProgrammeId::of, Object::toString),
      new Parser(EventId::of, Object::toString),
      new Parser(code -> CodedEnum.fromCode(ThematicArea.class, code), v -> ((CodedEnum) v).code()),
      new Parser(code -> CodedEnum.fromCode(ParticipantRole.class, code), v -> ((CodedEnum) v).code()),
      new Parser(SdgTarget::ofNumber, v -> ((SdgTarget) v).number()),
      new Parser(PartialDate::parse, Object::toString),
      new Parser(DateRange::parse, Object::toString),
      new Parser(Money::parse, Object::toString),
      new Parser(Money::currency, Object::toString),
      new Parser(Country::of, v -> ((Country) v).alpha2()),
      new Parser(Country::ofAlpha3, v -> ((Country) v).alpha3()),
      new Parser(Country::ofM49, v -> null), // Country does not print its M49 code
      new Parser(M49Region::of, v -> ((M49Region) v).code()),
      new Parser(tag -> MultilingualText.of(tag, "text"), v -> ((MultilingualText) v).languages().iterator().next()));

  @FuzzTest(maxDuration = "10m")
  void valueTypes(FuzzedDataProvider data) {
    Parser parser = PARSERS.get(data.consumeInt(0, PARSERS.size() - 1));
    String text = data.consumeRemainingAsString();
    Object value;
    try {
      value = parser.parse.apply(text);
    } catch (InvalidValueException e) {
      assertNotNull(e.expected());
      assertNotNull(e.getMessage());
      return;
    }
    String printed = parser.print.apply(value);
    if (printed != null) {
      assertEquals(value, parser.parse.apply(printed));
    }
  }
}
