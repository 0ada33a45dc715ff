package org.migov.validation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.migov.core.organisation.Count;
import org.migov.core.organisation.CountKind;
import org.migov.core.ExternalIdentifier;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.organisation.OrganisationKind;
import org.migov.core.organisation.Role;
import org.migov.core.organisation.Succession;
import org.migov.core.organisation.Tenure;
import org.migov.core.time.Dated;
import org.migov.core.time.PartialDate;

/** The rules about one organisation: ORG-001 to ORG-011. */
final class OrganisationRules {
  private OrganisationRules() {}

  /** 2 to 16 characters: a letter, then letters, digits or {@code & . -}. */
  static final Pattern ACRONYM = Pattern.compile("\\p{L}[\\p{L}\\p{N}&.\\-]{1,15}");

  /** {@code {registration agency prefix}-{id}}: XM-DAC-47066, GB-COH-01234567. */
  static final Pattern IATI = Pattern.compile("[A-Z]{2}-[A-Z0-9]{2,}-[^\\s/&|?]+");

  /** A Wikidata item: Q and digits. */
  static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]*");

  /** The largest plausible number of member states. */
  static final int MAX_MEMBER_STATES = 200;

  static void check(Organisation organisation, Findings findings) {
    organisation.acronym().ifPresent(acronyms -> {
      for (Map.Entry<String, String> entry : acronyms.asMap().entrySet()) {
        if (!ACRONYM.matcher(entry.getValue()).matches()) {
          findings.add(Rule.ORG_001, organisation, PropertyPath.of("acronym").key(entry.getKey()), entry.getValue(), "acronym", entry.getValue());
        }
      }
    });
    Optional<PartialDate> founded = organisation.founded();
    founded.filter(f -> f.isCertainlyAfter(findings.today()))
        .ifPresent(f -> findings.add(Rule.ORG_002, organisation, PropertyPath.of("founded"), f, "founded", f, "today", findings.today()));
    if (founded.isPresent()) {
      organisation.dissolved().filter(d -> d.isCertainlyBefore(founded.get()))
          .ifPresent(d -> findings.add(Rule.ORG_003, organisation, PropertyPath.of("dissolved"), d, "dissolved", d, "founded", founded.get()));
      organisation.unSystemMembership().filter(u -> u.isCertainlyBefore(founded.get()))
          .ifPresent(u -> findings.add(Rule.ORG_005, organisation, PropertyPath.of("unSystemMembership"), u, "joined", u, "founded", founded.get()));
    }
    counts(organisation, findings);
    List<ExternalIdentifier> identifiers = organisation.identifiers();
    for (int i = 0; i < identifiers.size(); i++) {
      ExternalIdentifier identifier = identifiers.get(i);
      Pattern shape = shapeOf(identifier);
      if (shape != null && !shape.matcher(identifier.value()).matches()) {
        findings.add(Rule.ORG_006, organisation, PropertyPath.of("identifiers").index(i), identifier.value(),
            "identifier", identifier.value(), "scheme", identifier.scheme().code());
      }
    }
    for (int p = 0; p < organisation.posts().size(); p++) {
      if (organisation.posts().get(p).shared()) {
        continue;
      }
      List<Tenure> tenures = organisation.posts().get(p).tenures();
      TenureOverlaps overlaps = TenureOverlaps.of(tenures);
      int post = p;
      overlaps.firstPair().ifPresent(pair ->
          findings.add(Rule.ORG_007, organisation, PropertyPath.of("posts").index(post).property("tenures").index(pair[1]), null,
              "first", tenures.get(pair[0]).holder().name(), "second", tenures.get(pair[1]).holder().name(),
              "count", overlaps.count()));
    }
    organisation.parent().filter(organisation.id()::equals)
        .ifPresent(parent -> findings.add(Rule.ORG_008, organisation, PropertyPath.of("parent"), parent));
    network(organisation, findings);
  }

  /** ORG-004 on member-state counts, ORG-009 on the others. */
  private static void counts(Organisation organisation, Findings findings) {
    List<Count> counts = organisation.counts();
    for (int i = 0; i < counts.size(); i++) {
      Count count = counts.get(i);
      PropertyPath path = Count.soleMemberStates(counts).isPresent()
          ? PropertyPath.of("memberStateCount")
          : PropertyPath.of("counts").index(i).property("value");
      if (count.kind() == CountKind.MEMBER_STATES) {
        if (!organisation.is(OrganisationKind.INTERGOVERNMENTAL_ORGANISATION) || count.value() < 1 || count.value() > MAX_MEMBER_STATES) {
          findings.add(Rule.ORG_004, organisation, path, count.value(), "count", count.value());
        }
      } else if (count.value() < 0) {
        findings.add(Rule.ORG_009, organisation, path, count.value(), "count", count.value(), "kind", count.kind());
      }
    }
  }

  /** ORG-010 (itself as member, role holder or predecessor) and ORG-011 (a role held by a non-member). */
  private static void network(Organisation organisation, Findings findings) {
    OrganisationId self = organisation.id();
    List<Dated<OrganisationId>> members = organisation.members();
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).value().equals(self)) {
        findings.add(Rule.ORG_010, organisation, PropertyPath.of("members").index(i).property("member"), self);
      }
    }
    List<Role> roles = organisation.roles();
    Memberships memberships = roles.isEmpty() || members.isEmpty() ? null : Memberships.of(members);
    for (int i = 0; i < roles.size(); i++) {
      Role role = roles.get(i);
      PropertyPath path = PropertyPath.of("roles").index(i).property("holder");
      if (role.holder().equals(self)) {
        findings.add(Rule.ORG_010, organisation, path, self);
      } else if (memberships != null && !memberships.possiblyAMember(role.holder(), role.period())) {
        findings.add(Rule.ORG_011, organisation, path, role.holder(), "holder", role.holder(), "role", role.kind().code());
      }
    }
    List<Succession> predecessors = organisation.predecessors();
    for (int i = 0; i < predecessors.size(); i++) {
      if (predecessors.get(i).predecessor().equals(self)) {
        findings.add(Rule.ORG_010, organisation, PropertyPath.of("predecessors").index(i).property("predecessor"), self);
      }
    }
  }

  private static Pattern shapeOf(ExternalIdentifier identifier) {
    switch (identifier.scheme()) {
      case IATI:
        return IATI;
      case WIKIDATA:
        return WIKIDATA;
      default:
        return null;
    }
  }

  /**
   * Two tenures certainly overlap when each certainly starts before the other ends; a tenure
   * without a known start is never certain to overlap, one without an end runs on.
   */
  static boolean certainlyOverlap(Tenure a, Tenure b) {
    if (a.start().isEmpty() || b.start().isEmpty()) {
      return false;
    }
    return startsBeforeEnd(a.start().get(), b.end()) && startsBeforeEnd(b.start().get(), a.end());
  }

  private static boolean startsBeforeEnd(PartialDate start, Optional<PartialDate> end) {
    return end.map(start::isCertainlyBefore).orElse(true);
  }
}
