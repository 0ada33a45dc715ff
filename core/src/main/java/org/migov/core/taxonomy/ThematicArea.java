package org.migov.core.taxonomy;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.migov.core.CodedEnum;

/**
 * The thematic areas of migration governance work, each mapped to the objectives of the
 * {@linkplain GcmObjective Global Compact for Migration}, to {@linkplain SdgTarget SDG targets} and
 * to a {@linkplain DacPurposeCode DAC purpose code}, and labelled in English, Italian, French and
 * Spanish.
 *
 * <p>The mapping follows the wording of the GCM objectives and SDG targets:
 *
 * <table>
 *   <caption>Thematic areas and what they map to</caption>
 *   <tr><th scope="col">Thematic area</th><th scope="col">GCM objectives</th>
 *       <th scope="col">SDG targets</th></tr>
 *   <tr><td>{@link #TRAFFICKING_IN_PERSONS}</td><td>10</td><td>5.2, 8.7, 16.2</td></tr>
 *   <tr><td>{@link #MIGRANT_SMUGGLING}</td><td>9</td><td>10.7, 16.4</td></tr>
 *   <tr><td>{@link #BORDER_MANAGEMENT}</td><td>11</td><td>10.7</td></tr>
 *   <tr><td>{@link #PREVENTION_OF_TERRORISM}</td><td>11</td><td>16.a</td></tr>
 *   <tr><td>{@link #DATA_AND_EVIDENCE}</td><td>1</td><td>16.9, 17.18</td></tr>
 *   <tr><td>{@link #REGULAR_PATHWAYS_AND_LABOUR_MOBILITY}</td><td>5, 6, 18, 20, 22</td>
 *       <td>8.8, 10.7, 10.c</td></tr>
 *   <tr><td>{@link #RETURN_AND_REINTEGRATION}</td><td>21</td><td>10.7</td></tr>
 *   <tr><td>{@link #PROTECTION_OF_VULNERABLE_MIGRANTS}</td><td>4, 7, 12, 13</td>
 *       <td>5.2, 16.2, 16.9</td></tr>
 *   <tr><td>{@link #EMERGENCY_RESPONSE}</td><td>2, 8</td><td>1.5</td></tr>
 *   <tr><td>{@link #HEALTH_AND_PSYCHOSOCIAL_SUPPORT}</td><td>15</td><td>3.8</td></tr>
 *   <tr><td>{@link #INTEGRATION_AND_SOCIAL_COHESION}</td><td>16, 17</td><td>10.2</td></tr>
 *   <tr><td>{@link #CAPACITY_BUILDING}</td><td>23</td><td>17.9</td></tr>
 *   <tr><td>{@link #AWARENESS_RAISING}</td><td>3, 17</td><td>none</td></tr>
 *   <tr><td>{@link #COMMUNITY_RESILIENCE}</td><td>2</td><td>1.5</td></tr>
 *   <tr><td>{@link #INTERNATIONAL_COOPERATION}</td><td>23</td><td>10.7, 17.16</td></tr>
 * </table>
 *
 * <p>Every area maps to DAC purpose code 15190 ({@link DacPurposeCode#MIGRATION}). The reasons
 * for the less obvious choices are given on each constant.
 */
