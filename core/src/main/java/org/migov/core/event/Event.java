package org.migov.core.event;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.migov.core.Entity;
import org.migov.core.agreement.AgreementId;
import org.migov.core.geography.Place;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.person.Person;
import org.migov.core.programme.ProgrammeId;
import org.migov.core.source.Source;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.DateRange;
import org.migov.core.time.PartialDate;

/**
 * Something that happened or is planned: a dialogue, a coordination meeting, an exchange visit, a
 * conference, a training, a signing ceremony.
 *
 * <p>Build one with {@link #builder()}. Instances are immutable and thread-safe; equality is by
 * value.
 */
@Value.Immutable
public interface Event extends Entity {

  @Override
  EventId id();

  /**
   * What kind of event it is.
   *
   * @return the kind
   */
  EventKind kind();

  /**
   * The event's title.
   *
   * @return the title
   */
  MultilingualText title();

  /**
   * Whether it has taken place.
   *
   * @return the status, if stated
   */
  Optional<EventStatus> status();

  /**
   * When it took or takes place: one day ({@code 2024-07-02/2024-07-02}), several
   * ({@code 2018-12-10/2018-12-11}), or a partial date ({@code 2024/2024}: some time in 2024).
   *
   * @return the period, if known
   */
  Optional<DateRange> period();

  /**
   * When it took place, as one date: the period's start when the period starts and ends on the
   * same partial date.
   *
   * @return the date, if the period is one
   */
  default Optional<PartialDate> date() {
    return period().filter(p -> p.start().isPresent() && p.start().equals(p.end())).flatMap(DateRange::start);
  }

  /**
   * Where it took or takes place.
   *
   * @return the place, if known
   */
  Optional<Place> place();

  /**
   * The organisations taking part.
   *
   * @return their ids, possibly empty, unmodifiable
   */
  List<OrganisationId> organisations();

  /**
   * The people taking part.
   *
   * @return the people, possibly empty, unmodifiable
   */
  List<Person> people();

  /**
   * The programme the event belongs to.
   *
   * @return the programme's id, if any
   */
  Optional<ProgrammeId> programme();

  /**
   * The agreement the event belongs to, such as the one signed at a signing ceremony.
   *
   * @return the agreement's id, if any
   */
  Optional<AgreementId> agreement();

  /**
   * What came out of it.
   *
   * @return the outcomes, possibly empty, unmodifiable
   */
  List<MultilingualText> outcomes();

  @Override
  List<Source> sources();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Event}; {@code id}, {@code kind} and {@code title} are required. */
  final class Builder extends ImmutableEvent.Builder {
    /** Use {@link Event#builder()}. */
    Builder() {}

    /**
     * Sets the period to one date: a day, or the month or year the event took place in.
     *
     * @param date the date
     * @return this builder
     */
    public Builder date(PartialDate date) {
      period(DateRange.of(date, date));
      return this;
    }

    /**
     * Sets the period to one date, when there is one.
     *
     * @param date the date, if known
     * @return this builder
     */
    public Builder date(Optional<PartialDate> date) {
      date.ifPresent(this::date);
      return this;
    }
  }
}
