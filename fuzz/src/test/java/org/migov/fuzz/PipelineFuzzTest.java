package org.migov.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.migov.json.DecodedDataset;
import org.migov.json.MigovJson;
import org.migov.json.MigovJsonException;
import org.migov.validation.MigovValidator;
import org.migov.validation.Rule;
import org.migov.validation.ValidationReport;

/**
 * The whole pipeline on arbitrary bytes, as {@code migov validate} runs it: tolerant decoding of a
 * dataset document, then every entity and dataset rule. The property: decoding throws nothing but
 * {@link MigovJsonException} (for input that is not JSON at all); validation throws nothing, and
 * gives the same report twice.
 */
class PipelineFuzzTest {
  private static final MigovJson JSON = MigovJson.create();
  private static final MigovValidator VALIDATOR = MigovValidator.builder()
      .clock(Clock.fixed(LocalDate.of(2026, 11, 22).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
      .build();

  @FuzzTest(maxDuration = "10m")
  void decodeAndValidate(byte[] input) {
    DecodedDataset decoded;
    try {
      decoded = JSON.readDatasetTolerant(new StringReader(new String(input, StandardCharsets.UTF_8)));
    } catch (MigovJsonException e) {
      DecodeFuzzTest.assertLocated(e);
      return;
    }
    decoded.errors().forEach(DecodeFuzzTest::assertLocated);
    ValidationReport report = VALIDATOR.validate(decoded.dataset());
    assertTrue(report.count() >= report.violations().size(), report.toString());
    if (decoded.dataset().size() == 0) {
      assertEquals(0, report.count(), "an empty dataset breaks no rule: " + report);
    }
    report.violations().forEach(v -> assertEquals(v.code(), Rule.ofCode(v.code()).code()));
    assertEquals(report, VALIDATOR.validate(decoded.dataset()));
  }
}
