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
 * What translated code must do beyond computing the same values (which {@link TranslatedSemanticsTest}
 * checks): stores into code it was translated from, faults and the instruction limit in the middle of
 * a translated loop, the bound on translations alive, and methods short enough for HotSpot to compile. Each guest runs with the interpreter and
 * translated; both must end the same way with the same counters, and the translated run must really
 * have run translated code.
 */
class TranslationTest {

    @TempDir
    Path dir;

    private record Run(RunResult result, EngineStatistics engine) {
    }

    private Run run(TinyExecutable t, Limits limits, Engine engine) throws Exception {
        Options o = Options.defaults().withStdio(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new ByteArrayOutputStream()).withEngine(engine);
        Machine m = Machine.load(t.build(dir), List.of("t"), List.of(), limits, o);
        return new Run(m.run(), m.engineStatistics());
    }

    /** Runs {@code t} with both engines; returns the translated run after checking it against the interpreted one. */
    private Run bothAlike(TinyExecutable t, Limits limits, Engine translating) throws Exception {
        Run interpreted = run(t, limits, Engine.interpret());
        Run translated = run(t, limits, translating);
        assertThat(translated.result().stop()).as(translated.result().stop().describe()).isEqualTo(interpreted.result().stop());
        assertThat(translated.result().counters()).isEqualTo(interpreted.result().counters());
        assertThat(translated.engine().translations()).as("translations made").isPositive();
        return translated;
    }

    /**
     * A loop of 1000 rounds becomes hot and is translated; then the program stores a new instruction
     * into the loop body (optionally followed by {@code fence.i}) and runs the loop again: 1000 × 1 +
     * 1000 × 2.
     */
    private static TinyExecutable patchingLoop(boolean fenceI) {
        int patched = Opcode.ADDI.encode(10, 10, 2);
        int exit = fenceI ? 60 : 56;
        TinyExecutable t = new TinyExecutable().writable()
                .emit(Opcode.AUIPC, 5, 0)                    //  0: t0 = code
                .emit(Opcode.ADDI, 9, 0, 1000)               //  4: s1 = rounds
                .emit(Opcode.ADDI, 10, 0, 0)                 //  8: a0 = 0
                .emit(Opcode.ADDI, 18, 0, 0)                 // 12: s2 = phase
                .emit(Opcode.ADDI, 8, 0, 0)                  // 16: s0 = 0
                .emit(Opcode.ADDI, 10, 10, 1)                // 20: a0 += 1, patched to a0 += 2
                .emit(Opcode.ADDI, 8, 8, 1)                  // 24
                .emit(Opcode.BNE, 8, 9, -8)                  // 28: → 20
                .emit(Opcode.BNE, 18, 0, exit - 32)          // 32: second phase done → exit
                .li(6, patched)                              // 36, 40
                .emit(Opcode.SW, 6, 20, 5)                   // 44: the patch
                .emit(Opcode.ADDI, 18, 0, 1);                // 48
        if (fenceI) {
            t.emit(Opcode.FENCE_I);                          // 52
        }
        int back = fenceI ? 56 : 52;
        return t.emit(Opcode.JAL, 0, 16 - back)              // → 16
                .emit(Opcode.ANDI, 10, 10, 255)              // exit: a0 & 255
                .syscall(93);
    }

    @Test
    void aStoreIntoTranslatedCodeIsSeenWithAndWithoutFenceI() throws Exception {
        for (boolean fenceI : new boolean[] {false, true}) {
            Run r = bothAlike(patchingLoop(fenceI), Limits.DEFAULT, new Engine.Translate(50));
            assertThat(r.result().stop()).isEqualTo(new RunResult.Stop.Exited(3000 & 255));
        }
    }

    /**
     * A translated loop whose store, followed by more instructions of its block, writes into the
     * loop's own code from round 150 on: the rest of the block runs in the interpreter and must be
     * counted once, not once by the translated block's entry and again by the interpreter.
     */
    @Test
    void aStoreIntoCodeInTheMiddleOfATranslatedBlockCountsTheRestOnce() throws Exception {
        TinyExecutable t = new TinyExecutable().writable().memorySize(0x3000)
                .emit(Opcode.AUIPC, 5, 0)                    //  0: t0 = code
                .emit(Opcode.ADDI, 8, 0, 0)                  //  4: s0 = 0
                .emit(Opcode.ADDI, 9, 0, 300)                //  8: s1 = rounds
                .emit(Opcode.ADDI, 6, 0, 150)                // 12: t1 = the first round that stores into code
                .emit(Opcode.LW, 7, 0, 5)                    // 16: t2 = the word at code, stored back unchanged
                .li(28, TinyExecutable.BASE + 0x2000)        // 20, 24: t3 = a data word two pages on
                .emit(Opcode.ADDI, 8, 8, 1)                  // 28: s0 += 1
                .emit(Opcode.BNE, 8, 6, 8)                   // 32: → 40 but in round 150
                .emit(Opcode.ADDI, 28, 5, 0)                 // 36: t3 = code
                .emit(Opcode.SW, 7, 0, 28)                   // 40: the store, three instructions before its block ends
                .emit(Opcode.ADDI, 10, 10, 1)                // 44: a0 += 1
                .emit(Opcode.ADDI, 11, 11, 1)                // 48
                .emit(Opcode.BLT, 8, 9, -24)                 // 52: → 28
                .emit(Opcode.ANDI, 10, 10, 255)              // 56
                .syscall(93);
        Run r = bothAlike(t, Limits.DEFAULT, new Engine.Translate(50));
        assertThat(r.result().stop()).isEqualTo(new RunResult.Stop.Exited(300 & 255));
    }

