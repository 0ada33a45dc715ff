package org.migov.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.time.DateRange;
import org.migov.core.time.Dated;

/**
 * The memberships of a network, by member, to answer "may this organisation have been a member
 * during this period?" (ORG-011) in logarithmic time: per member, the memberships sorted by the
 * first day they may start, with the running maximum of the last day they may end. Built in
 * n log n; immutable once built, for one validation.
 */
final class Memberships {
  /** Per member: the sorted first possible days, the running maxima of last possible days, or null when one membership is undated. */
  private final Map<OrganisationId, long[][]> byMember;

  private Memberships(Map<OrganisationId, long[][]> byMember) {
    this.byMember = byMember;
  }

  static Memberships of(List<Dated<OrganisationId>> members) {
    Map<OrganisationId, List<Optional<DateRange>>> periods = new HashMap<>();
    for (Dated<OrganisationId> member : members) {
      periods.computeIfAbsent(member.value(), m -> new ArrayList<>()).add(member.period());
    }
    Map<OrganisationId, long[][]> byMember = new HashMap<>();
    periods.forEach((member, list) -> byMember.put(member, index(list)));
    return new Memberships(byMember);
  }

  /** The starts and running maximum ends of the periods, sorted by start; null when one is undated (always a member). */
  private static long[][] index(List<Optional<DateRange>> periods) {
    long[][] spans = new long[periods.size()][];
    for (int i = 0; i < spans.length; i++) {
      if (periods.get(i).isEmpty()) {
        return null;
      }
      DateRange period = periods.get(i).get();
      spans[i] = new long[] {period.earliestStart().toEpochDay(), period.latestEnd().toEpochDay()};
    }
    Arrays.sort(spans, (a, b) -> Long.compare(a[0], b[0]));
    long[] starts = new long[spans.length];
    long[] maxEnds = new long[spans.length];
    long max = Long.MIN_VALUE;
    for (int i = 0; i < spans.length; i++) {
      starts[i] = spans[i][0];
      max = Math.max(max, spans[i][1]);
      maxEnds[i] = max;
    }
    return new long[][] {starts, maxEnds};
  }

  /** Whether the organisation may have been a member at some time of the period (any time, when undated). */
  boolean possiblyAMember(OrganisationId member, Optional<DateRange> period) {
    if (!byMember.containsKey(member)) {
      return false;
    }
    long[][] index = byMember.get(member);
    if (index == null || period.isEmpty()) {
      return true;
    }
    long from = period.get().earliestStart().toEpochDay();
    long to = period.get().latestEnd().toEpochDay();
    // The memberships that may start by the period's last possible day: a prefix; one of them must
    // possibly end on or after the period's first possible day.
    int prefix = SortedDays.countNotAfter(index[0], to);
    return prefix > 0 && index[1][prefix - 1] >= from;
  }
}
