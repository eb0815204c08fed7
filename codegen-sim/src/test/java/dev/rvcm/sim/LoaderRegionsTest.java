package dev.rvcm.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The loader's page ranges from PT_LOAD segments equal a page-by-page union of the segments'
 * permissions (what the loader computed before, one map entry per page, which a segment of a few
 * terabytes turned into a hang).
 */
class LoaderRegionsTest {

    @Test
    void regionsAreThePageByPageUnion() {
        Random random = new Random(5);
        for (int trial = 0; trial < 5000; trial++) {
            List<long[]> spans = new ArrayList<>();
            for (int n = 1 + random.nextInt(6); n > 0; n--) {
                long first = random.nextInt(40);
                spans.add(new long[] {first, first + 1 + random.nextInt(12), random.nextInt(8)});
            }
            assertThat(Loader.regions(spans)).as("%s", spans.stream().map(Arrays::toString).toList())
                .usingElementComparator(Arrays::compare).isEqualTo(pageByPage(spans));
        }
    }

    @Test
    void hugeSpansCostNothing() {
        List<long[]> spans = List.of(new long[] {0x10, 1L << 40, 5}, new long[] {(1L << 40) - 1, 1L << 41, 3});
        assertThat(Loader.regions(spans)).usingElementComparator(Arrays::compare).containsExactly(
            new long[] {0x10, (1L << 40) - 1, 5}, new long[] {(1L << 40) - 1, 1L << 40, 7}, new long[] {1L << 40, 1L << 41, 3});
    }

    private static List<long[]> pageByPage(List<long[]> spans) {
        TreeMap<Long, Integer> pages = new TreeMap<>();
        for (long[] s : spans) {
            for (long p = s[0]; p < s[1]; p++) {
                pages.merge(p, (int) s[2], (a, b) -> a | b);
            }
        }
        List<long[]> expected = new ArrayList<>();
        pages.forEach((p, perms) -> {
            long[] last = expected.isEmpty() ? null : expected.getLast();
            if (last != null && last[1] == p && last[2] == perms) {
                last[1] = p + 1;
            } else {
                expected.add(new long[] {p, p + 1, perms});
            }
        });
        return expected;
    }
}
