package org.migov.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Where a fact comes from.
 *
 * @param title the title
 * @param publisher the publisher
 * @param url an absolute URL
 * @param date a partial date
 * @param language a language tag
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SourceRecord(
    @NotNull(groups = Shape.class) String title,
    String publisher,
    @Pattern(regexp = Patterns.ABSOLUTE_URI, groups = Shape.class) String url,
    @Pattern(regexp = Patterns.PARTIAL_DATE, groups = Shape.class) String date,
    String language) {}
