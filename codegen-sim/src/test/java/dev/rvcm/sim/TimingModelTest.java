package dev.rvcm.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.isa.Opcode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Modeled cycles of small guests that differ in one thing only, with the same number of instructions:
 * dependent loads cost more than independent ones, a cache-thrashing walk more than a sequential one, an
 * alternating branch more than an always-taken one, and a dual-issue core pairs ALU operations but not
 * two loads.
 */
class TimingModelTest {

    private static final int ZERO = 0, SP = 2, T0 = 5, T1 = 6, T2 = 7, S0 = 8, S1 = 9;
    private static final int A0 = 10, A1 = 11, A2 = 12, A3 = 13, A4 = 14, A5 = 15, A6 = 16, A7 = 17;
    private static final int T3 = 28, T4 = 29;

    @TempDir
    Path dir;

    private Counters run(TinyExecutable t) throws Exception {
        Options o = Options.defaults().withStdio(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new ByteArrayOutputStream());
        RunResult r = Machine.load(t.build(dir), List.of("t"), List.of(), new Limits(50_000_000, 64L << 20), o).run();
        assertThat(r.stop()).as(r.stop().describe()).isEqualTo(new RunResult.Stop.Exited(0));
        assertThat(r.counters().cycles()).extracting(ModeledCycles::model).containsExactly("rocket", "sifive-u74");
        return r.counters();
    }

    private static ModeledCycles rocket(Counters c) {
        return c.cycles("rocket").orElseThrow();
    }

    private static ModeledCycles u74(Counters c) {
        return c.cycles("sifive-u74").orElseThrow();
    }

    private static TinyExecutable exit(TinyExecutable t) {
        return t.emit(Opcode.ADDI, A0, ZERO, 0).syscall(93);
    }

    /** {@code n} times: eight loads from {@code *sp}, each into its own register or all through a0. */
    private static TinyExecutable eightLoads(boolean dependent, int n) {
        TinyExecutable t = new TinyExecutable()
                .emit(Opcode.SD, SP, 0, SP)             // *sp = sp: a pointer to itself
                .emit(Opcode.ADDI, A0, SP, 0)
                .li(T0, n);
        int[] independent = {A1, A2, A3, A4, A5, A6, T3, T4};
        for (int rd : independent) {
            t.emit(Opcode.LD, dependent ? A0 : rd, 0, dependent ? A0 : SP);
        }
        t.emit(Opcode.ADDI, T0, T0, -1).emit(Opcode.BNE, T0, ZERO, -36);
        return exit(t);
    }

    @Test
    void dependentLoadsCostTheirLatency() throws Exception {
        Counters dependent = run(eightLoads(true, 10_000));
        Counters independent = run(eightLoads(false, 10_000));
        assertThat(dependent.instructions()).isEqualTo(independent.instructions());
        // Rocket: ld → ld address 2 cycles (WriteLDD): 7 × 2 + 3 = 17 cycles an iteration instead of 10.
        assertThat(rocket(dependent).issueCycles() - rocket(independent).issueCycles()).isBetween(69_000L, 71_000L);
        // U74: 3 cycles (no late-ALU bypass into an address): 7 × 3 + 3 = 24 cycles instead of 9 (loads in pipe A).
        assertThat(u74(dependent).issueCycles() - u74(independent).issueCycles()).isBetween(149_000L, 151_000L);
        assertThat(rocket(dependent).cycles()).isGreaterThan(rocket(independent).cycles());
        assertThat(u74(dependent).cycles()).isGreaterThan(u74(independent).cycles());
    }

    /** One load per iteration: the load feeds the next iteration's load across the loop's back edge. */
    private static TinyExecutable pointerChase(boolean dependent, int n) {
        return exit(new TinyExecutable()
                .emit(Opcode.SD, SP, 0, SP)
                .emit(Opcode.ADDI, A0, SP, 0)
                .li(T0, n)
                .emit(Opcode.LD, dependent ? A0 : A1, 0, A0)
                .emit(Opcode.ADDI, T0, T0, -1)
                .emit(Opcode.BNE, T0, ZERO, -8));
    }

