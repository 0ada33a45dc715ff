package org.migov.benchmarks;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.migov.core.agreement.Agreement;
import org.migov.core.agreement.Signatory;
import org.migov.core.dataset.Dataset;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.programme.Programme;
import org.migov.validation.MigovValidator;
import org.migov.validation.ValidationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The scale of the validation rules: for each family of rules, the time to validate an input of
 * size N and one of size 2N ({@link RuleScaleData}), so that {@code time(2N) / time(N)} shows
 * whether the rule is linear (about 2), n log n (a little more) or quadratic (about 4).
 * {@link RuleScaleRatios} computes the ratios from JMH's JSON output.
 *
 * <p>Each family has its own state and its own size parameter, both sizes in one run; inputs are
 * built once per trial, outside the measurement, and validated once there too, so that the setup
 * prints what the input holds and what the report says. Each benchmark returns the report (the
 * control {@link #controlPlainHashSet} its count).
 *
 * <p>Three forks of 3 warm-up and 5 measured iterations of 1 s each: the time of the same input
 * differs from one fork to the next (by up to 40% on the machine of docs/performance.md: the
 * JIT's choices, identity hash codes, the memory layout, a shared machine), and one fork would
 * put that difference whole into a ratio.
 *
 * <p>The forks use G1 with regions of 32 MiB: with the default regions of a 2 GiB heap (1 MiB),
 * the hash table of a set of 50,000 or more entries is a humongous object, which the G1 of JDK 17
 * reclaims only after a concurrent mark (it reclaims only arrays of primitives at a young
 * collection), so that the dead tables of earlier operations pile up and keep their entries
 * alive: young collections then copy garbage, and that cost grows with N times the number of
 * operations. With 32 MiB regions no table of these inputs is humongous. See the section "Scale
 * of the rules" of docs/performance.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:G1HeapRegionSize=32m"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RuleScaleBenchmark {

  /** Prints what a trial's input holds and what validating it once reported. */
  static void describe(String family, String input, ValidationReport report) {
    System.out.printf(Locale.ROOT, "%n%s: %s; report: %,d violations found, %,d kept, rules %s%n",
        family, input, report.count(), report.violations().size(), report.codes());
  }

  /** ORG-007: one organisation, one post, N tenures that all overlap. */
  @State(Scope.Benchmark)
  public static class Tenures {
    /** The number of tenures of the post. */
    @Param({"10000", "20000"})
    public int tenures;

    /** The validator, default limits. */
    public MigovValidator validator;

    /** The organisation. */
    public Organisation organisation;

    /** Builds the organisation. */
    @Setup(Level.Trial)
    public void setUp() {
      validator = Fixtures.migovValidator();
      organisation = RuleScaleData.overlappingTenures(tenures);
      describe("ORG-007", String.format(Locale.ROOT, "%,d overlapping tenures", tenures), validator.validate(organisation));
    }
  }

  /**
   * ORG-007: {@code MigovValidator.validate(Entity)} on the organisation.
   *
   * @param state the input
   * @return the report
   */
  @Benchmark
  public ValidationReport org007OverlappingTenures(Tenures state) {
    return state.validator.validate(state.organisation);
  }

  /** ORG-011: one network, one member with N one-year memberships, N roles, one in a thousand outside them. */
  @State(Scope.Benchmark)
  public static class Roles {
    /** The number of memberships and of roles. */
    @Param({"10000", "20000"})
    public int roles;

    /** The validator, default limits. */
    public MigovValidator validator;

    /** The network. */
    public Organisation network;

    /** Builds the network. */
    @Setup(Level.Trial)
    public void setUp() {
      validator = Fixtures.migovValidator();
      network = RuleScaleData.rolesAndMemberships(roles);
      describe("ORG-011", String.format(Locale.ROOT, "%,d memberships, %,d roles", roles, roles), validator.validate(network));
    }
  }

  /**
   * ORG-011: {@code MigovValidator.validate(Entity)} on the network.
   *
   * @param state the input
   * @return the report
   */
  @Benchmark
  public ValidationReport org011RolesAndMemberships(Roles state) {
    return state.validator.validate(state.network);
  }

  /** PRG-016: one programme, N original budgets, every second one overlapping the one before. */
  @State(Scope.Benchmark)
  public static class Budgets {
    /** The number of budgets. */
    @Param({"10000", "20000"})
    public int budgets;

    /** The validator, default limits. */
    public MigovValidator validator;

    /** The programme. */
    public Programme programme;

    /** Builds the programme. */
    @Setup(Level.Trial)
    public void setUp() {
      validator = Fixtures.migovValidator();
      programme = RuleScaleData.overlappingBudgets(budgets);
      describe("PRG-016", String.format(Locale.ROOT, "%,d budgets", budgets), validator.validate(programme));
    }
  }

  /**
   * PRG-016: {@code MigovValidator.validate(Entity)} on the programme.
   *
   * @param state the input
   * @return the report
   */
  @Benchmark
  public ValidationReport prg016OverlappingBudgets(Budgets state) {
    return state.validator.validate(state.programme);
  }

  /** AGR-002: one agreement, N parties, N signatories in reverse order and one for a non-party. */
  @State(Scope.Benchmark)
  public static class Signatories {
    /** The number of parties (and of signatories for them). */
    @Param({"100000", "200000"})
    public int parties;

    /** The validator, default limits. */
    public MigovValidator validator;

    /** The agreement. */
    public Agreement agreement;

    /** Builds the agreement. */
    @Setup(Level.Trial)
    public void setUp() {
      validator = Fixtures.migovValidator();
      agreement = RuleScaleData.signatoriesAndParties(parties);
      describe("AGR-002", String.format(Locale.ROOT, "%,d parties, %,d signatories", parties, parties + 1),
          validator.validate(agreement));
    }
  }

  /**
   * AGR-002: {@code MigovValidator.validate(Entity)} on the agreement.
   *
   * @param state the input
   * @return the report
   */
  @Benchmark
  public ValidationReport agr002SignatoriesAndParties(Signatories state) {
    return state.validator.validate(state.agreement);
  }

  /**
   * A control for AGR-002, not migov: the same hash set of the parties and the same look-up of
   * each signatory's party in plain Java, without the validator, so that the ratio of this
   * machine's hash set at N and 2N stands beside the rule's. {@link RuleScaleRatios} shows its
   * ratio and does not hold it to the limit.
   *
   * @param state the input
   * @return the number of signatories whose party is not a party
   */
  @Benchmark
  public int controlPlainHashSet(Signatories state) {
    Set<OrganisationId> parties = new HashSet<>(state.agreement.parties());
    int strangers = 0;
    for (Signatory signatory : state.agreement.signatories()) {
      if (!parties.contains(signatory.party())) {
        strangers++;
      }
    }
    return strangers;
  }

  /** AGR-008: two agreements of 5,000 parties each, none shared, N identical supersedes links. */
  @State(Scope.Benchmark)
  public static class SupersedesLinks {
    /** The parties of each agreement: the same at every number of links. */
    @Param({"5000"})
    public int partiesEach;

    /** The number of links from the later agreement to the earlier one. */
    @Param({"1000", "2000", "10000", "20000"})
    public int links;

    /** The validator, default limits. */
    public MigovValidator validator;

    /** The dataset. */
    public Dataset dataset;

    /** Builds the dataset. */
    @Setup(Level.Trial)
    public void setUp() {
      validator = Fixtures.migovValidator();
      dataset = RuleScaleData.supersedesLinks(partiesEach, links);
      describe("AGR-008", String.format(Locale.ROOT, "2 agreements of %,d parties, %,d links, %,d organisations",
          partiesEach, links, dataset.organisations().size()), validator.validate(dataset));
    }
  }

  /**
   * AGR-008: {@code MigovValidator.validate(Dataset)} on the two agreements and their parties.
   *
   * @param state the input
   * @return the report
   */
  @Benchmark
  public ValidationReport agr008SupersedesLinks(SupersedesLinks state) {
    return state.validator.validate(state.dataset);
  }

  /** DS-002: one agreement whose parties are N times one organisation the dataset lacks. */
  @State(Scope.Benchmark)
  public static class DanglingReferences {
    /** The number of dangling references. */
    @Param({"1000000", "2000000"})
    public int references;

    /** The validator, default limits: the report keeps 10,000 violations and counts all. */
    public MigovValidator validator;

    /** The dataset. */
    public Dataset dataset;

    /** Builds the dataset. */
    @Setup(Level.Trial)
    public void setUp() {
      validator = Fixtures.migovValidator();
      dataset = RuleScaleData.danglingReferences(references);
      describe("DS-002", String.format(Locale.ROOT, "%,d dangling references, maxFindings %,d", references,
          validator.maxFindings()), validator.validate(dataset));
    }
  }

  /**
   * DS-002: {@code MigovValidator.validate(Dataset)} on the agreement.
   *
   * @param state the input
   * @return the report
   */
  @Benchmark
  public ValidationReport ds002DanglingReferences(DanglingReferences state) {
    return state.validator.validate(state.dataset);
  }

  /** Every rule: copies of valid datasets drawn from testkit's {@code DatasetGens}. */
  @State(Scope.Benchmark)
  public static class Generated {
    /** The number of different samples: the same at every number of copies. */
    @Param({"20"})
    public int samples;

    /** How many times each sample appears. */
    @Param({"5", "10"})
    public int copies;

    /** The validator, default limits. */
    public MigovValidator validator;

    /** The dataset. */
    public Dataset dataset;

    /** Draws the samples and builds the dataset. */
    @Setup(Level.Trial)
    public void setUp() {
      validator = Fixtures.migovValidator();
      dataset = RuleScaleData.generated(samples, copies);
      describe("generated", String.format(Locale.ROOT, "%d samples x %d copies, %,d entities (%,d organisations,"
          + " %,d offices, %,d agreements, %,d programmes, %,d events)", samples, copies, dataset.size(),
          dataset.organisations().size(), dataset.offices().size(), dataset.agreements().size(),
          dataset.programmes().size(), dataset.events().size()), validator.validate(dataset));
    }
  }

  /**
   * Every rule: {@code MigovValidator.validate(Dataset)} on the generated dataset.
   *
   * @param state the input
   * @return the report
   */
  @Benchmark
  public ValidationReport generatedDataset(Generated state) {
    return state.validator.validate(state.dataset);
  }
}
