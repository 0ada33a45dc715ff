package org.migov.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every migov aggregate: put on a {@code package-info.java}.
 *
 * <p>Generated implementations are package-private and stay behind the abstract types
 * ({@code build()} returns the abstract type), use JDK collections only, and name collection adders in the singular
 * ({@code addParty}, {@code addSignatory}). Users never need this annotation.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {
      "party:parties",
      "signatory:signatories",
      "person:people",
      "activity:activities",
      "areaOfResponsibility:areaOfResponsibility",
      "basedOn:basedOn"
    },
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false))
public @interface MigovStyle {}
