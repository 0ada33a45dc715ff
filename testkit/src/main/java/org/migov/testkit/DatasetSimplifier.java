package org.migov.testkit;

import java.util.AbstractList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.migov.core.Entity;
import org.migov.core.EntityId;
import org.migov.core.agreement.Agreement;
import org.migov.core.agreement.AgreementLink;
import org.migov.core.agreement.InstrumentAct;
import org.migov.core.agreement.Signatory;
import org.migov.core.dataset.Dataset;
import org.migov.core.event.Event;
import org.migov.core.office.Office;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.Post;
import org.migov.core.organisation.Role;
import org.migov.core.organisation.Succession;
import org.migov.core.programme.BudgetLine;
import org.migov.core.programme.Participant;
import org.migov.core.programme.Programme;
import org.migov.core.programme.Transaction;
import org.migov.core.time.Dated;

/**
 * The structure-aware simplifications of a valid dataset, for {@link Gen#simpler}: first the
 * dataset without one entity and every entity that refers to it, directly or through others (so
 * that every reference still resolves and no rule that held starts to fail), events first, then
 * programmes, agreements, offices and organisations, each list from its end; then, inside the
 * entities left, the same entity without its sources, without one of its budget lines or without
 * one of its posts. A failing dataset property thus shrinks to the entities it needs, each with
 * the parts it needs.
 */
final class DatasetSimplifier {
  private DatasetSimplifier() {}

  /** The candidates, simplest first, each made when asked for. */
  static List<Dataset> simpler(Dataset dataset) {
    List<Entity> all = all(dataset);
    Map<EntityId, List<Entity>> referrers = new HashMap<>();
    for (Entity entity : all) {
      for (EntityId id : references(entity)) {
        referrers.computeIfAbsent(id, k -> new ArrayList<>()).add(entity);
      }
    }
    List<Supplier<Dataset>> candidates = new ArrayList<>();
    List<List<? extends Entity>> lists = List.of(
        dataset.events(), dataset.programmes(), dataset.agreements(), dataset.offices(), dataset.organisations());
    for (List<? extends Entity> list : lists) {
      for (int i = list.size() - 1; i >= 0; i--) {
        EntityId id = list.get(i).id();
        candidates.add(() -> without(dataset, all, referrers, id));
      }
    }
    for (int i = dataset.programmes().size() - 1; i >= 0; i--) {
      Programme programme = dataset.programmes().get(i);
      for (int line = programme.budgetLines().size() - 1; line >= 0; line--) {
        int dropped = line;
        candidates.add(() -> {
          List<BudgetLine> lines = new ArrayList<>(programme.budgetLines());
          lines.remove(dropped);
          return replaced(all, programme, Programme.builder().from(programme).budgetLines(lines).build());
        });
      }
      if (!programme.sources().isEmpty()) {
        candidates.add(() -> replaced(all, programme, Programme.builder().from(programme).sources(List.of()).build()));
      }
    }
    for (int i = dataset.organisations().size() - 1; i >= 0; i--) {
      Organisation organisation = dataset.organisations().get(i);
      for (int post = organisation.posts().size() - 1; post >= 0; post--) {
        int dropped = post;
        candidates.add(() -> {
          List<Post> posts = new ArrayList<>(organisation.posts());
          posts.remove(dropped);
          return replaced(all, organisation, Organisation.builder().from(organisation).posts(posts).build());
        });
      }
      if (!organisation.sources().isEmpty()) {
        candidates.add(() -> replaced(all, organisation, Organisation.builder().from(organisation).sources(List.of()).build()));
      }
    }
    return new AbstractList<>() {
      @Override
      public Dataset get(int index) {
        return candidates.get(index).get();
      }

      @Override
      public int size() {
        return candidates.size();
      }
    };
  }

  /** The dataset without an entity and, transitively, the entities that refer to it; linear. */
  private static Dataset without(Dataset dataset, List<Entity> all, Map<EntityId, List<Entity>> referrers, EntityId removed) {
    Set<EntityId> gone = new HashSet<>();
    Deque<EntityId> queue = new ArrayDeque<>();
    gone.add(removed);
    queue.add(removed);
    while (!queue.isEmpty()) {
      for (Entity referrer : referrers.getOrDefault(queue.poll(), List.of())) {
        if (gone.add(referrer.id())) {
          queue.add(referrer.id());
        }
      }
    }
    Dataset.Builder builder = Dataset.builder();
    for (Entity entity : all) {
      if (!gone.contains(entity.id())) {
        builder.addEntity(entity);
      }
    }
    return builder.build();
  }

  private static Dataset replaced(List<Entity> all, Entity old, Entity replacement) {
    Dataset.Builder builder = Dataset.builder();
    for (Entity entity : all) {
      builder.addEntity(entity == old ? replacement : entity);
    }
    return builder.build();
  }

  private static List<Entity> all(Dataset dataset) {
    List<Entity> all = new ArrayList<>(dataset.size());
    all.addAll(dataset.organisations());
    all.addAll(dataset.offices());
    all.addAll(dataset.agreements());
    all.addAll(dataset.programmes());
    all.addAll(dataset.events());
    return all;
  }

  /** The ids an entity refers to. */
  static Set<EntityId> references(Entity entity) {
    Set<EntityId> ids = new HashSet<>();
    switch (org.migov.core.EntityKind.of(entity.getClass())) {
      case ORGANISATION -> {
        Organisation o = (Organisation) entity;
        o.parent().ifPresent(ids::add);
        o.members().stream().map(Dated::value).forEach(ids::add);
        o.roles().stream().map(Role::holder).forEach(ids::add);
        o.predecessors().stream().map(Succession::predecessor).forEach(ids::add);
      }
      case OFFICE -> {
        Office o = (Office) entity;
        ids.add(o.organisation());
        o.parents().stream().map(Dated::value).forEach(ids::add);
      }
      case AGREEMENT -> {
        Agreement a = (Agreement) entity;
        ids.addAll(a.parties());
        a.signatories().stream().map(Signatory::party).forEach(ids::add);
        a.links().stream().map(AgreementLink::target).forEach(ids::add);
        ids.addAll(a.coordinationMechanisms());
        a.acts().stream().map(InstrumentAct::organisation).flatMap(java.util.Optional::stream).forEach(ids::add);
      }
      case PROGRAMME -> {
        Programme p = (Programme) entity;
        p.participants().stream().map(Participant::organisation).forEach(ids::add);
        p.fundingInstrument().ifPresent(ids::add);
        p.budgetLines().stream().map(BudgetLine::funder).flatMap(java.util.Optional::stream).forEach(ids::add);
        for (Transaction t : p.transactions()) {
          t.provider().ifPresent(ids::add);
          t.receiver().ifPresent(ids::add);
        }
        ids.addAll(p.basedOn());
        p.parent().ifPresent(ids::add);
      }
      case EVENT -> {
        Event e = (Event) entity;
        ids.addAll(e.organisations());
        e.programme().ifPresent(ids::add);
        e.agreement().ifPresent(ids::add);
      }
    }
    return ids;
  }
}
