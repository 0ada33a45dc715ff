package org.migov.iati;

import java.util.function.Function;
import org.migov.core.CodedEnum;
import org.migov.core.programme.ActivityType;
import org.migov.core.programme.BeneficiaryGroup;
import org.migov.core.taxonomy.GcmObjective;
import org.migov.core.taxonomy.ThematicArea;

/**
 * migov's own vocabularies as IATI carries them: {@code tag} elements of the reporting
 * organisation's vocabulary (99) whose {@code vocabulary-uri} names the migov codelist, and the
 * {@value IatiWriter#NAMESPACE} attributes that IATI's schema lets a publisher add (a date's
 * precision, a placeholder written only because the schema requires the element).
 */
enum MigovVocabulary {
  THEMATIC_AREA("ThematicArea", code -> CodedEnum.fromCode(ThematicArea.class, code), value -> ((CodedEnum) value).code()),
  GCM_OBJECTIVE("GcmObjective", code -> GcmObjective.ofNumber(Integer.parseInt(code)),
      value -> Integer.toString(((GcmObjective) value).number())),
  BENEFICIARY_GROUP("BeneficiaryGroup", code -> CodedEnum.fromCode(BeneficiaryGroup.class, code), value -> ((CodedEnum) value).code()),
  ACTIVITY_TYPE("ActivityType", code -> CodedEnum.fromCode(ActivityType.class, code), value -> ((CodedEnum) value).code());

  /** IATI's tag vocabulary of the reporting organisation. */
  static final String REPORTING_ORGANISATION = "99";

  /** The attribute that marks an element written only because IATI requires it. */
  static final String PLACEHOLDER = "placeholder";

  /** The attribute that gives a date's precision when it is a year or a month. */
  static final String PRECISION = "precision";

  private final String uri;
  private final Function<String, Object> parse;
  private final Function<Object, String> code;

  MigovVocabulary(String codelist, Function<String, Object> parse, Function<Object, String> code) {
    this.uri = "urn:migov:codelist:" + codelist;
    this.parse = parse;
    this.code = code;
  }

  /** The vocabulary-uri of the tags. */
  String uri() {
    return uri;
  }

  /** The value of a code; an InvalidValueException or NumberFormatException when it is none. */
  Object parse(String code) {
    return parse.apply(code);
  }

  /** The code written for a value of this vocabulary. */
  String code(Object value) {
    return code.apply(value);
  }

  /** The vocabulary of a tag's vocabulary-uri, or null. */
  static MigovVocabulary ofUri(String uri) {
    for (MigovVocabulary vocabulary : values()) {
      if (vocabulary.uri.equals(uri)) {
        return vocabulary;
      }
    }
    return null;
  }
}
