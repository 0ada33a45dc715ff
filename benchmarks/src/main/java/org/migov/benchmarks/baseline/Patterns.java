package org.migov.benchmarks.baseline;

import java.time.LocalDate;

/** The regular expressions and reference date shared by the baseline records' constraints. */
public final class Patterns {
  private Patterns() {}

  /** An id: 1 to 256 chars, none of {@code / & | ?} or control chars, no surrounding whitespace. */
  public static final String ID = "[^/&|?\\s\\p{Cntrl}](?:[^/&|?\\p{Cntrl}]{0,254}[^/&|?\\s\\p{Cntrl}])?";

  /** A BCP 47 language tag, simplified: a primary language and optional subtags. */
  public static final String LANGUAGE = "[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*";

  /** An ISO 3166-1 alpha-2 shape. */
  public static final String COUNTRY = "[A-Z]{2}";

  /** A UN M49 code shape. */
  public static final String REGION = "[0-9]{3}";

  /** An ISO 4217 shape. */
  public static final String CURRENCY = "[A-Z]{3}";

  /** A partial date: YYYY, YYYY-MM or YYYY-MM-DD. */
  public static final String PARTIAL_DATE = "[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?";

  /** An absolute URI: a scheme, a colon, the rest. */
  public static final String ABSOLUTE_URI = "[A-Za-z][A-Za-z0-9+.-]*:\\S+";

  /** The participant roles. */
  public static final String ROLE = "funding|accountable|extending|implementing|partner";

  /** The programme statuses. */
  public static final String STATUS = "pipeline|implementation|finalisation|closed|cancelled|suspended";

  /** The thematic areas. */
  public static final String THEMATIC_AREA =
      "traffickingInPersons|migrantSmuggling|borderManagement|preventionOfTerrorism|dataAndEvidence"
          + "|regularPathwaysAndLabourMobility|returnAndReintegration|protectionOfVulnerableMigrants"
          + "|emergencyResponse|healthAndPsychosocialSupport|integrationAndSocialCohesion|capacityBuilding"
          + "|awarenessRaising|communityResilience|internationalCooperation";

  /** The beneficiary groups. */
  public static final String BENEFICIARY_GROUP =
      "unaccompaniedMinors|victimsOfTrafficking|asylumSeekers|migrantWorkers|returnees|localAuthorities"
          + "|borderOfficials|lawEnforcement|hostCommunities";

  /** The activity types. */
  public static final String ACTIVITY_TYPE =
      "assistedVoluntaryReturnAndReintegration|capacityBuilding|training|exchangeOfPractices"
          + "|awarenessRaising|dataCollection|psychosocialSupport|healthAssistance|evacuation";

  /**
   * The reference date ("today") of the status rules, the same as the fixed clock given to
   * migov's validator in the benchmarks.
   */
  public static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
}
