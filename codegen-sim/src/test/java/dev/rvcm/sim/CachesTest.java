package dev.rvcm.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The data and instruction cache simulation against a plain reference: one LRU list per set per cache.
 * Several associativities read from one stack simulation, and the filter in front, must give exactly
 * the reference's misses for random mixes of local and scattered accesses.
 */
class CachesTest {

    /** The textbook simulation: each set a list of lines, most recent first. */
    private static final class ReferenceLru {
        private final List<LinkedList<Long>> sets = new ArrayList<>();
        private final int ways;
        private final int lineBits;
        long misses;

        ReferenceLru(int sets, int ways, int lineBytes) {
            for (int i = 0; i < sets; i++) {
                this.sets.add(new LinkedList<>());
            }
            this.ways = ways;
            this.lineBits = Integer.numberOfTrailingZeros(lineBytes);
        }

        void access(long address) {
            long line = address >>> lineBits;
            LinkedList<Long> set = sets.get((int) (line & (sets.size() - 1)));
            if (!set.remove(line)) {
                misses++;
                if (set.size() == ways) {
                    set.removeLast();
                }
            }
            set.addFirst(line);
        }
    }

    private static long address(Random r, long[] recent) {
        return switch (r.nextInt(4)) {
            case 0 -> recent[r.nextInt(recent.length)] + r.nextInt(64);         // reuse
            case 1 -> r.nextLong() & 0xff_ffffL;                                  // anywhere in 16 MiB
            case 2 -> (r.nextInt(64) * 4096L) + r.nextInt(16) * 64L;             // a few hot sets
            default -> recent[0] + 8;                                             // sequential
        };
    }

    @Test
    void oneStackAnswersEveryAssociativityAndTheFilterIsExact() {
        Random r = new Random(5);
        // Rocket's and the U74's L1D (64 sets of 64 B, 4 and 8 ways) and the U74's L1I (128 sets).
        CacheStacks sixtyFour = new CacheStacks(64, 64, 8);
        CacheStacks oneTwentyEight = new CacheStacks(128, 64, 4);
        Caches caches = new Caches(List.of(sixtyFour, oneTwentyEight));
        ReferenceLru four = new ReferenceLru(64, 4, 64);
        ReferenceLru eight = new ReferenceLru(64, 8, 64);
        ReferenceLru direct = new ReferenceLru(64, 1, 64);
        ReferenceLru wide = new ReferenceLru(128, 4, 64);
        long[] recent = new long[8];
        for (int i = 0; i < 200_000; i++) {
            long a = address(r, recent);
            recent[i & 7] = a;
            caches.access(a);
            for (ReferenceLru ref : List.of(four, eight, direct, wide)) {
                ref.access(a);
            }
        }
        caches.drain();
        assertThat(four.misses).isGreaterThan(1000);
        assertThat(sixtyFour.misses(4)).isEqualTo(four.misses);
        assertThat(sixtyFour.misses(8)).isEqualTo(eight.misses);
        assertThat(sixtyFour.misses(1)).isEqualTo(direct.misses);
        assertThat(oneTwentyEight.misses(4)).isEqualTo(wide.misses);
    }

    @Test
    void unequalLineSizesStillExact() {
        Random r = new Random(6);
        CacheStacks small = new CacheStacks(64, 32, 2);
        CacheStacks large = new CacheStacks(32, 128, 4);
        Caches caches = new Caches(List.of(small, large));
        ReferenceLru refSmall = new ReferenceLru(64, 2, 32);
        ReferenceLru refLarge = new ReferenceLru(32, 4, 128);
        long[] recent = new long[8];
        for (int i = 0; i < 100_000; i++) {
            long a = address(r, recent);
            recent[i & 7] = a;
            caches.access(a);
            refSmall.access(a);
            refLarge.access(a);
        }
        caches.drain();
        assertThat(small.misses(2)).isEqualTo(refSmall.misses);
        assertThat(large.misses(4)).isEqualTo(refLarge.misses);
    }
}
