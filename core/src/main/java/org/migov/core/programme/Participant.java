package org.migov.core.programme;

import org.immutables.value.Value;
import org.migov.core.organisation.OrganisationId;

/**
 * An organisation in a role in a programme: Italy's Ministry of Foreign Affairs funding, IOM
 * implementing. Instances are immutable and thread-safe; equality is by value.
 */
@Value.Immutable
public interface Participant {

  /**
   * The organisation.
   *
   * @return its id
   */
  @Value.Parameter
  OrganisationId organisation();

  /**
   * Its role.
   *
   * @return the role
   */
  @Value.Parameter
  ParticipantRole role();

  /**
   * A participant.
   *
   * @param organisation the organisation's id
   * @param role its role
   * @return the participant
   */
  static Participant of(OrganisationId organisation, ParticipantRole role) {
    return ImmutableParticipant.of(organisation, role);
  }
}
