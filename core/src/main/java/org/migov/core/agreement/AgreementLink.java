package org.migov.core.agreement;

import org.immutables.value.Value;

/**
 * A link from an agreement to an earlier one: the 2024 Cairo declaration builds on the 2012
 * Cooperation Agreement. Instances are immutable and thread-safe; equality is by value.
 */
@Value.Immutable
public interface AgreementLink {

  /**
   * How this agreement relates to the earlier one.
   *
   * @return the relation
   */
  @Value.Parameter
  LinkRelation relation();

  /**
   * The earlier agreement.
   *
   * @return its id
   */
  @Value.Parameter
  AgreementId target();

  /**
   * A link.
   *
   * @param relation how the linking agreement relates to the earlier one
   * @param target the earlier agreement
   * @return the link
   */
  static AgreementLink of(LinkRelation relation, AgreementId target) {
    return ImmutableAgreementLink.of(relation, target);
  }
}
