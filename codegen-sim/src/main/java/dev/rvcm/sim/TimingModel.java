package dev.rvcm.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/**
 * rvcm's timing model of in-order RV64 cores: modeled cycles of a run for each requested
 * {@link TimingParameters}, all from the same run.
 *
 * <pre>
 * cycles = issue cycles                              (static: {@link IssueSchedule}, per slot × executions)
 *        + mispredicted branches and jumps × {@link TimingParameters#branchMispredictPenalty()}
 *        + L1I misses × {@link TimingParameters#l1iMissPenalty()} + L1D misses × {@link TimingParameters#l1dMissPenalty()}
 * </pre>
 *
 * The dynamic parts are simulated by the engine's loop: one {@link BranchPredictor} per distinct predictor
 * geometry, one {@link CacheStacks} per distinct (sets, line) of the L1I and of the L1D — the two presets
 * share one L1D simulation (64 sets of 64 B both; 4 and 8 ways read from one LRU stack) and need two
 * predictors and two L1I simulations — each kind behind a filter that answers the common case
 * exactly and a queue for the rest ({@link BranchPredictors}, {@link Caches}): the loop only reads a
 * filter and appends to a queue. The instruction caches see one access each time the pc enters
 * another line of the smallest L1I line size (the loop's page check, made per line); the data caches one
 * per load, store and atomic (a misaligned access that spans two lines counts once).
 * Stalls add up: an in-order core waits for each miss and each redirect.
 */
final class TimingModel {

    private final List<TimingParameters> models;
    private final IssueSchedule[] schedules;
    private final long[] retiredIssueCycles;
    private final BranchPredictor[] predictorOf;
    private final CacheStacks[] icacheOf;
    private final CacheStacks[] dcacheOf;
    /** What the run loop drives. */
    final BranchPredictors predictors;
    final Caches icaches;
    final Caches dcaches;
    /** Instruction fetches from a new line: accesses of the instruction caches. */
    long fetches;

    TimingModel(List<TimingParameters> models) {
        this.models = List.copyOf(models);
        int n = this.models.size();
        schedules = new IssueSchedule[n];
        retiredIssueCycles = new long[n];
        predictorOf = new BranchPredictor[n];
        icacheOf = new CacheStacks[n];
        dcacheOf = new CacheStacks[n];
        Map<List<Integer>, BranchPredictor> predictorByGeometry = new LinkedHashMap<>();
        SequencedMap<List<Integer>, Integer> iDepth = new LinkedHashMap<>();
        SequencedMap<List<Integer>, Integer> dDepth = new LinkedHashMap<>();
        int smallestTable = Integer.MAX_VALUE;
        for (TimingParameters p : this.models) {
            iDepth.merge(List.of(p.l1iSets(), p.l1iLine()), p.l1iWays(), Math::max);
            dDepth.merge(List.of(p.l1dSets(), p.l1dLine()), p.l1dWays(), Math::max);
            smallestTable = Math.min(smallestTable, p.bhtEntries());
        }
        Map<List<Integer>, CacheStacks> iStacks = stacks(iDepth);
        Map<List<Integer>, CacheStacks> dStacks = stacks(dDepth);
        for (int i = 0; i < n; i++) {
            TimingParameters p = this.models.get(i);
            schedules[i] = new IssueSchedule(p);
            predictorOf[i] = predictorByGeometry.computeIfAbsent(
                    List.of(p.bhtEntries(), p.rasEntries(), p.indirectTargetEntries()),
                    k -> new BranchPredictor(k.get(0), k.get(1), k.get(2)));
            icacheOf[i] = iStacks.get(List.of(p.l1iSets(), p.l1iLine()));
            dcacheOf[i] = dStacks.get(List.of(p.l1dSets(), p.l1dLine()));
        }
        // With no model, empty banks: the loop still runs its filters, on nothing.
        predictors = new BranchPredictors(List.copyOf(predictorByGeometry.values()), n == 0 ? 1 : smallestTable);
        icaches = new Caches(n == 0 ? List.of(new CacheStacks(1, 64, 1)) : List.copyOf(iStacks.values()));
        dcaches = new Caches(n == 0 ? List.of(new CacheStacks(1, 64, 1)) : List.copyOf(dStacks.values()));
    }

    private static Map<List<Integer>, CacheStacks> stacks(SequencedMap<List<Integer>, Integer> depthByGeometry) {
        Map<List<Integer>, CacheStacks> out = new LinkedHashMap<>();
        depthByGeometry.forEach((k, depth) -> out.put(k, new CacheStacks(k.get(0), k.get(1), depth)));
        return out;
    }

    List<TimingParameters> models() {
        return models;
    }

    /** Adds the issue cycles of a decoded page that stops being live (self-modifying code, unmapped). */
    void retire(DecodedPage page) {
        for (int i = 0; i < schedules.length; i++) {
            retiredIssueCycles[i] += schedules[i].issueCycles(page);
        }
    }

    /**
     * The modeled cycles of each model so far.
     *
     * @param live         the decoded pages still live (not {@link #retire retired})
     * @param dataAccesses loads, stores and atomics executed
     */
    List<ModeledCycles> cycles(List<DecodedPage> live, long dataAccesses) {
        predictors.drain();
        icaches.drain();
        dcaches.drain();
        List<ModeledCycles> out = new ArrayList<>();
        for (int i = 0; i < schedules.length; i++) {
            TimingParameters p = models.get(i);
            long issue = retiredIssueCycles[i];
            for (DecodedPage page : live) {
                issue += schedules[i].issueCycles(page);
            }
            long mispredicts = predictorOf[i].mispredicts();
            long iMisses = icacheOf[i].misses(p.l1iWays());
            long dMisses = dcacheOf[i].misses(p.l1dWays());
            long cycles = issue + mispredicts * p.branchMispredictPenalty() + iMisses * p.l1iMissPenalty()
                    + dMisses * p.l1dMissPenalty();
            out.add(new ModeledCycles(p, cycles, issue, mispredicts, fetches, iMisses, dataAccesses, dMisses));
        }
        return out;
    }
}
