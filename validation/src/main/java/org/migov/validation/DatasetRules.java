package org.migov.validation;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.migov.core.Entity;
import org.migov.core.EntityId;
import org.migov.core.agreement.Agreement;
import org.migov.core.agreement.AgreementId;
import org.migov.core.agreement.AgreementLink;
import org.migov.core.agreement.LinkRelation;
import org.migov.core.dataset.Dataset;
import org.migov.core.event.Event;
import org.migov.core.office.Office;
import org.migov.core.office.OfficeId;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.organisation.OrganisationKind;
import org.migov.core.organisation.Role;
import org.migov.core.organisation.Succession;
import org.migov.core.programme.Programme;
import org.migov.core.programme.ProgrammeId;
import org.migov.core.time.DateRange;
import org.migov.core.time.Dated;
import org.migov.core.time.PartialDate;

/**
 * The rules about a whole dataset: references (DS-002), duplicates (DS-001), cycles (DS-003 to
 * DS-006) and the rules that compare entities (OFF-004, AGR-007 to AGR-010, PRG-013, PRG-014,
 * EVT-002). Each runs in time linear in the dataset's size: entities are indexed by id once, and
 * cycles are found by one walk of each graph (strongly connected components), reported once per
 * component on its smallest id, so the report does not depend on the order of the entities.
 *
 * <p>A parent or link to the entity itself is reported by the entity rules (ORG-008, OFF-003,
 * AGR-006), not again as a cycle. A reference that does not resolve is reported once (DS-002) and
 * the rules that would follow it are skipped. Where an id is repeated (DS-001), references resolve
 * to the first entity with that id, as {@link Dataset}'s lookups do.
 */
final class DatasetRules {
  private final Dataset dataset;
  private final Findings findings;
  private final Map<EntityId, Entity> byId = new HashMap<>();
  private final Map<Agreement, Set<OrganisationId>> partySets = new IdentityHashMap<>();

  private DatasetRules(Dataset dataset, Findings findings) {
    this.dataset = dataset;
    this.findings = findings;
  }

  static void check(Dataset dataset, Findings findings) {
    new DatasetRules(dataset, findings).run();
  }

  private void run() {
    index(dataset.organisations());
    index(dataset.offices());
    index(dataset.agreements());
    index(dataset.programmes());
    index(dataset.events());
    dataset.organisations().forEach(this::organisation);
    dataset.offices().forEach(this::office);
    dataset.agreements().forEach(this::agreement);
    dataset.programmes().forEach(this::programme);
    dataset.events().forEach(this::event);
    cycles(dataset.organisations(), o -> o.parent().map(List::of).orElse(List.of()), (o, i) -> PropertyPath.of("parent"),
        Rule.DS_003, false);
    // Self-succession is ORG-010's.
    cycles(dataset.organisations(), o -> o.predecessors().stream().map(Succession::predecessor).collect(Collectors.toList()),
        (o, i) -> PropertyPath.of("predecessors").index(i).property("predecessor"), Rule.DS_009, false);
    // Only parents that held throughout: a reporting line reversed years later is no cycle.
    cycles(dataset.offices(), OfficeRules::undatedParents, OfficeRules::undatedParentPath, Rule.DS_004, false);
    cycles(dataset.agreements(), a -> a.links().stream().map(AgreementLink::target).collect(Collectors.toList()),
        (a, i) -> PropertyPath.of("links").index(i).property("target"), Rule.DS_005, false);
    // Programmes have no entity rule for being their own parent: the cycle rule reports it.
    cycles(dataset.programmes(), p -> p.parent().map(List::of).orElse(List.of()), (p, i) -> PropertyPath.of("parent"), Rule.DS_006, true);
    childBudgets();
  }

  private void index(List<? extends Entity> entities) {
    for (Entity entity : entities) {
      if (byId.putIfAbsent(entity.id(), entity) != null) {
        findings.add(Rule.DS_001, entity, PropertyPath.of("id"), entity.id(), "kind", entity.id().kind());
      }
    }
  }