    /** Counts words from the image's start upwards until the loads leave the 1 MiB segment. */
    private static TinyExecutable walkOffTheEnd() {
        return new TinyExecutable().memorySize(1 << 20)
                .emit(Opcode.LUI, 5, (int) TinyExecutable.BASE)    //  0: t0 = BASE
                .emit(Opcode.ADDI, 8, 0, 0)                        //  4: s0 = 0
                .emit(Opcode.ADDI, 8, 8, 1)                        //  8: s0 += 1
                .emit(Opcode.LD, 11, 0, 5)                         // 12: a1 = *t0, faults in the middle of the block
                .emit(Opcode.ADD, 12, 12, 11)                      // 16
                .emit(Opcode.ADDI, 5, 5, 8)                        // 20
                .emit(Opcode.JAL, 0, -16);                         // 24: → 8
    }

    @Test
    void aFaultInTheMiddleOfATranslatedBlockIsReportedAsTheInterpreterReportsIt() throws Exception {
        Run r = bothAlike(walkOffTheEnd(), Limits.DEFAULT, new Engine.Translate(100));
        RunResult.Stop.Fault f = (RunResult.Stop.Fault) r.result().stop();
        assertThat(f.cause()).isEqualTo("load-access");
        assertThat(f.pc()).isEqualTo(TinyExecutable.BASE + TinyExecutable.CODE_OFFSET + 12);
        assertThat(f.address()).isEqualTo(TinyExecutable.BASE + (1 << 20));
        assertThat(f.registers()[8]).as("s0, incremented before the load").isEqualTo((1 << 17) + 1);
        assertThat(r.result().exitCode()).isEqualTo(RunResult.EXIT_SEGV);
    }

    @Test
    void theInstructionLimitStopsTranslatedCodeExactly() throws Exception {
        for (long limit : new long[] {100_003, 100_004, 100_005, 100_006, 100_007}) {
            Run r = bothAlike(walkOffTheEnd(), new Limits(limit, 64L << 20), new Engine.Translate(100));
            assertThat(r.result().stop()).isEqualTo(new RunResult.Stop.LimitReached(limit));
            assertThat(r.result().counters().instructions()).isEqualTo(limit);
        }
    }

    /**
     * A loop nest whose inner loop (3 instructions at 8) runs 2,000 rounds each time it is entered: it
     * is translated first, and the regions made later around it leave to its translation rather than
     * copying it, so its instructions are translated once; the nest has 7 instructions that run often.
     */
    @Test
    void regionsAroundALongRunningInnerLoopLeaveToItsTranslation() throws Exception {
        TinyExecutable t = new TinyExecutable()
                .emit(Opcode.ADDI, 9, 0, 300)      //  0: s1 = outer rounds
                .emit(Opcode.ADDI, 8, 0, 2000)     //  4: O: s0 = inner rounds
                .emit(Opcode.ADDI, 10, 10, 1)      //  8: I: a0 += 1
                .emit(Opcode.ADDI, 8, 8, -1)       // 12
                .emit(Opcode.BNE, 8, 0, -8)        // 16: → I
                .emit(Opcode.ADDI, 11, 11, 3)      // 20
                .emit(Opcode.ADDI, 9, 9, -1)       // 24
                .emit(Opcode.BNE, 9, 0, -24)       // 28: → O
                .emit(Opcode.ANDI, 10, 10, 255)    // 32
                .syscall(93);
        Run r = bothAlike(t, Limits.DEFAULT, new Engine.Translate(50));
        assertThat(r.result().stop()).isEqualTo(new RunResult.Stop.Exited(300 * 2000 & 255));
        assertThat(r.engine().translatedInstructions() - 7).as("instructions translated twice").isLessThan(3);
    }

    @Test
    void translationsAliveStayWithinTheirBound() throws Exception {
        TinyExecutable t = new TinyExecutable();
        for (int loop = 0; loop < 40; loop++) {
            t.emit(Opcode.ADDI, 8, 0, 20)      // s0 = 20
                    .emit(Opcode.ADDI, 8, 8, -1)   // L: s0 -= 1
                    .emit(Opcode.ADD, 10, 10, 8)
                    .emit(Opcode.BNE, 8, 0, -8);   // → L
        }
        t.emit(Opcode.ANDI, 10, 10, 255).syscall(93);
        Run r = bothAlike(t, Limits.DEFAULT, new Engine.Translate(2, 8));
        assertThat(r.result().stop()).isEqualTo(new RunResult.Stop.Exited(40 * 190 & 255));
        assertThat(r.engine().alive()).isLessThanOrEqualTo(8);
        assertThat(r.engine().evictions()).isPositive();
        assertThat(r.engine().translations()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void aLongLoopBodyIsCutIntoMethodsHotSpotCompiles() throws Exception {
        TinyExecutable t = new TinyExecutable().emit(Opcode.ADDI, 8, 0, 30);    // s0 = 30
        for (int i = 0; i < 350; i++) {                                          // L: 700 memory accesses
            t.emit(Opcode.LD, 11, i % 8 * 8, 2).emit(Opcode.SD, 11, 64 + i % 8 * 8, 2);
        }
        t.emit(Opcode.ADDI, 8, 8, -1).emit(Opcode.BNE, 8, 0, -4 * 701)          // → L
                .emit(Opcode.ADDI, 10, 0, 0).syscall(93);
        Run r = bothAlike(t, Limits.DEFAULT, new Engine.Translate(2));
        assertThat(r.result().stop()).isEqualTo(new RunResult.Stop.Exited(0));
        assertThat(r.engine().largestMethodBytes()).isPositive().isLessThanOrEqualTo(TranslationCompiler.MAX_CODE_BYTES);
        assertThat(r.engine().translations()).as("the body in several pieces").isGreaterThanOrEqualTo(700 / Translations.MAX_REGION + 1);
    }
}
