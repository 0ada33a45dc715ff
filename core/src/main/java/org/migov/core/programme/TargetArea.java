package org.migov.core.programme;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.migov.core.InvalidValueException;
import org.migov.core.geography.GeographicArea;
import org.migov.core.text.Phrase;

/**
 * An area a programme targets, with the optional share of the programme it receives, as IATI's
 * recipient-country and recipient-region percentages. Whether the shares of a programme sum to
 * 100 is a validation rule; here a percentage is only required to be a number of at most 20
 * digits.
 *
 * <p>Instances are immutable and thread-safe; equality is by value, percentages compared
 * numerically ({@code 50} equals {@code 50.0}).
 */
public final class TargetArea {
  private static final Phrase EXPECTED_DIGITS = Phrase.of("a percentage of at most 20 digits",
      "una percentuale di al più 20 cifre", "un pourcentage d'au plus 20 chiffres", "un porcentaje de 20 cifras como máximo");

  private static final Phrase EXPECTED_DECIMAL = Phrase.of("a percentage as a decimal number, such as 50 or 33.33",
      "una percentuale come numero decimale, per esempio 50 o 33.33",
      "un pourcentage sous forme de nombre décimal, par exemple 50 ou 33.33",
      "un porcentaje como número decimal, por ejemplo 50 o 33.33");

  private final GeographicArea area;
  private final BigDecimal percentage;

  private TargetArea(GeographicArea area, BigDecimal percentage) {
    this.area = area;
    this.percentage = percentage;
  }

  /**
   * A target area without a percentage.
   *
   * @param area the area
   * @return the target area
   */
  public static TargetArea of(GeographicArea area) {
    return new TargetArea(Objects.requireNonNull(area, "area"), null);
  }

  /**
   * A target area with its share of the programme.
   *
   * @param area the area
   * @param percentage the share, normally 0 to 100
   * @return the target area
   * @throws InvalidValueException if the percentage has more than 20 digits or decimal places
   */
  public static TargetArea of(GeographicArea area, BigDecimal percentage) {
    Objects.requireNonNull(percentage, "percentage");
    // In long: Math.abs(Integer.MIN_VALUE) is negative. The scale is checked first, so that a
    // refused percentage is never expanded by toPlainString().
    if (Math.abs((long) percentage.scale()) > 20 || percentage.precision() > 20) {
      throw new InvalidValueException(EXPECTED_DIGITS, percentage.toString());
    }
    return new TargetArea(Objects.requireNonNull(area, "area"), percentage);
  }

  /**
   * A target area with its share given as text, such as {@code "50"} or {@code "33.33"}.
   *
   * @param area the area
   * @param percentage the share, a decimal number
   * @return the target area
   * @throws InvalidValueException if the text is not a decimal number of at most 20 digits
   */
  public static TargetArea of(GeographicArea area, String percentage) {
    Objects.requireNonNull(percentage, "percentage");
    if (percentage.length() > 45 || !percentage.matches("-?[0-9]+(\\.[0-9]+)?")) {
      throw new InvalidValueException(EXPECTED_DECIMAL, percentage);
    }
    return of(area, new BigDecimal(percentage));
  }

  /**
   * The area.
   *
   * @return the area
   */
  public GeographicArea area() {
    return area;
  }

  /**
   * The share of the programme this area receives.
   *
   * @return the percentage, if stated
   */
  public Optional<BigDecimal> percentage() {
    return Optional.ofNullable(percentage);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof TargetArea)) {
      return false;
    }
    TargetArea that = (TargetArea) other;
    return that.area.equals(area)
        && (percentage == null
            ? that.percentage == null
            : that.percentage != null && that.percentage.compareTo(percentage) == 0);
  }

  @Override
  public int hashCode() {
    return 31 * area.hashCode() + (percentage == null ? 0 : percentage.stripTrailingZeros().hashCode());
  }

  /**
   * The area and percentage, for logs.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return "TargetArea{" + area + (percentage == null ? "" : ", " + percentage.toPlainString() + "%") + "}";
  }
}
