package org.migov.core.agreement;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.migov.core.Entity;
import org.migov.core.ExternalIdentifier;
import org.migov.core.geography.Place;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.source.Source;
import org.migov.core.taxonomy.ThematicArea;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.DateRange;
import org.migov.core.time.PartialDate;

/**
 * An agreement between organisations: a cooperation agreement, a partnership declaration, a
 * memorandum of understanding, a joint work plan.
 *
 * <p>Core records what is stated. Rules such as "at least two distinct parties", "each signatory
 * signs for a party" or "status consistent with the dates" are reported by the validation module.
 *
 * <p>Build one with {@link #builder()}. Instances are immutable and thread-safe; equality is by
 * value.
 */
@Value.Immutable
public interface Agreement extends Entity {

  @Override
  AgreementId id();

  /**
   * What kind of instrument this is.
   *
   * @return the kind
   */
  AgreementKind kind();

  /**
   * The agreement's title.
   *
   * @return the title
   */
  MultilingualText title();

  /**
   * The parties, in the order the agreement names them.
   *
   * @return the parties' ids, unmodifiable
   */
  List<OrganisationId> parties();

  /**
   * Who signed, for which party.
   *
   * @return the signatories, possibly empty, unmodifiable
   */
  List<Signatory> signatories();

  /**
   * When it was signed.
   *
   * @return the signing date, possibly partial, if signed and known
   */
  Optional<PartialDate> signingDate();

  /**
   * Where it was signed.
   *
   * @return the place, if known
   */
  Optional<Place> signingPlace();

  /**
   * When it entered into force.
   *
   * @return the date, possibly partial, if known
   */
  Optional<PartialDate> entryIntoForce();

  /**
   * The period during which it is valid.
   *
   * @return the validity, if stated
   */
  Optional<DateRange> validity();

  /**
   * Where the agreement stands.
   *
   * @return the status
   */
  AgreementStatus status();

  /**
   * The themes it covers.
   *
   * @return the thematic areas, possibly empty, unmodifiable
   */
  Set<ThematicArea> thematicAreas();

  /**
   * What the parties commit to, one text per commitment.
   *
   * @return the commitments, possibly empty, unmodifiable
   */
  List<MultilingualText> commitments();

  /**
   * Links to earlier agreements: builds on, renews, supersedes, amends, implements.
   *
   * @return the links, possibly empty, unmodifiable
   */
  List<AgreementLink> links();

  /**
   * The networks or coordination groups the parties work through, such as ICAT or the UN Network
   * on Migration.
   *
   * @return the mechanisms' organisation ids, possibly empty, unmodifiable
   */
  List<OrganisationId> coordinationMechanisms();

  /**
   * Formal acts of bodies on the instrument: its adoption, endorsement or approval.
   *
   * @return the acts, possibly empty, unmodifiable
   */
  List<InstrumentAct> acts();

  /**
   * Whether the instrument was adopted rather than signed: its status is
   * {@link AgreementStatus#ADOPTED}, or an act adopted it. An adopted instrument may have no
   * parties.
   *
   * @return true when adopted
   */
  default boolean isAdopted() {
    return status() == AgreementStatus.ADOPTED || acts().stream().anyMatch(a -> a.kind() == ActKind.ADOPTION);
  }

  /**
   * Identifiers in outside registers, kept verbatim: a treaty series number, an IATI identifier.
   *
   * @return the identifiers, possibly empty, unmodifiable
   */
  List<ExternalIdentifier> identifiers();

  @Override
  List<Source> sources();

  /**
   * Whether an organisation is a party.
   *
   * @param organisation the organisation's id
   * @return true when {@link #parties()} contains it
   */
  default boolean hasParty(OrganisationId organisation) {
    return parties().contains(organisation);
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Agreement}; {@code id}, {@code kind}, {@code title} and {@code status} are
   * required.
   */
  final class Builder extends ImmutableAgreement.Builder {
    /** Use {@link Agreement#builder()}. */
    Builder() {}
  }
}