public enum ThematicArea implements CodedEnum {
  /** Trafficking in persons: GCM 10; SDG 5.2, 8.7 and 16.2, the three targets naming it. */
  TRAFFICKING_IN_PERSONS(
      "Trafficking in persons",
      "Tratta di esseri umani",
      "Traite des personnes",
      "Trata de personas",
      gcm(10),
      sdg(SdgTarget.TARGET_5_2, SdgTarget.TARGET_8_7, SdgTarget.TARGET_16_2)),
  /** Migrant smuggling: GCM 9; SDG 10.7, and 16.4 because smuggling is organized crime. */
  MIGRANT_SMUGGLING(
      "Migrant smuggling",
      "Traffico di migranti",
      "Trafic illicite de migrants",
      "Tráfico ilícito de migrantes",
      gcm(9),
      sdg(SdgTarget.TARGET_10_7, SdgTarget.TARGET_16_4)),
  /** Border management: GCM 11; SDG 10.7. */
  BORDER_MANAGEMENT(
      "Border management",
      "Gestione delle frontiere",
      "Gestion des frontières",
      "Gestión de fronteras",
      gcm(11),
      sdg(SdgTarget.TARGET_10_7)),
  /**
   * Prevention of terrorism: no GCM objective names terrorism; GCM 11 is the nearest, as it
   * asks for borders managed in a secure manner. SDG 16.a, the one target naming terrorism.
   */
  PREVENTION_OF_TERRORISM(
      "Prevention of terrorism",
      "Prevenzione del terrorismo",
      "Prévention du terrorisme",
      "Prevención del terrorismo",
      gcm(11),
      sdg(SdgTarget.TARGET_16_A)),
  /**
   * Data and evidence: GCM 1; SDG 17.18 (data disaggregated by migratory status), and 16.9
   * because birth registration feeds civil registration and vital statistics.
   */
  DATA_AND_EVIDENCE(
      "Data and evidence",
      "Dati ed evidenze",
      "Données et éléments probants",
      "Datos y evidencia",
      gcm(1),
      sdg(SdgTarget.TARGET_16_9, SdgTarget.TARGET_17_18)),
  /**
   * Regular pathways and labour mobility: GCM 5 (pathways), 6 (recruitment and decent work), 18
   * (skills), 20 (remittances) and 22 (portability of benefits); SDG 8.8 (migrant workers), 10.7
   * and 10.c (remittances).
   */
  REGULAR_PATHWAYS_AND_LABOUR_MOBILITY(
      "Regular pathways and labour mobility",
      "Canali regolari e mobilità lavorativa",
      "Voies régulières et mobilité de la main-d'œuvre",
      "Vías regulares y movilidad laboral",
      gcm(5, 6, 18, 20, 22),
      sdg(SdgTarget.TARGET_8_8, SdgTarget.TARGET_10_7, SdgTarget.TARGET_10_C)),
  /** Return and reintegration: GCM 21; SDG 10.7. */
  RETURN_AND_REINTEGRATION(
      "Return and reintegration",
      "Rimpatrio e reintegrazione",
      "Retour et réintégration",
      "Retorno y reintegración",
      gcm(21),
      sdg(SdgTarget.TARGET_10_7)),
  /**
   * Protection of vulnerable migrants, such as women, children and unaccompanied minors: GCM 7
   * (vulnerabilities), 4 (legal identity), 12 (screening and referral) and 13 (alternatives to
   * detention); SDG 5.2 (women and girls), 16.2 (children) and 16.9 (legal identity).
   */
  PROTECTION_OF_VULNERABLE_MIGRANTS(
      "Protection of vulnerable migrants",
      "Protezione dei migranti vulnerabili",
      "Protection des migrants vulnérables",
      "Protección de los migrantes vulnerables",
      gcm(4, 7, 12, 13),
      sdg(SdgTarget.TARGET_5_2, SdgTarget.TARGET_16_2, SdgTarget.TARGET_16_9)),
  /**
   * Emergency response: GCM 2 (its commitments cover natural disasters and crises) and 8 (saving
   * lives); SDG 1.5 (shocks and disasters).
   */
  EMERGENCY_RESPONSE(
      "Emergency response",
      "Risposta alle emergenze",
      "Réponse aux situations d'urgence",
      "Respuesta a emergencias",
      gcm(2, 8),
      sdg(SdgTarget.TARGET_1_5)),
  /** Health and psychosocial support: GCM 15 (basic services); SDG 3.8 (health coverage). */
  HEALTH_AND_PSYCHOSOCIAL_SUPPORT(
      "Health and psychosocial support",
      "Salute e supporto psicosociale",
      "Santé et soutien psychosocial",
      "Salud y apoyo psicosocial",
      gcm(15),
      sdg(SdgTarget.TARGET_3_8)),
  /** Integration and social cohesion: GCM 16 and 17; SDG 10.2 (inclusion of all). */
  INTEGRATION_AND_SOCIAL_COHESION(
      "Integration and social cohesion",
      "Integrazione e coesione sociale",
      "Intégration et cohésion sociale",
      "Integración y cohesión social",
      gcm(16, 17),
      sdg(SdgTarget.TARGET_10_2)),
  /**
   * Capacity building: no GCM objective is about capacity building as such; GCM 23, as the
   * Compact's capacity-building mechanism rests on international cooperation; SDG 17.9
   * (capacity-building).
   */
  CAPACITY_BUILDING(
      "Capacity building",
      "Rafforzamento delle capacità",
      "Renforcement des capacités",
      "Fortalecimiento de capacidades",
      gcm(23),
      sdg(SdgTarget.TARGET_17_9)),
  /**
   * Awareness raising: GCM 3 (information at all stages of migration) and 17 (public discourse
   * and perceptions of migration); no SDG target fits, so the set is empty.
   */
  AWARENESS_RAISING(
      "Awareness raising",
      "Sensibilizzazione",
      "Sensibilisation",
      "Sensibilización",
      gcm(3, 17),
      sdg()),
  /**
   * Community resilience: GCM 2 (the drivers that compel people to leave); SDG 1.5 (resilience to
   * shocks).
   */
  COMMUNITY_RESILIENCE(
      "Community resilience",
      "Resilienza delle comunità",
      "Résilience des communautés",
      "Resiliencia comunitaria",
      gcm(2),
      sdg(SdgTarget.TARGET_1_5)),
  /** International cooperation: GCM 23; SDG 10.7 and 17.16 (global partnership). */
  INTERNATIONAL_COOPERATION(
      "International cooperation",
      "Cooperazione internazionale",
      "Coopération internationale",
      "Cooperación internacional",
      gcm(23),
      sdg(SdgTarget.TARGET_10_7, SdgTarget.TARGET_17_16));

