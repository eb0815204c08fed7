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

    @Test
    void queuedJumpsReachEveryPredictorInOrder() {
        Random r = new Random(8);
        BranchPredictor six = new BranchPredictor(512, 6, 32);
        BranchPredictor two = new BranchPredictor(512, 2, 8);
        BranchPredictors bank = new BranchPredictors(List.of(six, two), 512);
        BranchPredictor refSix = new BranchPredictor(512, 6, 32);
        BranchPredictor refTwo = new BranchPredictor(512, 2, 8);
        long[] stack = new long[64];
        int depth = 0;
        for (int i = 0; i < 100_000; i++) {
            int what = r.nextInt(3);
            if (what == 0 && depth < stack.length) {            // call: jal ra, f
                long ra = 0x10000 + 4L * r.nextInt(1000);
                stack[depth++] = ra;
                bank.call(ra);
                refSix.call(ra);
                refTwo.call(ra);
            } else if (what == 1 && depth > 0) {                 // return: jalr x0, 0(ra)
                long target = stack[--depth];
                bank.jalr(0x9000, target, 32, 1, 0x9004);
                refSix.jalr(0x9000, target, 32, 1, 0x9004);
                refTwo.jalr(0x9000, target, 32, 1, 0x9004);
            } else {                                             // an indirect jump through a5
                long pc = 0x20000 + 4L * r.nextInt(64);
                long target = 0x30000 + 4L * r.nextInt(3);
                bank.jalr(pc, target, 32, 15, pc + 4);
                refSix.jalr(pc, target, 32, 15, pc + 4);
                refTwo.jalr(pc, target, 32, 15, pc + 4);
            }
        }
        bank.drain();
        assertThat(refTwo.jumpMispredicts).isGreaterThan(refSix.jumpMispredicts).isGreaterThan(1000);
        assertThat(six.jumpMispredicts).isEqualTo(refSix.jumpMispredicts);
        assertThat(two.jumpMispredicts).isEqualTo(refTwo.jumpMispredicts);
    }
}
