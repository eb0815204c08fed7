package dev.rvcm.sim;

import java.util.Arrays;
import java.util.List;

/**
 * The {@link BranchPredictor}s of every timing model of a run, one per distinct geometry, behind a
 * filter of the conditional branches whose counters are saturated in the direction they went last in
 * every predictor: another outcome in that direction changes nothing and is predicted right, and it is
 * the common case.
 *
 * <p>The filter holds {@code pc | taken} per slot, indexed by {@code pc >> 1} masked to the smallest
 * table; every branch that shares a counter with {@code pc} in any predictor shares its filter slot, so
 * a filter hit is exact. The engine's loop reads the filter itself
 * ({@code filter[(int) (pc >>> 1) & filterMask] == (pc | taken)}) and calls {@link #branch(long, boolean)}
 * when it misses. Jumps go straight to {@link #call(long)} and {@link #jalr}.
 */
final class BranchPredictors {

    /** {@code pc | (taken ? 1 : 0)} of branches saturated that way in every predictor; -1 for none. */
    final long[] filter;
    final int filterMask;
    private final BranchPredictor[] predictors;

    BranchPredictors(List<BranchPredictor> predictors, int smallestTable) {
        this.predictors = predictors.toArray(BranchPredictor[]::new);
        this.filter = new long[smallestTable];
        Arrays.fill(filter, -1L);
        this.filterMask = smallestTable - 1;
    }

    /** A conditional branch the filter did not answer. */
    void branch(long pc, boolean taken) {
        boolean saturated = true;
        for (BranchPredictor p : predictors) {
            saturated &= p.branch(pc, taken);
        }
        filter[(int) (pc >>> 1) & filterMask] = saturated ? pc | (taken ? 1 : 0) : -1L;
    }

    /** Filter first: for callers outside the run loop. */
    void lookup(long pc, boolean taken) {
        if (filter[(int) (pc >>> 1) & filterMask] != (pc | (taken ? 1 : 0))) {
            branch(pc, taken);
        }
    }

    /** A {@code jal} wrote {@code returnAddress} to a link register ({@code x1} or {@code x5}). */
    void call(long returnAddress) {
        for (BranchPredictor p : predictors) {
            p.call(returnAddress);
        }
    }

    /** A {@code jalr}; see {@link BranchPredictor#jalr}. */
    void jalr(long pc, long target, int rd, int rs1, long returnAddress) {
        for (BranchPredictor p : predictors) {
            p.jalr(pc, target, rd, rs1, returnAddress);
        }
    }
}
