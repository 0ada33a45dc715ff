package org.migov.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.migov.core.Entity;
import org.migov.core.EntityKind;
import org.migov.core.agreement.Agreement;
import org.migov.core.dataset.Dataset;
import org.migov.core.event.Event;
import org.migov.core.office.Office;
import org.migov.core.organisation.Organisation;
import org.migov.core.programme.Programme;

/**
 * Checks migov entities and datasets against the rule catalogue ({@link Rule}) and reports the
 * violations at once (up to a limit, past which they are counted), with messages in English,
 * Italian, French or Spanish.
 *
 * <pre>{@code
 * MigovValidator validator = MigovValidator.builder()
 *     .clock(Clock.systemDefaultZone())
 *     .locale(Locale.ITALIAN)
 *     .build();
 * ValidationReport report = validator.validate(dataset);
 * if (!report.isValid()) { report.errors().forEach(System.out::println); }
 * }</pre>
 *
 * <p>The clock gives the reference date ("today") of the rules that depend on it, so results are
 * reproducible with a fixed clock. {@link #validate(Entity)} applies the rules of one entity;
 * {@link #validate(Dataset)} applies them to every entity and adds the rules across the dataset
 * (references, duplicates, cycles), in time linear or n log n in its size (each rule's bound is
 * {@link Rule#cost()}). A report keeps at most {@link #maxFindings()} violations and counts all.
 *
 * <p>Instances are immutable and thread-safe: build one and share it.
 */
public final class MigovValidator {
  /** The most violations a report keeps unless set otherwise: past it they are counted. */
  public static final int DEFAULT_MAX_FINDINGS = 10_000;

  private final Clock clock;
  private final Locale locale;
  private final Messages messages;
  private final int maxFindings;

  private MigovValidator(Clock clock, Locale locale, int maxFindings) {
    this.clock = clock;
    this.locale = locale;
    this.maxFindings = maxFindings;
    this.messages = Messages.forLocale(locale);
  }

  /**
   * A validator with the system clock in the default time zone and English messages.
   *
   * @return the validator
   */
  public static MigovValidator create() {
    return builder().build();
  }

  /**
   * A new builder.
   *
   * @return a builder with the system clock and English
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The clock that gives the reference date.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * The language of messages.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * The most violations a report keeps; past it, violations are counted, not kept.
   *
   * @return the limit, {@value #DEFAULT_MAX_FINDINGS} unless the builder set another
   */
  public int maxFindings() {
    return maxFindings;
  }

  /**
   * Applies the rules of one entity.
   *
   * @param entity an organisation, office, agreement, programme or event
   * @return the report
   */
  public ValidationReport validate(Entity entity) {
    return validate(entity, null);
  }

  /**
   * Applies the rules of one entity, handing each violation to a consumer as it is found.
   *
   * @param entity an organisation, office, agreement, programme or event
   * @param consumer takes every violation, kept in the report or not, in the order found; null
   *     for none
   * @return the report
   */
  public ValidationReport validate(Entity entity, Consumer<? super Violation> consumer) {
    Objects.requireNonNull(entity, "entity");
    ValidationReport.Collector collector = new ValidationReport.Collector(maxFindings, consumer);
    checkEntity(entity, findings(collector));
    return collector.report();
  }

  /**
   * Applies the rules of every entity of a dataset and the rules across it.
   *
   * @param dataset the dataset
   * @return the report
   */
  public ValidationReport validate(Dataset dataset) {
    return validate(dataset, null);
  }

  /**
   * Applies the rules of every entity of a dataset and the rules across it, handing each
   * violation to a consumer as it is found: with {@link Builder#maxFindings(int)} 0, nothing is
   * held but the counts, however many violations there are.
   *
   * @param dataset the dataset
   * @param consumer takes every violation, kept in the report or not, in the order found; null
   *     for none
   * @return the report
   */
  public ValidationReport validate(Dataset dataset, Consumer<? super Violation> consumer) {
    Objects.requireNonNull(dataset, "dataset");
    ValidationReport.Collector collector = new ValidationReport.Collector(maxFindings, consumer);
    checkDataset(dataset, new Findings(LocalDate.now(clock), messages, collector, dataset));
    return collector.report();
  }

  static void checkDataset(Dataset dataset, Findings findings) {
    dataset.organisations().forEach(o -> OrganisationRules.check(o, findings));
    dataset.offices().forEach(o -> OfficeRules.check(o, findings));
    dataset.agreements().forEach(a -> AgreementRules.check(a, findings));
    dataset.programmes().forEach(p -> ProgrammeRules.check(p, findings));
    dataset.events().forEach(e -> EventRules.check(e, findings));
    DatasetRules.check(dataset, findings);
  }

  private Findings findings(Findings.Sink sink) {
    return new Findings(LocalDate.now(clock), messages, sink);
  }

  static void checkEntity(Entity entity, Findings findings) {
    // A switch expression, so that the compiler checks that every kind is handled.
    Runnable check = switch (EntityKind.of(entity.getClass())) {
      case ORGANISATION -> () -> OrganisationRules.check((Organisation) entity, findings);
      case OFFICE -> () -> OfficeRules.check((Office) entity, findings);
      case AGREEMENT -> () -> AgreementRules.check((Agreement) entity, findings);
      case PROGRAMME -> () -> ProgrammeRules.check((Programme) entity, findings);
      case EVENT -> () -> EventRules.check((Event) entity, findings);
    };
    check.run();
  }

  /** Builds a {@link MigovValidator}. Not thread-safe; the validator it builds is. */
  public static final class Builder {
    private Clock clock = Clock.systemDefaultZone();
    private Locale locale = Locale.ENGLISH;
    private int maxFindings = DEFAULT_MAX_FINDINGS;

    private Builder() {}

    /**
     * The most violations a report keeps: past it, the first ones in report order are kept and
     * the others only counted, so that memory stays bounded whatever the input.
     *
     * @param limit the limit, 0 to keep none (counts only, violations to a consumer)
     * @return this builder
     * @throws IllegalArgumentException if the limit is negative
     */
    public Builder maxFindings(int limit) {
      if (limit < 0) {
        throw new IllegalArgumentException("maxFindings must be 0 or more, not " + limit);
      }
      this.maxFindings = limit;
      return this;
    }

    /**
     * The clock that gives the reference date.
     *
     * @param newClock the clock, such as {@code Clock.fixed(...)} for reproducible results
     * @return this builder
     */
    public Builder clock(Clock newClock) {
      this.clock = Objects.requireNonNull(newClock, "clock");
      return this;
    }

    /**
     * The language of messages: English, Italian, French or Spanish; others fall back to
     * English.
     *
     * @param newLocale the locale
     * @return this builder
     */
    public Builder locale(Locale newLocale) {
      this.locale = Objects.requireNonNull(newLocale, "locale");
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return the validator
     */
    public MigovValidator build() {
      return new MigovValidator(clock, locale, maxFindings);
    }
  }
}
