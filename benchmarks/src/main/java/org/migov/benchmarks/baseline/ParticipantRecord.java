package org.migov.benchmarks.baseline;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * An organisation in a role.
 *
 * @param organisation the organisation's id
 * @param role the role's code
 */
public record ParticipantRecord(
    @NotNull(groups = Shape.class) @Pattern(regexp = Patterns.ID, groups = Shape.class) String organisation,
    @NotNull(groups = Shape.class) @Pattern(regexp = Patterns.ROLE, groups = Shape.class) String role) {}
