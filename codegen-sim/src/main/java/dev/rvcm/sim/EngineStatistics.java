package dev.rvcm.sim;

/**
 * What the engine itself did in a run, apart from the guest's counters (which do not depend on it).
 *
 * @param engine               {@code interpret} or {@code translate}
 * @param translations         translations made (hidden classes defined)
 * @param alive                translations alive at the end
 * @param evictions            times every translation was dropped to stay within the bound
 * @param firstTranslationNanos from the start of the run to the first translation, -1 if none was made
 * @param largestMethodBytes   bytecode length of the longest translated method (HotSpot compiles none
 *                             over 8000 bytes; regions are cut so that none gets there)
 * @param translatedInstructions instructions in all translations made, an instruction counted once per
 *                             translation that holds it
 */
public record EngineStatistics(String engine, long translations, int alive, long evictions, long firstTranslationNanos,
                               int largestMethodBytes, long translatedInstructions) {

    /** The statistics of an interpreted run. */
    static EngineStatistics interpreted() {
        return new EngineStatistics("interpret", 0, 0, 0, -1, 0, 0);
    }
}
