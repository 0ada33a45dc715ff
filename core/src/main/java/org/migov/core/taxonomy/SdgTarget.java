package org.migov.core.taxonomy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.migov.core.InvalidValueException;
import org.migov.core.text.Phrase;

/**
 * The targets of the Sustainable Development Goals (UN General Assembly resolution 70/1, 2015)
 * that migov's {@link ThematicArea thematic areas} map to. This is not a codelist with derived
 * codes: a target is identified by its official number, such as {@code 10.7} or {@code 10.c}.
 *
 * <p>The selection holds the targets that name migrants, migration, remittances, trafficking or
 * migratory status (5.2, 8.7, 8.8, 10.7, 10.c, 16.2, 17.18), legal identity (16.9), and the few
 * that a thematic area needs where none of those fits: 1.5 (resilience), 3.8 (health), 10.2
 * (inclusion), 16.4 (organized crime), 16.a (terrorism), 17.9 (capacity-building) and 17.16
 * (partnerships). Texts are the official English wording, without a final full stop.
 *
 * <p>Source: the target texts of the global indicator framework (A/RES/71/313, annex) as the UN
 * SDG database publishes them. Every text was checked word for word against that wording on
 * 2026-12-02.
 */
public enum SdgTarget {
  /** Target 1.5: resilience to shocks and disasters. */
  TARGET_1_5("1.5", "By 2030, build the resilience of the poor and those in vulnerable situations"
      + " and reduce their exposure and vulnerability to climate-related extreme events and other"
      + " economic, social and environmental shocks and disasters"),
  /** Target 3.8: universal health coverage. */
  TARGET_3_8("3.8", "Achieve universal health coverage, including financial risk protection,"
      + " access to quality essential health-care services and access to safe, effective, quality"
      + " and affordable essential medicines and vaccines for all"),
  /** Target 5.2: violence against women and girls, including trafficking. */
  TARGET_5_2("5.2", "Eliminate all forms of violence against all women and girls in the public"
      + " and private spheres, including trafficking and sexual and other types of exploitation"),
  /** Target 8.7: forced labour, modern slavery, human trafficking, child labour. */
  TARGET_8_7("8.7", "Take immediate and effective measures to eradicate forced labour, end modern"
      + " slavery and human trafficking and secure the prohibition and elimination of the worst"
      + " forms of child labour, including recruitment and use of child soldiers, and by 2025 end"
      + " child labour in all its forms"),
  /** Target 8.8: labour rights, including of migrant workers. */
  TARGET_8_8("8.8", "Protect labour rights and promote safe and secure working environments for"
      + " all workers, including migrant workers, in particular women migrants, and those in"
      + " precarious employment"),
  /** Target 10.2: social, economic and political inclusion. */
  TARGET_10_2("10.2", "By 2030, empower and promote the social, economic and political inclusion"
      + " of all, irrespective of age, sex, disability, race, ethnicity, origin, religion or"
      + " economic or other status"),
  /** Target 10.7: well-managed migration policies. */
  TARGET_10_7("10.7", "Facilitate orderly, safe, regular and responsible migration and mobility"
      + " of people, including through the implementation of planned and well-managed migration"
      + " policies"),
  /** Target 10.c: cost of remittances. */
  TARGET_10_C("10.c", "By 2030, reduce to less than 3 per cent the transaction costs of migrant"
      + " remittances and eliminate remittance corridors with costs higher than 5 per cent"),
  /** Target 16.2: abuse, exploitation and trafficking of children. */
  TARGET_16_2("16.2", "End abuse, exploitation, trafficking and all forms of violence against and"
      + " torture of children"),
  /** Target 16.4: illicit flows and organized crime. */
  TARGET_16_4("16.4", "By 2030, significantly reduce illicit financial and arms flows, strengthen"
      + " the recovery and return of stolen assets and combat all forms of organized crime"),
  /** Target 16.9: legal identity. */
  TARGET_16_9("16.9", "By 2030, provide legal identity for all, including birth registration"),
  /** Target 16.a: institutions to prevent violence and combat terrorism and crime. */
  TARGET_16_A("16.a", "Strengthen relevant national institutions, including through"
      + " international cooperation, for building capacity at all levels, in particular in"
      + " developing countries, to prevent violence and combat terrorism and crime"),
  /** Target 17.9: capacity-building. */
  TARGET_17_9("17.9", "Enhance international support for implementing effective and targeted"
      + " capacity-building in developing countries to support national plans to implement all"
      + " the Sustainable Development Goals, including through North-South, South-South and"
      + " triangular cooperation"),
  /** Target 17.16: the Global Partnership for Sustainable Development. */
  TARGET_17_16("17.16", "Enhance the Global Partnership for Sustainable Development, complemented"
      + " by multi-stakeholder partnerships that mobilize and share knowledge, expertise,"
      + " technology and financial resources, to support the achievement of the Sustainable"
      + " Development Goals in all countries, in particular developing countries"),
  /** Target 17.18: disaggregated data, including by migratory status. */
  TARGET_17_18("17.18", "By 2020, enhance capacity-building support to developing countries,"
      + " including for least developed countries and small island developing States, to"
      + " increase significantly the availability of high-quality, timely and reliable data"
      + " disaggregated by income, gender, age, race, ethnicity, migratory status, disability,"
      + " geographic location and other characteristics relevant in national contexts");

  private static final Map<String, SdgTarget> BY_NUMBER;

  static {
    Map<String, SdgTarget> byNumber = new LinkedHashMap<>();
    for (SdgTarget target : values()) {
      byNumber.put(target.number, target);
    }
    BY_NUMBER = Collections.unmodifiableMap(byNumber);
  }

  private final String number;
  private final int goal;
  private final String text;

  SdgTarget(String number, String text) {
    this.number = number;
    this.goal = Integer.parseInt(number.substring(0, number.indexOf('.')));
    this.text = text;
  }

  /**
   * The official number of the target: the goal, a dot, and a number or a lower-case letter.
   *
   * @return the number, such as {@code "10.7"} or {@code "10.c"}
   */
  public String number() {
    return number;
  }

  /**
   * The Sustainable Development Goal the target belongs to.
   *
   * @return the goal, from 1 to 17
   */
  public int goal() {
    return goal;
  }

  /**
   * The official English text of the target.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * Finds a target by its official number. The number is matched exactly: {@code "10.c"}, not
   * {@code "10.C"} nor {@code " 10.c"}.
   *
   * @param number the number, such as {@code "10.7"}
   * @return the target
   * @throws InvalidValueException if no target here has that number
   */
  public static SdgTarget ofNumber(String number) {
    SdgTarget target = number == null ? null : BY_NUMBER.get(number);
    if (target == null) {
      throw new InvalidValueException(Phrase.template("an SDG target number, one of {0}",
          "un numero di traguardo degli SDG, uno tra {0}", "un numéro de cible des ODD, l'un de {0}",
          "un número de meta de los ODS, uno de {0}").with(BY_NUMBER.keySet().toString()), number);
    }
    return target;
  }
}
