package dev.rvcm.sim;

/**
 * Translated code: a {@link Region} of one decoded page compiled to the JVM method {@link #run(long)}
 * of a hidden class that extends this one ({@link TranslationCompiler}). The guest registers the
 * region uses live in JVM locals while it runs; blocks branch to one another with JVM jumps.
 *
 * <p>Counting: each block entry increments {@link #blockCounts}; {@link #fold()} adds them to the
 * execution counts of the page's slots, from which every counter is derived after the run, exactly as
 * for interpreted instructions.
 */
abstract class Translation {

    /** {@link #run} result: the next pc is in {@code hart.pc}, found by an indirect jump. */
    static final int INDIRECT = -1;
    /** {@link #run} result: the interpreter continues at {@code hart.pc} (limit near, a reserved rounding mode). */
    static final int INTERPRET = -2;
    /** {@link #run} results from this down to above {@link #CODE_CHANGED}: a guest fault at instruction {@code FAULT - result}. */
    static final int FAULT = -3;
    /**
     * {@link #run} results from this down: the store at instruction {@code CODE_CHANGED - result} changed
     * code; the interpreter continues after it at {@code hart.pc}.
     */
    static final int CODE_CHANGED = -(1 << 24);

    final Region region;
    /** Executions of each block (entries), not yet folded into the page's counts. */
    final long[] blockCounts;
    /** The translation each static exit leads to, once known; cleared when code changes. */
    final Translation[] successors;
    /** Times {@link #run} was called. */
    long runs;
    /** Instructions executed in blocks whose counts were folded. */
    private long folded;

    Translation(Region region, long[] blockCounts) {
        this.region = region;
        this.blockCounts = blockCounts;
        this.successors = new Translation[region.exits().length];
    }

    Region region() {
        return region;
    }

    /**
     * Runs the region from its entry until control leaves it; stores the registers it changed, the
     * counters and the next pc in the hart.
     *
     * @param limit the instruction count no block may run past (the interpreter then finishes exactly)
     * @return a static exit's index (&ge; 0), {@link #INDIRECT}, {@link #INTERPRET}, or a fault
     */
    abstract int run(long limit);

    /** Adds the block counts to the page's slot counts and clears them. */
    final void fold() {
        DecodedPage page = region.page();
        int[] slots = region.slots();
        for (int b = 0; b < blockCounts.length; b++) {
            long n = blockCounts[b];
            if (n != 0) {
                Region.Block block = region.blocks().get(b);
                for (int i = block.first(); i < block.end(); i++) {
                    page.hits[slots[i]] += n;
                }
                folded += n * (block.end() - block.first());
                blockCounts[b] = 0;
            }
        }
    }

    /** Instructions executed per {@link #run} so far, on average (0 before the first run). */
    final long instructionsPerRun() {
        long n = folded;
        for (int b = 0; b < blockCounts.length; b++) {
            Region.Block block = region.blocks().get(b);
            n += blockCounts[b] * (block.end() - block.first());
        }
        return runs == 0 ? 0 : n / runs;
    }
}
