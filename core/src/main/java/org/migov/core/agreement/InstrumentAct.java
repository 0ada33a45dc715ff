package org.migov.core.agreement;

import java.util.Optional;
import org.immutables.value.Value;
import org.migov.core.geography.Place;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.PartialDate;

/**
 * A formal act of a body on an instrument: its adoption, endorsement or approval, with the date
 * and the document that records it. The Global Compact for Migration was adopted by an
 * intergovernmental conference at Marrakech on 10 December 2018 and endorsed by the General
 * Assembly in resolution {@code A/RES/73/195}.
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 */
@Value.Immutable
public interface InstrumentAct {

  /**
   * What the body did.
   *
   * @return the kind of act
   */
  ActKind kind();

  /**
   * The body that acted: "United Nations General Assembly", "IOM Council".
   *
   * @return the body's name
   */
  MultilingualText body();

  /**
   * The organisation the body belongs to, when the dataset holds it.
   *
   * @return its id, if any
   */
  Optional<OrganisationId> organisation();

  /**
   * When the body acted.
   *
   * @return the date, possibly partial, if known
   */
  Optional<PartialDate> date();

  /**
   * Where the body acted.
   *
   * @return the place, if known
   */
  Optional<Place> place();

  /**
   * The symbol of the document recording the act, kept verbatim: {@code A/RES/73/195}.
   *
   * @return the symbol, if any
   */
  Optional<String> symbol();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link InstrumentAct}; {@code kind} and {@code body} are required. */
  final class Builder extends ImmutableInstrumentAct.Builder {
    /** Use {@link InstrumentAct#builder()}. */
    Builder() {}
  }
}
