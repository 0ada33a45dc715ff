package org.migov.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migov.core.organisation.Organisation;

/**
 * {@link MigovJsonException#getMessage()} never carries a raw control, format or separator
 * character, whether it comes from a property name (in the pointer), a value, a duplicate name or
 * Jackson's own message; the pointer accessor keeps the name as it is.
 */
class SafeMessagesTest {
  private static final Pattern UNSAFE = Pattern.compile("[\\x00-\\x1f\\x7f-\\x9f\\p{Cf}\\u2028\\u2029]");
  private static final MigovJson JSON = MigovJson.create();

  @ParameterizedTest
  @ValueSource(strings = {
      // an unknown property whose name holds CR LF, ESC and U+202E
      "{\"id\":\"a\",\"name\":{\"en\":\"A\"},\"\\r\\nERROR \\u001b[2J\\u202e\":1}",
      // the same name twice
      "{\"id\":\"a\",\"name\":{\"en\":\"A\"},\"x\\u2028\":1,\"x\\u2028\":1}",
      // a language tag with U+009B
      "{\"id\":\"a\",\"name\":{\"e\\u009bn\":\"A\"}}",
      // raw ESC, BS and NUL bytes where a value should be: Jackson's "Unrecognized token" text
      "{\"id\":\"a\",\"name\":{\"en\":\"A\"},\"memberStateCount\":\u001b\b\u0000}",
      "{\"id\":\"a\",\"name\":{\"en\":\"A\"},\"memberStateCount\":x\u001b[31m\u009b}",
      // an id with a bidi override
      "{\"id\":\"iom-\\u202eevil\\u202c-office\",\"name\":{\"en\":\"A\"}}"})
  void theMessageIsSafeToPrint(String document) {
    MigovJsonException e = assertThrows(MigovJsonException.class, () -> JSON.read(document, Organisation.class));
    assertFalse(UNSAFE.matcher(e.getMessage()).find(), e.getMessage());
    assertFalse(UNSAFE.matcher(e.found()).find(), e.found());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\r\nx", "\u202e"})
  void thePointerAccessorKeepsTheNameAsItIs(String name) {
    String document = "{\"id\":\"a\",\"name\":{\"en\":\"A\"},\"" + name.replace("\r", "\\r").replace("\n", "\\n") + "\":1}";
    MigovJsonException e = assertThrows(MigovJsonException.class, () -> JSON.read(document, Organisation.class));
    assertEquals("/" + name, e.pointer());
  }
}
