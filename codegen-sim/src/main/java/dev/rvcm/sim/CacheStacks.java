package dev.rvcm.sim;

import java.util.Arrays;

/**
 * Set-associative LRU caches that share a number of sets and a line size, simulated all at once: each
 * set keeps its most recent lines in LRU order (a stack, most recent first) as deep as the widest of
 * them, and every access records the depth at which it found its line. A cache of {@code w} ways hits
 * exactly the accesses found at a depth below {@code w} (LRU is a stack algorithm: Mattson, Gecsei,
 * Slutz and Traiger, "Evaluation techniques for storage hierarchies", 1970), so
 * {@link #misses(int)} answers for every associativity up to the depth from one simulation.
 *
 * <p>{@link Caches} puts a filter in front and calls {@link #access(long)} for what the filter does not
 * answer.
 */
final class CacheStacks {

    private final int lineBits;
    private final int setMask;
    private final int depth;
    private final int strideBits;
    /** Line addresses (address >>> lineBits), most recent first in each set; -1 is empty. */
    private final long[] tags;
    /** Accesses by the depth their line was found at; [depth] for lines not in the stack. Depth 0 is not counted. */
    private final long[] foundAt;

    CacheStacks(int sets, int lineBytes, int depth) {
        this.lineBits = Integer.numberOfTrailingZeros(lineBytes);
        this.setMask = sets - 1;
        this.depth = depth;
        this.strideBits = 32 - Integer.numberOfLeadingZeros(depth - 1);
        this.tags = new long[sets << strideBits];
        Arrays.fill(tags, -1L);
        this.foundAt = new long[depth + 1];
    }

    int sets() {
        return setMask + 1;
    }

    int lineBits() {
        return lineBits;
    }

    int depth() {
        return depth;
    }

    /** One access to the line holding {@code address}. */
    void access(long address) {
        long line = address >>> lineBits;
        int base = ((int) line & setMask) << strideBits;
        if (tags[base] != line) {
            miss(line, base);
        }
    }

    /** Not on top: one pass pushes the lines above it down a place, until its old place or the bottom. */
    private void miss(long line, int base) {
        long carried = tags[base];
        tags[base] = line;
        int d = 1;
        for (; d < depth; d++) {
            long here = tags[base + d];
            tags[base + d] = carried;
            if (here == line) {
                break;
            }
            carried = here;
        }
        foundAt[d]++;
    }

    /** Misses of a cache of {@code ways} ways (at most {@link #depth()}) of this geometry so far. */
    long misses(int ways) {
        long m = 0;
        for (int d = ways; d <= depth; d++) {
            m += foundAt[d];
        }
        return m;
    }
}
