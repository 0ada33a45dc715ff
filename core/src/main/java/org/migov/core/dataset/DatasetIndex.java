package org.migov.core.dataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.migov.core.EntityId;
import org.migov.core.agreement.Agreement;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.programme.Participant;
import org.migov.core.programme.Programme;

/**
 * The lookup tables of a {@link Dataset}, built once on first use. Where an id is repeated (a
 * dataset may hold duplicates: the validation module reports them), the first entity wins.
 */
final class DatasetIndex {
  final Map<EntityId, Object> byId;
  final Map<OrganisationId, List<Agreement>> agreementsByParty;
  final Map<OrganisationId, List<Programme>> programmesByParticipant;

  DatasetIndex(Dataset dataset) {
    Map<EntityId, Object> ids = new HashMap<>();
    putAll(ids, dataset.organisations(), o -> o.id());
    putAll(ids, dataset.offices(), o -> o.id());
    putAll(ids, dataset.agreements(), a -> a.id());
    putAll(ids, dataset.programmes(), p -> p.id());
    putAll(ids, dataset.events(), e -> e.id());
    this.byId = ids;

    Map<OrganisationId, List<Agreement>> byParty = new HashMap<>();
    for (Agreement agreement : dataset.agreements()) {
      agreement.parties().stream()
          .distinct()
          .forEach(p -> byParty.computeIfAbsent(p, k -> new ArrayList<>()).add(agreement));
    }
    this.agreementsByParty = freeze(byParty);

    Map<OrganisationId, List<Programme>> byParticipant = new HashMap<>();
    for (Programme programme : dataset.programmes()) {
      programme.participants().stream()
          .map(Participant::organisation)
          .distinct()
          .forEach(o -> byParticipant.computeIfAbsent(o, k -> new ArrayList<>()).add(programme));
    }
    this.programmesByParticipant = freeze(byParticipant);
  }

  private static <T> void putAll(
      Map<EntityId, Object> ids, List<T> entities, Function<T, EntityId> id) {
    for (T entity : entities) {
      ids.putIfAbsent(id.apply(entity), entity);
    }
  }

  private static <K, V> Map<K, List<V>> freeze(Map<K, List<V>> map) {
    map.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return Collections.unmodifiableMap(map);
  }
}