  /** The entity a reference names, or empty after reporting DS-002. */
  private <T extends Entity> Optional<T> resolve(Entity from, PropertyPath path, EntityId reference, Class<T> type) {
    Entity target = byId.get(reference);
    if (type.isInstance(target)) {
      return Optional.of(type.cast(target));
    }
    findings.add(Rule.DS_002, from, path, reference, "kind", reference.kind(), "reference", reference);
    return Optional.empty();
  }

  private void organisation(Organisation organisation) {
    organisation.parent().ifPresent(parent -> resolve(organisation, PropertyPath.of("parent"), parent, Organisation.class));
    List<Dated<OrganisationId>> members = organisation.members();
    for (int i = 0; i < members.size(); i++) {
      Dated<OrganisationId> membership = members.get(i);
      PropertyPath path = PropertyPath.of("members").index(i);
      Optional<Organisation> member = resolve(organisation, path.property("member"), membership.value(), Organisation.class);
      if (membership.period().isPresent()) {
        DateRange period = membership.period().get();
        Optional<Organisation> outlived = member.filter(m -> outside(period, m))
            .or(() -> outside(period, organisation) ? Optional.of(organisation) : Optional.empty());
        outlived.ifPresent(o -> findings.add(Rule.DS_007, organisation, path.property("period"), period,
            "member", membership.value(), "period", period, "organisation", o.id(), "existence", existence(o)));
      }
    }
    List<Role> roles = organisation.roles();
    for (int i = 0; i < roles.size(); i++) {
      resolve(organisation, PropertyPath.of("roles").index(i).property("holder"), roles.get(i).holder(), Organisation.class);
    }
    List<Succession> predecessors = organisation.predecessors();
    for (int i = 0; i < predecessors.size(); i++) {
      Succession succession = predecessors.get(i);
      PropertyPath path = PropertyPath.of("predecessors").index(i);
      Optional<Organisation> predecessor = resolve(organisation, path.property("predecessor"), succession.predecessor(), Organisation.class);
      if (predecessor.isPresent() && succession.date().isPresent() && predecessor.get().founded().isPresent()
          && succession.date().get().isCertainlyBefore(predecessor.get().founded().get())) {
        findings.add(Rule.DS_008, organisation, path.property("date"), succession.date().get(),
            "predecessor", succession.predecessor(), "date", succession.date().get(), "founded", predecessor.get().founded().get());
      }
    }
  }

  /** Whether a period certainly lies outside an organisation's existence: it ends before the founding, or starts after the dissolution. */
  private static boolean outside(DateRange period, Organisation organisation) {
    boolean endsBefore = period.end().isPresent() && organisation.founded().isPresent()
        && period.end().get().isCertainlyBefore(organisation.founded().get());
    boolean startsAfter = period.start().isPresent() && organisation.dissolved().isPresent()
        && period.start().get().isCertainlyAfter(organisation.dissolved().get());
    return endsBefore || startsAfter;
  }

  /** An organisation's existence as a period's text: {@code 1951/..}, {@code 1976/2010}, {@code ../2010}. */
  private static String existence(Organisation organisation) {
    return organisation.founded().map(PartialDate::toString).orElse("..") + "/"
        + organisation.dissolved().map(PartialDate::toString).orElse("..");
  }

  private void office(Office office) {
    resolve(office, PropertyPath.of("organisation"), office.organisation(), Organisation.class);
    List<Dated<OfficeId>> parents = office.parents();
    for (int i = 0; i < parents.size(); i++) {
      PropertyPath path = OfficeRules.parentPath(office, i);
      resolve(office, path, parents.get(i).value(), Office.class)
          .filter(parent -> !parent.organisation().equals(office.organisation()))
          .ifPresent(parent -> findings.add(Rule.OFF_004, office, path, parent.id(),
              "parent", parent.id(), "organisation", parent.organisation()));
    }
  }

