package dev.rvcm.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The predictor filter changes nothing: the same mispredictions as predictors driven directly. */
class BranchPredictorsTest {

    @Test
    void theFilterIsExact() {
        Random r = new Random(7);
        BranchPredictor small = new BranchPredictor(512, 6, 32);
        BranchPredictor large = new BranchPredictor(16384, 6, 8);
        BranchPredictors filtered = new BranchPredictors(List.of(small, large), 512);
        BranchPredictor refSmall = new BranchPredictor(512, 6, 32);
        BranchPredictor refLarge = new BranchPredictor(16384, 6, 8);
        long[] pcs = new long[40];
        for (int i = 0; i < pcs.length; i++) {
            // Some branches 1 KiB apart: they share Rocket's counters but not the U74's.
            pcs[i] = 0x10000 + (i < 20 ? 2L * r.nextInt(4096) : 1024L * i);
        }
        for (int i = 0; i < 500_000; i++) {
            int b = r.nextInt(pcs.length);
            boolean taken = switch (b % 4) {
                case 0 -> true;
                case 1 -> r.nextInt(10) != 0;
                case 2 -> (i & 1) == 0;
                default -> r.nextBoolean();
            };
            filtered.branch(taken ? pcs[b] | 1 : pcs[b]);
            refSmall.branch(pcs[b], taken);
            refLarge.branch(pcs[b], taken);
        }
        filtered.drain();
        assertThat(refSmall.conditionalMispredicts).isGreaterThan(10_000);
        assertThat(small.conditionalMispredicts).isEqualTo(refSmall.conditionalMispredicts);
        assertThat(large.conditionalMispredicts).isEqualTo(refLarge.conditionalMispredicts);
        assertThat(large.conditionalMispredicts).isLessThan(small.conditionalMispredicts);
    }

    @Test
    void returnsArePredictedUntilTheStackOverflows() {
        BranchPredictor p = new BranchPredictor(16, 6, 8);
        // Call depth 6 then return: all returns predicted.
        for (int d = 0; d < 6; d++) {
            p.call(0x1000 + 4 * d);
        }
        for (int d = 5; d >= 0; d--) {
            p.jalr(0x9000, 0x1000 + 4 * d, 32, 1, 0x9004);   // ret = jalr x0, 0(ra)
        }
        assertThat(p.jumpMispredicts).isZero();
        // Depth 8: the two oldest return addresses were overwritten.
        for (int d = 0; d < 8; d++) {
            p.call(0x2000 + 4 * d);
        }
        for (int d = 7; d >= 0; d--) {
            p.jalr(0x9000, 0x2000 + 4 * d, 32, 1, 0x9004);
        }
        assertThat(p.jumpMispredicts).isEqualTo(2);
    }
}
