package dev.rvcm.sim;

import java.util.Arrays;
import java.util.List;

/**
 * The L1 caches of one kind (instruction or data) of every timing model of a run, simulated together:
 * one {@link CacheStacks} per distinct geometry (sets, line), behind a filter and a queue.
 *
 * <p>The filter holds, per slot, the line last accessed there; slots are indexed by the line number's
 * low bits that select the set in every geometry (with unequal line sizes, there is one slot). Only an
 * access to another line of the same slot can push that line from the top of its set in any geometry,
 * so a filter hit is an access that changes nothing anywhere: the common case, a shift, a mask, one
 * array read and a compare, which the engine's loop does itself ({@code filter[(int) line & (filter.length
 * - 1)] == line}, {@code line = address >>> lineBits}). Every other access updates the filter and is
 * queued ({@link #enqueue(long)}); the queue is applied to the stacks in order when it is full and before
 * the results are read ({@link #drain()}), in a small loop of its own rather than the engine's.
 */
final class Caches {

    private static final int QUEUE = 4096;

    /** Per slot the line last accessed there ({@code -1}: none); read by the engine's loop. */
    final long[] filter;
    /** log2 of the smallest line size: addresses in one such line are one line to every cache here. */
    final int lineBits;
    private final int filterMask;
    private final CacheStacks[] groups;
    private final long[] queue = new long[QUEUE];
    private int queued;

    Caches(List<CacheStacks> groups) {
        this.groups = groups.toArray(CacheStacks[]::new);
        int bits = Integer.MAX_VALUE;
        int maxBits = 0;
        int minSets = Integer.MAX_VALUE;
        for (CacheStacks g : this.groups) {
            bits = Math.min(bits, g.lineBits());
            maxBits = Math.max(maxBits, g.lineBits());
            minSets = Math.min(minSets, g.sets());
        }
        this.lineBits = bits;
        int slots = maxBits == bits ? minSets : 1;
        this.filter = new long[slots];
        Arrays.fill(filter, -1L);
        this.filterMask = slots - 1;
    }

    /** One access (a load, store or atomic; an instruction fetch from a new line), filter first. */
    void access(long address) {
        long line = address >>> lineBits;
        if (filter[(int) line & filterMask] != line) {
            enqueue(line);
        }
    }

    /** An access the filter did not answer, {@code line = address >>> lineBits}. */
    void enqueue(long line) {
        filter[(int) line & filterMask] = line;
        queue[queued++] = line;
        if (queued == QUEUE) {
            drain();
        }
    }

    /** Applies the queued accesses to every geometry. */
    void drain() {
        for (int i = 0; i < queued; i++) {
            long address = queue[i] << lineBits;
            for (CacheStacks g : groups) {
                g.access(address);
            }
        }
        queued = 0;
    }
}
