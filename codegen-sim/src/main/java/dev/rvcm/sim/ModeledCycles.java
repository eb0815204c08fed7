package dev.rvcm.sim;

/**
 * The modeled cycles of one run on one {@link TimingParameters} (see {@link TimingModel}).
 *
 * @param parameters        the model
 * @param cycles            issue cycles plus the stalls of mispredictions and cache misses
 * @param issueCycles       cycles of an ideal front end and memory: in-order issue with the model's
 *                          width, latencies and units
 * @param branchMispredicts mispredicted conditional branches and {@code jalr} targets
 * @param l1iAccesses       instruction fetches from a new cache line
 * @param l1iMisses         of which missed the L1 instruction cache
 * @param l1dAccesses       loads, stores and atomics
 * @param l1dMisses         of which missed the L1 data cache
 */
public record ModeledCycles(TimingParameters parameters, long cycles, long issueCycles, long branchMispredicts,
                            long l1iAccesses, long l1iMisses, long l1dAccesses, long l1dMisses) {

    /** The model's name: {@code rocket}, {@code sifive-u74}. */
    public String model() {
        return parameters.name();
    }

    /** Instructions per cycle; 0 for a run of no cycles. */
    public double ipc(long instructions) {
        return cycles == 0 ? 0 : (double) instructions / cycles;
    }
}
