package dev.rvcm.sim;

import java.util.Arrays;
import java.util.List;

/**
 * The {@link BranchPredictor}s of every timing model of a run, one per distinct geometry, fed through
 * two queues: the engine's loop appends each conditional branch outcome ({@link #branch(long)}: one
 * array store and a count) and each call and {@code jalr}, and {@link #drain()} applies them in order
 * when a queue is full and before the results are read, in a small loop of its own rather than the
 * engine's.
 *
 * <p>Draining skips outcomes a filter answers: {@code pc | taken} of branches whose counters are
 * saturated in the direction they went, in every predictor, so that another such outcome changes
 * nothing and is predicted right — most of them. Slots are indexed by {@code pc >> 1} masked to the
 * smallest table, so every branch sharing a counter with {@code pc} in any predictor shares its slot
 * and a filter hit is exact.
 */
final class BranchPredictors {

    private static final int QUEUE = 4096;

    private final long[] filter;
    private final int filterMask;
    private final BranchPredictor[] predictors;
    private final long[] branches = new long[QUEUE];
    private int queuedBranches;
    /** Four words a jump: {@code rd << 8 | rs1} (rs1 = 0xff for {@code jal}), pc, target, return address. */
    private final long[] jumps = new long[4 * QUEUE];
    private int queuedJumps;

    BranchPredictors(List<BranchPredictor> predictors, int smallestTable) {
        this.predictors = predictors.toArray(BranchPredictor[]::new);
        this.filter = new long[smallestTable];
        Arrays.fill(filter, -1L);
        this.filterMask = smallestTable - 1;
    }

    /** A conditional branch at {@code outcome & ~1} went taken if {@code outcome & 1}: queued. */
    void branch(long outcome) {
        branches[queuedBranches] = outcome;
        if (++queuedBranches == QUEUE) {
            drain();
        }
    }

    /** A {@code jal} wrote {@code returnAddress} to a link register ({@code x1} or {@code x5}). */
    void call(long returnAddress) {
        jump(1, 0xff, 0, 0, returnAddress);
    }

    /** A {@code jalr}; see {@link BranchPredictor#jalr}. */
    void jalr(long pc, long target, int rd, int rs1, long returnAddress) {
        jump(rd, rs1, pc, target, returnAddress);
    }

    private void jump(int rd, int rs1, long pc, long target, long returnAddress) {
        int j = queuedJumps;
        jumps[j] = rd << 8 | rs1;
        jumps[j + 1] = pc;
        jumps[j + 2] = target;
        jumps[j + 3] = returnAddress;
        queuedJumps = j + 4;
        if (queuedJumps == jumps.length) {
            drain();
        }
    }

    /** Applies the queued branches and jumps to every predictor. */
    void drain() {
        for (int i = 0; i < queuedBranches; i++) {
            long outcome = branches[i];
            int slot = (int) (outcome >>> 1) & filterMask;
            if (filter[slot] == outcome) {
                continue;
            }
            long pc = outcome & ~1L;
            boolean taken = (outcome & 1) != 0;
            boolean saturated = true;
            for (BranchPredictor p : predictors) {
                saturated &= p.branch(pc, taken);
            }
            filter[slot] = saturated ? outcome : -1L;
        }
        queuedBranches = 0;
        for (int j = 0; j < queuedJumps; j += 4) {
            int rd = (int) (jumps[j] >>> 8);
            int rs1 = (int) jumps[j] & 0xff;
            for (BranchPredictor p : predictors) {
                if (rs1 == 0xff) {
                    p.call(jumps[j + 3]);
                } else {
                    p.jalr(jumps[j + 1], jumps[j + 2], rd, rs1, jumps[j + 3]);
                }
            }
        }
        queuedJumps = 0;
    }
}