  private void agreement(Agreement agreement) {
    Optional<PartialDate> signed = agreement.signingDate();
    Map<AgreementId, Boolean> sharesPartyWith = new HashMap<>();
    for (int i = 0; i < agreement.parties().size(); i++) {
      Optional<Organisation> party = resolve(agreement, PropertyPath.of("parties").index(i), agreement.parties().get(i), Organisation.class);
      if (party.isPresent() && signed.isPresent() && !existedOn(party.get(), signed.get())) {
        findings.add(Rule.AGR_009, agreement, PropertyPath.of("parties").index(i), party.get().id(),
            "party", party.get().id(), "signed", signed.get());
      }
    }
    for (int i = 0; i < agreement.signatories().size(); i++) {
      resolve(agreement, PropertyPath.of("signatories").index(i).property("party"), agreement.signatories().get(i).party(), Organisation.class);
    }
    for (int i = 0; i < agreement.links().size(); i++) {
      AgreementLink link = agreement.links().get(i);
      PropertyPath path = PropertyPath.of("links").index(i).property("target");
      if (link.target().equals(agreement.id())) {
        continue;
      }
      Optional<Agreement> earlier = resolve(agreement, path, link.target(), Agreement.class);
      if (earlier.isEmpty()) {
        continue;
      }
      Optional<PartialDate> earlierSigned = earlier.get().signingDate();
      if (signed.isPresent() && earlierSigned.isPresent() && earlierSigned.get().isCertainlyAfter(signed.get())) {
        findings.add(Rule.AGR_007, agreement, path, link.target(),
            "earlier", link.target(), "earlierSigned", earlierSigned.get(), "signed", signed.get());
      }
      boolean replaces = link.relation() == LinkRelation.SUPERSEDES
          || link.relation() == LinkRelation.RENEWS
          || link.relation() == LinkRelation.AMENDS;
      if (replaces && !sharesPartyWith.computeIfAbsent(earlier.get().id(), e -> shareParty(agreement, earlier.get()))) {
        findings.add(Rule.AGR_008, agreement, path, link.target(),
            "earlier", link.target(), "relation", link.relation().code());
      }
    }
    for (int i = 0; i < agreement.coordinationMechanisms().size(); i++) {
      resolve(agreement, PropertyPath.of("coordinationMechanisms").index(i), agreement.coordinationMechanisms().get(i), Organisation.class)
          .filter(m -> !m.is(OrganisationKind.NETWORK_OR_COORDINATION_GROUP))
          .ifPresent(m -> findings.add(Rule.AGR_010, agreement, PropertyPath.of("coordinationMechanisms"), m.id(), "mechanism", m.id()));
    }
  }

  /**
   * Whether two agreements share a party: the smaller party list is looked up in the larger's set,
   * and each pair is examined once however many links join them.
   */
  private boolean shareParty(Agreement agreement, Agreement earlier) {
    Agreement smaller = agreement.parties().size() <= earlier.parties().size() ? agreement : earlier;
    Set<OrganisationId> larger = partySet(smaller == agreement ? earlier : agreement);
    for (OrganisationId party : smaller.parties()) {
      if (larger.contains(party)) {
        return true;
      }
    }
    return false;
  }

  private Set<OrganisationId> partySet(Agreement agreement) {
    return partySets.computeIfAbsent(agreement, a -> new HashSet<>(a.parties()));
  }

  /** False only when certain: founded after the day, or dissolved before it. */
  private static boolean existedOn(Organisation organisation, PartialDate day) {
    boolean foundedAfter = organisation.founded().map(f -> f.isCertainlyAfter(day)).orElse(false);
    boolean dissolvedBefore = organisation.dissolved().map(d -> d.isCertainlyBefore(day)).orElse(false);
    return !foundedAfter && !dissolvedBefore;
  }