    @Test
    void aLoadFeedingTheNextIterationStallsInTheSteadyState() throws Exception {
        Counters dependent = run(pointerChase(true, 10_000));
        Counters independent = run(pointerChase(false, 10_000));
        assertThat(dependent.instructions()).isEqualTo(independent.instructions());
        // U74: ld, addi issue together, bne one cycle later, the next ld waits a cycle more for a0.
        assertThat(u74(dependent).issueCycles() - u74(independent).issueCycles()).isBetween(9_000L, 11_000L);
        // Rocket: the two instructions after the load cover its 2 cycles.
        assertThat(rocket(dependent).issueCycles()).isEqualTo(rocket(independent).issueCycles());
    }

    /**
     * {@code passes} times, {@code lines} loads {@code stride} bytes apart in a fresh 1 MiB mapping.
     */
    private static TinyExecutable walk(int stride, int lines, int passes) {
        TinyExecutable t = new TinyExecutable()
                .emit(Opcode.ADDI, A0, ZERO, 0)
                .li(A1, 1 << 20)
                .emit(Opcode.ADDI, A2, ZERO, 3)          // PROT_READ | PROT_WRITE
                .emit(Opcode.ADDI, A3, ZERO, 0x22)       // MAP_PRIVATE | MAP_ANONYMOUS
                .emit(Opcode.ADDI, A4, ZERO, -1)
                .emit(Opcode.ADDI, A5, ZERO, 0)
                .syscall(222)
                .emit(Opcode.ADDI, S0, A0, 0)
                .emit(Opcode.LUI, S1, stride & ~0xfff)   // two instructions for any stride
                .emit(Opcode.ADDIW, S1, S1, stride & 0xfff)
                .li(T2, passes);
        t.emit(Opcode.ADDI, A0, S0, 0)                    // outer:
                .emit(Opcode.ADDI, T0, ZERO, lines)
                .emit(Opcode.LD, A1, 0, A0)               // inner:
                .emit(Opcode.ADD, A0, A0, S1)
                .emit(Opcode.ADDI, T0, T0, -1)
                .emit(Opcode.BNE, T0, ZERO, -12)
                .emit(Opcode.ADDI, T2, T2, -1)
                .emit(Opcode.BNE, T2, ZERO, -28);
        return exit(t);
    }

    @Test
    void aWalkThatThrashesOneCacheSetCostsAMissPerLoad() throws Exception {
        Counters sequential = run(walk(8, 256, 20));     // 2 KiB: 32 lines, each missed once
        Counters thrashing = run(walk(4096, 256, 20));   // 256 lines of one set: every load misses
        assertThat(thrashing.instructions()).isEqualTo(sequential.instructions());
        for (String model : List.of("rocket", "sifive-u74")) {
            ModeledCycles seq = sequential.cycles(model).orElseThrow();
            ModeledCycles thr = thrashing.cycles(model).orElseThrow();
            assertThat(seq.l1dMisses()).isEqualTo(32);
            assertThat(thr.l1dMisses()).isEqualTo(256 * 20);
            assertThat(thr.l1dAccesses()).isEqualTo(seq.l1dAccesses()).isEqualTo(256 * 20);
            assertThat(thr.issueCycles()).isEqualTo(seq.issueCycles());
            assertThat(thr.cycles() - seq.cycles()).isEqualTo((256 * 20 - 32) * 20L);
        }
    }

    @Test
    void sixLinesOfOneSetFitEightWaysButNotFour() throws Exception {
        Counters c = run(walk(4096, 6, 100));
        assertThat(rocket(c).l1dMisses()).isEqualTo(600);    // 4-way LRU, 6 lines in turn: always the oldest
        assertThat(u74(c).l1dMisses()).isEqualTo(6);         // 8-way: only the first touch
    }

