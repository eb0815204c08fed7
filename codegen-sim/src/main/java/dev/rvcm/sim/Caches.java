package dev.rvcm.sim;

import java.util.Arrays;
import java.util.List;

/**
 * The L1 caches of one kind (instruction or data) of every timing model of a run, simulated together:
 * one {@link CacheStacks} per distinct geometry (sets, line), and in front of them a filter of the lines
 * known to be the most recent of their set in every one of them — an access to such a line changes
 * nothing anywhere, and it is the common case.
 *
 * <p>The filter holds one line per slot, indexed by the line number's low bits that select the set in
 * every geometry ({@link #filterMask}; with unequal line sizes, one slot). An access to another line of
 * the same slot overwrites the slot, and only such an access can push the filtered line from the top of
 * its set in any geometry, so a filter hit is exact. The engine's loop reads the filter itself
 * ({@code filter[(int) line & filterMask] == line}, with {@code line = address >>> lineBits}) and calls
 * {@link #access(long)} when it misses.
 */
final class Caches {

    /** Line numbers ({@code address >>> lineBits}) on top of their set in every geometry; -1 for none. */
    final long[] filter;
    /** log2 of the smallest line size. */
    final int lineBits;
    final int filterMask;
    private final CacheStacks[] groups;

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

    /** An access the filter did not answer. */
    void access(long address) {
        long line = address >>> lineBits;
        filter[(int) line & filterMask] = line;
        for (CacheStacks g : groups) {
            g.access(address);
        }
    }

    /** Filter first: for callers outside the run loop. */
    void lookup(long address) {
        long line = address >>> lineBits;
        if (filter[(int) line & filterMask] != line) {
            access(address);
        }
    }
}