  private void programme(Programme programme) {
    for (int i = 0; i < programme.participants().size(); i++) {
      resolve(programme, PropertyPath.of("participants").index(i).property("organisation"), programme.participants().get(i).organisation(), Organisation.class);
    }
    programme.fundingInstrument().ifPresent(f -> resolve(programme, PropertyPath.of("fundingInstrument"), f, Organisation.class));
    for (int i = 0; i < programme.basedOn().size(); i++) {
      Optional<Agreement> agreement = resolve(programme, PropertyPath.of("basedOn").index(i), programme.basedOn().get(i), Agreement.class);
      if (agreement.isPresent() && agreement.get().signingDate().isPresent() && programme.period().isPresent()) {
        PartialDate signed = agreement.get().signingDate().get();
        Optional<PartialDate> start = programme.period().get().start();
        if (start.isPresent() && signed.isCertainlyAfter(start.get())) {
          findings.add(Rule.PRG_013, programme, PropertyPath.of("basedOn").index(i), agreement.get().id(),
              "agreement", agreement.get().id(), "signed", signed, "start", start.get());
        }
      }
    }
    programme.parent().ifPresent(parent -> resolve(programme, PropertyPath.of("parent"), parent, Programme.class));
  }

  private void event(Event event) {
    for (int i = 0; i < event.organisations().size(); i++) {
      resolve(event, PropertyPath.of("organisations").index(i), event.organisations().get(i), Organisation.class);
    }
    event.agreement().ifPresent(a -> resolve(event, PropertyPath.of("agreement"), a, Agreement.class));
    event.programme()
        .flatMap(p -> resolve(event, PropertyPath.of("programme"), p, Programme.class))
        .ifPresent(programme -> {
          Optional<DateRange> period = programme.period();
          Optional<PartialDate> date = event.date();
          if (period.isPresent() && date.isPresent() && certainlyOutside(date.get(), period.get())) {
            findings.add(Rule.EVT_002, event, PropertyPath.of("date"), date.get(),
                "date", date.get(), "programme", programme.id(), "period", period.get());
          }
        });
  }

  private static boolean certainlyOutside(PartialDate date, DateRange period) {
    return period.start().map(date::isCertainlyBefore).orElse(false)
        || period.end().map(date::isCertainlyAfter).orElse(false);
  }

  /** PRG-014: per parent, the budgets of its children in the parent's currency. */
  private void childBudgets() {
    Map<ProgrammeId, BigDecimal> sums = new LinkedHashMap<>();
    for (Programme child : dataset.programmes()) {
      Optional<Programme> parent = child.parent().map(byId::get).filter(Programme.class::isInstance).map(Programme.class::cast);
      if (parent.isEmpty() || parent.get().budget().isEmpty() || child.budget().isEmpty() || parent.get() == child) {
        continue;
      }
      if (child.budget().get().currency().equals(parent.get().budget().get().currency())) {
        sums.merge(parent.get().id(), child.budget().get().amount(), BigDecimal::add);
      }
    }
    sums.forEach((id, sum) -> {
      Programme parent = (Programme) byId.get(id);
      if (sum.compareTo(parent.budget().get().amount()) > 0) {
        String total = parent.budget().get().currency().getCurrencyCode() + " " + sum.toPlainString();
        findings.add(Rule.PRG_014, parent, PropertyPath.of("budget"), total, "sum", total, "budget", parent.budget().get());
      }
    });
  }

