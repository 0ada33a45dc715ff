package org.migov.core.agreement;

import org.migov.core.EntityId;
import org.migov.core.EntityKind;
import org.migov.core.InvalidValueException;

/**
 * The id of an {@link Agreement}, such as {@code iom-unodc-2024-declaration}. Instances are immutable and thread-safe.
 *
 * @see EntityId for the rules an id follows
 */
public final class AgreementId extends EntityId {

  private AgreementId(String value) {
    super(value);
  }

  /**
   * The id with this value.
   *
   * @param value the identifier: non-blank, no surrounding whitespace, none of {@code / & | ?}
   * @return the id
   * @throws InvalidValueException if the value is not a well-formed identifier
   */
  public static AgreementId of(String value) {
    return new AgreementId(value);
  }

  /**
   * Always {@link EntityKind#AGREEMENT}.
   *
   * @return the entity kind
   */
  @Override
  public EntityKind kind() {
    return EntityKind.AGREEMENT;
  }
}
