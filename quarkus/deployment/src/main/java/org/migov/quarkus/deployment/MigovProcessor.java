package org.migov.quarkus.deployment;

import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.IndexDependencyBuildItem;
import io.quarkus.hibernate.validator.spi.AdditionalConstrainedClassBuildItem;
import org.migov.quarkus.MigovJacksonCustomizer;
import org.migov.quarkus.MigovRequestWarnings;
import org.migov.quarkus.MigovRulesCustomizer;
import org.migov.validation.MigovConstraintMappingContributor;

/**
 * The build steps of migov's Quarkus extension. Quarkus validates only the classes it finds
 * constrained at build time (Hibernate Validator's predefined scope), and migov's core types carry
 * no annotation: so the extension indexes migov-core and migov-validation (where the
 * {@code @MigovRules} constraint is) and names each type migov's rules apply to as constrained;
 * Quarkus then reads migov-validation's constraint mapping, as its validation.xml declares it.
 */
public class MigovProcessor {
  /** Creates the processor; Quarkus does this. */
  public MigovProcessor() {}

  /**
   * Names the extension in Quarkus's list of features.
   *
   * @return the feature
   */
  @BuildStep
  public FeatureBuildItem feature() {
    return new FeatureBuildItem("migov");
  }

  /**
   * The extension's beans: the customizers of Quarkus's mapper (migov's Jackson 2 module) and
   * validator (how warnings report), and the request's warnings.
   *
   * @return the beans
   */
  @BuildStep
  public AdditionalBeanBuildItem beans() {
    return AdditionalBeanBuildItem.builder().addBeanClasses(MigovJacksonCustomizer.class, MigovRulesCustomizer.class,
        MigovRequestWarnings.class).setUnremovable().build();
  }

  /**
   * Indexes migov-core and migov-validation, so that Quarkus knows the {@code @MigovRules} constraint,
   * and the extension's runtime, so that Quarkus REST finds its exception mappers.
   *
   * @param index the producer of index dependencies
   */
  @BuildStep
  public void index(BuildProducer<IndexDependencyBuildItem> index) {
    index.produce(new IndexDependencyBuildItem("org.migov", "migov-core"));
    index.produce(new IndexDependencyBuildItem("org.migov", "migov-validation"));
    index.produce(new IndexDependencyBuildItem("org.migov", "migov-quarkus"));
  }

  /**
   * Names the types migov's rules apply to as constrained.
   *
   * @param classes the producer of constrained classes
   */
  @BuildStep
  public void constrained(BuildProducer<AdditionalConstrainedClassBuildItem> classes) {
    for (Class<?> type : MigovConstraintMappingContributor.types()) {
      classes.produce(AdditionalConstrainedClassBuildItem.of(type));
    }
  }
}