  /**
   * Finds the cycles of a graph and reports one violation per strongly connected component that
   * holds a cycle (Tarjan's algorithm, iterative: linear in nodes and edges, no recursion).
   *
   * <p>The report does not depend on the order of the entities: it is made on the member of the
   * component with the smallest id, at the edge that starts the shortest cycle from that member
   * back to itself (found by a breadth-first walk inside the component, following each entity's
   * edges in their own order). A self-loop is a cycle only when asked (otherwise an entity rule
   * reports it); edges to unknown entities are ignored (DS-002 reports them).
   *
   * @param edges the entity's edges, in the entity's own order
   * @param edgePath the property path of an entity's edge, by its index
   */
  private <T extends Entity> void cycles(
      List<T> entities,
      Function<T, List<? extends EntityId>> edges,
      BiFunction<T, Integer, PropertyPath> edgePath,
      Rule rule,
      boolean selfLoops) {
    Map<EntityId, T> nodes = new LinkedHashMap<>();
    for (T entity : entities) {
      nodes.putIfAbsent(entity.id(), entity);
    }
    Map<EntityId, Integer> index = new HashMap<>();
    Map<EntityId, Integer> lowLink = new HashMap<>();
    Set<EntityId> onStack = new HashSet<>();
    Deque<EntityId> stack = new ArrayDeque<>();
    for (EntityId root : nodes.keySet()) {
      if (index.containsKey(root)) {
        continue;
      }
      Deque<EntityId> walk = new ArrayDeque<>();
      Deque<Iterator<? extends EntityId>> pending = new ArrayDeque<>();
      visit(root, index, lowLink, onStack, stack, walk);
      pending.push(edges.apply(nodes.get(root)).iterator());
      while (!walk.isEmpty()) {
        EntityId current = walk.peek();
        Iterator<? extends EntityId> next = pending.peek();
        if (next.hasNext()) {
          EntityId target = next.next();
          if (!nodes.containsKey(target)) {
            continue;
          }
          if (!index.containsKey(target)) {
            visit(target, index, lowLink, onStack, stack, walk);
            pending.push(edges.apply(nodes.get(target)).iterator());
          } else if (onStack.contains(target)) {
            lowLink.merge(current, index.get(target), Math::min);
          }
          continue;
        }
        walk.pop();
        pending.pop();
        if (!walk.isEmpty()) {
          lowLink.merge(walk.peek(), lowLink.get(current), Math::min);
        }
        if (lowLink.get(current).equals(index.get(current))) {
          Set<EntityId> component = new HashSet<>();
          EntityId member;
          do {
            member = stack.pop();
            onStack.remove(member);
            component.add(member);
          } while (!member.equals(current));
          reportCycle(component, nodes, edges, edgePath, rule, selfLoops);
        }
      }
    }
  }

  private static void visit(
      EntityId node,
      Map<EntityId, Integer> index,
      Map<EntityId, Integer> lowLink,
      Set<EntityId> onStack,
      Deque<EntityId> stack,
      Deque<EntityId> walk) {
    int order = index.size();
    index.put(node, order);
    lowLink.put(node, order);
    stack.push(node);
    onStack.add(node);
    walk.push(node);
  }

  /** Reports the cycle of a strongly connected component, if it has one, on its smallest member. */
  private <T extends Entity> void reportCycle(
      Set<EntityId> component,
      Map<EntityId, T> nodes,
      Function<T, List<? extends EntityId>> edges,
      BiFunction<T, Integer, PropertyPath> edgePath,
      Rule rule,
      boolean selfLoops) {
    EntityId anchor = Collections.min(component);
    List<? extends EntityId> anchorEdges = edges.apply(nodes.get(anchor));
    if (component.size() == 1) {
      int self = anchorEdges.indexOf(anchor);
      if (selfLoops && self >= 0) {
        findings.add(rule, nodes.get(anchor), edgePath.apply(nodes.get(anchor), self), null,
            "cycle", describe(List.of(anchor, anchor)));
      }
      return;
    }
    // Shortest way back to the anchor, breadth first inside the component.
    Map<EntityId, EntityId> cameFrom = new HashMap<>();
    Deque<EntityId> queue = new ArrayDeque<>();
    queue.add(anchor);
    EntityId last = null;
    while (last == null && !queue.isEmpty()) {
      EntityId node = queue.poll();
      for (EntityId target : edges.apply(nodes.get(node))) {
        if (target.equals(anchor) && !node.equals(anchor)) {
          last = node;
          break;
        }
        if (component.contains(target) && !target.equals(anchor) && !cameFrom.containsKey(target)) {
          cameFrom.put(target, node);
          queue.add(target);
        }
      }
    }
    List<EntityId> cycle = new ArrayList<>();
    cycle.add(anchor);
    for (EntityId node = last; !node.equals(anchor); node = cameFrom.get(node)) {
      cycle.add(node);
    }
    cycle.add(anchor);
    Collections.reverse(cycle);
    findings.add(rule, nodes.get(anchor), edgePath.apply(nodes.get(anchor), anchorEdges.indexOf(cycle.get(1))), null,
        "cycle", describe(cycle));
  }

  private static String describe(List<EntityId> cycle) {
    StringBuilder out = new StringBuilder();
    for (EntityId id : cycle) {
      out.append(out.length() == 0 ? "" : " -> ").append(id.value());
    }
    return out.toString();
  }
}
