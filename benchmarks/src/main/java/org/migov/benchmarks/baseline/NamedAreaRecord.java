package org.migov.benchmarks.baseline;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;

/**
 * A named group of countries.
 *
 * @param name the name in several languages
 * @param members the member countries
 */
public record NamedAreaRecord(
    @NotEmpty(groups = Shape.class)
        Map<@Pattern(regexp = Patterns.LANGUAGE, groups = Shape.class) String, @NotBlank(groups = Shape.class) String> name,
    @NotEmpty(groups = Shape.class) List<@Pattern(regexp = Patterns.COUNTRY, groups = Shape.class) String> members) {}
