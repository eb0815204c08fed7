package dev.rvcm.isa.ir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rvcm.relocs.Inputs;
import dev.rvcm.relocs.write.ElfWriter;
import dev.rvcm.relocs.write.OutRelocation;
import dev.rvcm.relocs.write.RelocatableObject;
import dev.rvcm.testing.CrossBuild;
import dev.rvcm.testing.Processes;
import dev.rvcm.testing.ReferenceTools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Code that moves pushes branches out of reach; the writer grows them into forms that reach, as GNU as
 * relaxes branches, or refuses by option. Checked on a program assembled by GNU as, linked by GNU ld and
 * run under qemu-riscv64 (its exit code is its result), both with the branches' relocations as the
 * assembler left them and with the relocations removed (branches the assembler resolved itself).
 */
class BranchFixingTest {
    private static final String PROGRAM = """
        .option rvc
        .text
        .globl _start
        _start:
          li a0, 0
          li s0, 5
        loop:
          addi a0, a0, 3
        mid:
          addi s0, s0, -1
          c.bnez s0, loop
          c.beqz s0, skip
          addi a0, a0, 100
        skip:
          jal ra, helper
          bne a0, zero, good
          li a0, 1
        good:
          c.j done
        unreached:
          li a0, 2
        done:
          li a7, 93
          ecall
        pad:
          ebreak
        helper:
          addi a0, a0, 7
          ret
        """;
    private static final int RESULT = 5 * 3 + 7;
    private static final int ONE_MIB = 1 << 20;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "resolved by the assembler: {0}")
    @ValueSource(booleans = {false, true})
    void compressedBranchesWidenThenInvertOverAJump(boolean resolved) throws IOException {
        assertThat(run(moved("near", resolved, "mid", 300, BranchFixing.EXPAND))).isEqualTo(RESULT);
        assertThat(encodingOf("near", "bnez")).hasSize(8);
        assertThat(run(moved("far", resolved, "mid", 6000, BranchFixing.EXPAND))).isEqualTo(RESULT);
        assertThat(disassembly("far")).contains("beqz\ts0,").contains("j\t");
    }

    @ParameterizedTest(name = "resolved by the assembler: {0}")
    @ValueSource(booleans = {false, true})
    void aCallBeyondOneMebibyteBecomesAuipcAndJalr(boolean resolved) throws IOException {
        assertThat(run(moved("call", resolved, "pad", ONE_MIB + 4096, BranchFixing.EXPAND))).isEqualTo(RESULT);
        assertThat(disassembly("call")).containsPattern("auipc\tra,0x[0-9a-f]+\\s*\\n.*jalr\t-?\\d+\\(ra\\)");
    }

    @Test
    void aPlainJumpBeyondOneMebibyteIsRefused() {
        assertThatThrownBy(() -> moved("jump", false, "unreached", ONE_MIB + 4096, BranchFixing.EXPAND))
            .isInstanceOf(CodeLayoutException.class)
            .hasMessageContaining(".text+0x").hasMessageContaining("done").hasMessageContaining("scratch register");
    }

    @Test
    void refusingNamesTheBranchThatNoLongerReaches() {
        assertThatThrownBy(() -> moved("refused", false, "mid", 300, BranchFixing.REFUSE))
            .isInstanceOf(CodeLayoutException.class)
            .hasMessageMatching("\\.text\\+0x[0-9a-f]+: branch to loop is -3\\d\\d bytes away, out of reach \\(branch fixing is off\\)");
    }

    @Test
    void unmovedCodeIsLeftAsItWas() throws IOException {
        Path original = build("same");
        RelocatableObject object = RelocatableObject.of(Inputs.open(original).getFirst().elf());
        ObjectCodeTransform.apply(object, UnaryOperator.identity(), BranchFixing.REFUSE);
        assertThat(ElfWriter.write(object)).isEqualTo(ElfWriter.write(RelocatableObject.of(Inputs.open(original).getFirst().elf())));
    }

    private Path build(String name) {
        return new CrossBuild(dir).assemble(name, PROGRAM);
    }

    /** The program with {@code bytes} of nops after {@code label}, linked; its branch relocations removed first if {@code resolved}. */
    private Path moved(String name, boolean resolved, String label, int bytes, BranchFixing fixing) throws IOException {
        RelocatableObject object = RelocatableObject.of(Inputs.open(build(name)).getFirst().elf());
        assertThat(run(new CrossBuild(dir).link(name + "-original", List.of(), dir.resolve(name + ".o")))).isEqualTo(RESULT);
        if (resolved) {
            for (List<OutRelocation> table : object.relocations().values()) {
                table.removeIf(r -> BranchForm.isBranchType(r.type()));
            }
        }
        ObjectCodeTransform.apply(object, next -> new InsertNops(next, label, bytes), fixing);
        Path out = Files.write(dir.resolve(name + "-moved.o"), ElfWriter.write(object));
        return new CrossBuild(dir).link(name, List.of(), out);
    }

    private String disassembly(String program) {
        ReferenceTools.require(ReferenceTools.OBJDUMP, "binutils-riscv64-linux-gnu");
        return Processes.output(List.of(ReferenceTools.OBJDUMP, "-d", dir.resolve(program).toString()));
    }

    /** The encoding objdump shows for the first instruction with this mnemonic. */
    private String encodingOf(String program, String mnemonic) {
        Matcher m = Pattern.compile("(?m)^\\s*[0-9a-f]+:\\s+([0-9a-f]+)\\s+" + mnemonic + "\\t").matcher(disassembly(program));
        assertThat(m.find()).as(mnemonic).isTrue();
        return m.group(1);
    }

    private static int run(Path program) {
        ReferenceTools.require(ReferenceTools.QEMU, "qemu-user");
        try {
            Process p = new ProcessBuilder(ReferenceTools.QEMU, program.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return p.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