  private final String english;
  private final String italian;
  private final String french;
  private final String spanish;
  private final Set<GcmObjective> gcmObjectives;
  private final Set<SdgTarget> sdgTargets;

  ThematicArea(
      String english,
      String italian,
      String french,
      String spanish,
      Set<GcmObjective> gcmObjectives,
      Set<SdgTarget> sdgTargets) {
    this.english = english;
    this.italian = italian;
    this.french = french;
    this.spanish = spanish;
    this.gcmObjectives = gcmObjectives;
    this.sdgTargets = sdgTargets;
  }

  private static Set<GcmObjective> gcm(int... numbers) {
    Set<GcmObjective> objectives = EnumSet.noneOf(GcmObjective.class);
    for (int number : numbers) {
      objectives.add(GcmObjective.ofNumber(number));
    }
    return Collections.unmodifiableSet(objectives);
  }

  private static Set<SdgTarget> sdg(SdgTarget... targets) {
    Set<SdgTarget> set = EnumSet.noneOf(SdgTarget.class);
    Collections.addAll(set, targets);
    return Collections.unmodifiableSet(set);
  }

  /**
   * The objectives of the Global Compact for Migration this area contributes to.
   *
   * @return the objectives in the Compact's order, never empty, unmodifiable
   */
  public Set<GcmObjective> gcmObjectives() {
    return gcmObjectives;
  }

  /**
   * The SDG targets this area contributes to.
   *
   * @return the targets in goal order, possibly empty, unmodifiable
   */
  public Set<SdgTarget> sdgTargets() {
    return sdgTargets;
  }

  /**
   * The DAC CRS purpose code under which aid for this area is reported.
   *
   * @return {@link DacPurposeCode#MIGRATION} (15190) for every area
   */
  public DacPurposeCode dacPurposeCode() {
    return DacPurposeCode.MIGRATION;
  }

  /**
   * The name of this area in a language: English, Italian, French or Spanish, chosen by the
   * locale's language alone; any other language gets the English name.
   *
   * @param locale the locale, such as {@link Locale#ITALIAN}
   * @return the name, such as "Tratta di esseri umani"
   * @throws NullPointerException if the locale is null
   */
  public String label(Locale locale) {
    switch (Objects.requireNonNull(locale, "locale").getLanguage()) {
      case "it":
        return italian;
      case "fr":
        return french;
      case "es":
        return spanish;
      default:
        return english;
    }
  }
}
