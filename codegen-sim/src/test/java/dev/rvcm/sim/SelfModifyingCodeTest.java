package dev.rvcm.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.isa.Opcode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Code patched after it was decoded runs in its new form after {@code fence.i}, with either engine. */
class SelfModifyingCodeTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("dev.rvcm.sim.Engines#both")
    void patchedInstructionRunsAfterFenceI(Engine engine) throws Exception {
        int newWord = Opcode.ADDI.encode(10, 0, 7);
        TinyExecutable t = new TinyExecutable().writable()
                .emit(Opcode.AUIPC, 5, 0)                 //  0
                .emit(Opcode.ADDI, 8, 0, 0)               //  4: s0 = 0
                .emit(Opcode.ADDI, 10, 0, 1)              //  8: a0 = 1, patched to a0 = 7
                .emit(Opcode.BNE, 8, 0, 28)               // 12: second pass → exit
                .emit(Opcode.ADDI, 8, 0, 1)               // 16
                .li(6, newWord)                           // 20, 24
                .emit(Opcode.SW, 6, 8, 5)                 // 28: *(t0 + 8) = newWord
                .emit(Opcode.FENCE_I)                     // 32
                .emit(Opcode.JAL, 0, -28)                 // 36: back to 8
                .syscall(93);                             // 40
        RunResult r = Machine.load(t.build(dir), List.of("smc"), List.of(), Limits.DEFAULT,
                Options.defaults().withEngine(engine)).run();
        assertThat(r.stop()).as(r.stop().describe()).isEqualTo(new RunResult.Stop.Exited(7));
    }
}
