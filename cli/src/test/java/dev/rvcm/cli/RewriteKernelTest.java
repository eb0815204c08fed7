package dev.rvcm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rvcm.testing.Corpus;
import dev.rvcm.testing.ReferenceTools;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The medany and medlow kernels' {@code vmlinux.o} rewritten to semi-pic: the result's code
 * disassembles as objdump disassembles it, line for line, and its audit finds no ABSOLUTE code
 * access (the medlow original has 57,820).
 */
class RewriteKernelTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path medany;
    static Path medlow;

    @BeforeAll
    static void rewrite() {
        medany = rewritten("medany");
        medlow = rewritten("medlow");
    }

    @Test
    void theRewrittenCodeDisassemblesAsObjdumpSaysIt() throws Exception {
        ReferenceTools.require(ReferenceTools.OBJDUMP, "binutils-riscv64-linux-gnu");
        Path theirs = dir.resolve("objdump.txt");
        Path ours = dir.resolve("rvcm.txt");
        Process objdump = new ProcessBuilder(ReferenceTools.OBJDUMP, "-dr", "--section=.text", medany.toString())
            .redirectOutput(theirs.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream out = Files.newOutputStream(ours)) {
            var cli = Rvcm.commandLine(out, new ByteArrayOutputStream());
            assertThat(cli.execute("disasm", "--section", ".text", medany.toString())).isZero();
            cli.getOut().flush();
        }
        assertThat(objdump.waitFor()).isZero();
        DisasmDifferentialTest.Comparison result = DisasmDifferentialTest.Comparison.of(ours, theirs);
        System.out.printf("semi-pic medany vmlinux.o .text: %s%n", result.summary());
        assertThat(result.instructions).isGreaterThan(2_000_000);
        assertThat(result.mismatches()).as(result.report()).isZero();
    }

    @Test
    void noAbsoluteCodeAccessIsLeft() throws Exception {
        assertThat(absoluteCodeAccesses(Corpus.kernel("medlow", "vmlinux.o"))).isGreaterThan(50_000);
        assertThat(absoluteCodeAccesses(medlow)).isZero();
        assertThat(absoluteCodeAccesses(medany)).isZero();
    }

    private static long absoluteCodeAccesses(Path object) throws Exception {
        CliRun audit = CliRun.of("audit", "--format", "json", object.toString());
        JsonNode file = JSON.readTree(audit.out()).at("/files/0");
        long absolute = 0;
        for (JsonNode access : file.get("accesses")) {
            if (access.path("kind").asText().equals("ABSOLUTE")) {
                absolute++;
            }
        }
        return absolute;
    }

    private static Path rewritten(String model) {
        Path out = dir.resolve(model + "-semi-pic.o");
        long start = System.nanoTime();
        CliRun rewrite = CliRun.of("rewrite", Corpus.kernel(model, "vmlinux.o").toString(), "-o", out.toString(),
            "--model", "semi-pic");
        assertThat(rewrite.exitCode()).as(rewrite.err()).isZero();
        System.out.printf("%s vmlinux.o rewritten to semi-pic in %.1f s (in-process): %s%n", model,
            (System.nanoTime() - start) / 1e9, String.join(" ", List.of(rewrite.out().split("\n")).subList(0, 1)));
        return out;
    }
}
