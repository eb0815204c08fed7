package dev.rvcm.sim;

/**
 * The branch predictor of the timing model, run by the engine's loop on every branch and jump:
 * <ul>
 *   <li>conditional branches: a bimodal table of {@link TimingParameters#bhtEntries()} 2-bit saturating
 *       counters indexed by {@code pc >> 1}, starting weakly not-taken; a counter of 2 or 3 predicts taken;</li>
 *   <li>returns ({@code jalr} with {@code rs1} a link register, {@code x1} or {@code x5}, per the ISA
 *       manual's return-address-stack hints): a circular return-address stack of
 *       {@link TimingParameters#rasEntries()}; calls ({@code jal}/{@code jalr} writing a link register) push;</li>
 *   <li>other {@code jalr}s: the target the same table entry saw last
 *       ({@link TimingParameters#indirectTargetEntries()}, indexed by {@code pc >> 1});</li>
 *   <li>{@code jal} and taken branches go to their target with no bubble (a BTB that always hits).</li>
 * </ul>
 * {@link BranchPredictors} runs one per distinct geometry, behind a filter. A handful of array
 * operations per branch, nothing allocated.
 */
final class BranchPredictor {

    private final byte[] counters;
    private final int bhtMask;
    private final long[] ras;
    private int rasTop;
    private int rasCount;
    private final long[] targets;
    private final int targetMask;
    /** Mispredicted conditional branches. */
    long conditionalMispredicts;
    /** Mispredicted {@code jalr} targets (returns and other indirect jumps). */
    long jumpMispredicts;

    BranchPredictor(int bhtEntries, int rasEntries, int indirectTargetEntries) {
        this.counters = new byte[bhtEntries];
        java.util.Arrays.fill(counters, (byte) 1);
        this.bhtMask = bhtEntries - 1;
        this.ras = new long[rasEntries];
        this.targets = new long[indirectTargetEntries];
        this.targetMask = indirectTargetEntries - 1;
    }

    /**
     * A conditional branch at {@code pc} went {@code taken}.
     *
     * @return whether its counter is now saturated in that direction (another such outcome changes nothing)
     */
    boolean branch(long pc, boolean taken) {
        int i = (int) (pc >>> 1) & bhtMask;
        int c = counters[i];
        int t = taken ? 1 : 0;
        conditionalMispredicts += (c >>> 1) ^ t;
        int n = taken ? Math.min(c + 1, 3) : Math.max(c - 1, 0);
        counters[i] = (byte) n;
        return n == (taken ? 3 : 0);
    }

    /** A call wrote {@code returnAddress} to a link register. */
    void call(long returnAddress) {
        push(returnAddress);
    }

    /** A {@code jalr} at {@code pc} from {@code rs1} to {@code target}, writing {@code rd} ({@code 32} for x0). */
    void jalr(long pc, long target, int rd, int rs1, long returnAddress) {
        boolean rdLink = rd == 1 || rd == 5;
        boolean rs1Link = rs1 == 1 || rs1 == 5;
        if (rs1Link && !(rdLink && rd == rs1)) {
            if (rasCount == 0) {
                jumpMispredicts++;
            } else {
                if (ras[rasTop] != target) {
                    jumpMispredicts++;
                }
                rasTop = rasTop == 0 ? ras.length - 1 : rasTop - 1;
                rasCount--;
            }
        } else {
            int i = (int) (pc >>> 1) & targetMask;
            if (targets[i] != target) {
                jumpMispredicts++;
                targets[i] = target;
            }
        }
        if (rdLink) {
            push(returnAddress);
        }
    }

    private void push(long returnAddress) {
        rasTop = rasTop == ras.length - 1 ? 0 : rasTop + 1;
        ras[rasTop] = returnAddress;
        if (rasCount < ras.length) {
            rasCount++;
        }
    }

    long mispredicts() {
        return conditionalMispredicts + jumpMispredicts;
    }
}