    /** {@code n} iterations of a branch on {@code t0 & mask}; both of its paths are three instructions. */
    private static TinyExecutable branchOn(int mask, int n) {
        return exit(new TinyExecutable()
                .li(T0, n)
                .emit(Opcode.ANDI, T1, T0, mask)          //  0
                .emit(Opcode.BEQ, T1, ZERO, 12)           //  4 → 16
                .emit(Opcode.ADDI, A2, A2, 1)             //  8
                .emit(Opcode.JAL, ZERO, 12)               // 12 → 24
                .emit(Opcode.ADDI, A3, A3, 1)             // 16
                .emit(Opcode.JAL, ZERO, 4)                // 20 → 24
                .emit(Opcode.ADDI, T0, T0, -1)            // 24
                .emit(Opcode.BNE, T0, ZERO, -28));        // 28 → 0
    }

    @Test
    void anAlternatingBranchIsMispredictedAndAnAlwaysTakenOneIsNot() throws Exception {
        Counters alternating = run(branchOn(1, 10_000));
        Counters alwaysTaken = run(branchOn(0, 10_000));
        assertThat(alternating.instructions()).isEqualTo(alwaysTaken.instructions());
        for (String model : List.of("rocket", "sifive-u74")) {
            ModeledCycles alt = alternating.cycles(model).orElseThrow();
            ModeledCycles taken = alwaysTaken.cycles(model).orElseThrow();
            // 2-bit counters see T, N, T, N…: between weakly taken and weakly not-taken, always wrong.
            assertThat(alt.branchMispredicts()).isBetween(10_000L, 10_003L);
            assertThat(taken.branchMispredicts()).isLessThanOrEqualTo(3);
            assertThat(alt.cycles() - taken.cycles()).isGreaterThanOrEqualTo(3 * 9_990L);
        }
    }

    /** {@code n} times eight independent adds or loads. */
    private static TinyExecutable eight(Opcode op, int n) {
        TinyExecutable t = new TinyExecutable().li(T0, n);
        for (int rd : new int[] {A1, A2, A3, A4, A5, A6, T3, T4}) {
            if (op == Opcode.LD) {
                t.emit(Opcode.LD, rd, 0, SP);
            } else {
                t.emit(Opcode.ADDI, rd, rd, 1);
            }
        }
        return exit(t.emit(Opcode.ADDI, T0, T0, -1).emit(Opcode.BNE, T0, ZERO, -36));
    }

    @Test
    void dualIssuePairsAluOperationsButNotTwoLoads() throws Exception {
        Counters adds = run(eight(Opcode.ADDI, 10_000));
        Counters loads = run(eight(Opcode.LD, 10_000));
        assertThat(rocket(adds).issueCycles()).isEqualTo(rocket(loads).issueCycles());
        // U74: four pairs of adds, the addi, then the bne that reads it: 6 cycles an iteration;
        // eight loads one a cycle (pipe A), the last with the addi, then the bne: 9.
        assertThat(u74(adds).issueCycles()).isBetween(59_000L, 61_000L);
        assertThat(u74(loads).issueCycles()).isBetween(89_000L, 91_000L);
        assertThat(rocket(adds).issueCycles()).isBetween(99_000L, 101_000L);
    }

    @Test
    void onlyTheRequestedModelsAreCounted() throws Exception {
        Options o = Options.defaults().withStdio(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new ByteArrayOutputStream()).withTiming(List.of(TimingParameters.ROCKET.with("issue-width", 2)));
        RunResult r = Machine.load(eight(Opcode.ADDI, 1000).build(dir), List.of("t"), List.of(), Limits.DEFAULT, o).run();
        assertThat(r.counters().cycles()).singleElement().satisfies(c -> {
            assertThat(c.model()).isEqualTo("rocket");
            assertThat(c.parameters().issueWidth()).isEqualTo(2);
            assertThat(c.issueCycles()).isBetween(5_900L, 6_100L); // as the U74 above: 6 an iteration
        });
        RunResult none = Machine.load(eight(Opcode.ADDI, 1000).build(dir), List.of("t"), List.of(), Limits.DEFAULT,
                o.withTiming(List.of())).run();
        assertThat(none.counters().cycles()).isEmpty();
        assertThat(none.counters().instructions()).isEqualTo(r.counters().instructions());
    }
}
