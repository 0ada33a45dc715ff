package org.migov.validation;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.spi.cfg.ConstraintMappingContributor;
import org.migov.core.EntityKind;
import org.migov.core.dataset.Dataset;

/**
 * Declares {@link MigovRules} on the core types, so that a standard Hibernate Validator bootstrap
 * applies migov's rules: core itself carries no Jakarta annotation and no dependency. Named in
 * the property {@code hibernate.validator.constraint_mapping_contributors} of migov-validation's
 * {@code META-INF/validation.xml} (Hibernate Validator finds contributors only there or in the
 * bootstrap configuration, not through the service loader).
 */
public final class MigovConstraintMappingContributor implements ConstraintMappingContributor {

  /** The types that carry the constraint. */
  static final List<Class<?>> TYPES = Stream.concat(
          Arrays.stream(EntityKind.values()).map(EntityKind::type), Stream.of(Dataset.class))
      .collect(Collectors.toUnmodifiableList());

  /**
   * The types that carry migov's rules: the entities and the dataset (for frameworks that must be
   * told which classes are constrained, such as Quarkus).
   *
   * @return the types
   */
  public static List<Class<?>> types() {
    return TYPES;
  }

  /** Creates the contributor; Hibernate Validator does this. */
  public MigovConstraintMappingContributor() {}

  /**
   * Adds the mapping.
   *
   * @param builder the builder of constraint mappings
   */
  @Override
  public void createConstraintMappings(ConstraintMappingBuilder builder) {
    for (Class<?> type : TYPES) {
      builder.addConstraintMapping().type(type).constraint(new GenericConstraintDef<>(MigovRules.class));
    }
  }
}
