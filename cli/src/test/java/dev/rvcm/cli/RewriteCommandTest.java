package dev.rvcm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rvcm.testing.Corpus;
import dev.rvcm.testing.CrossBuild;
import dev.rvcm.testing.Processes;
import dev.rvcm.testing.ReferenceTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rvcm rewrite} as a command: its report in text and JSON, archives GNU ld can use, and what it
 * refuses — bad options and unreadable input with one line and exit code 2, code it cannot rewrite
 * safely with its place named and exit code 1 — never writing OUT then.
 */
class RewriteCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void textAndJsonReportTheSameChanges() throws Exception {
        String medlow = Corpus.fixture("linkage/medlow/linkage_main.o").toString();
        Path out = dir.resolve("out.o");
        CliRun text = CliRun.of("rewrite", medlow, "-o", out.toString(), "--model", "semi-pic");
        assertThat(text.exitCode()).as(text.err()).isZero();
        CliRun json = CliRun.of("rewrite", medlow, "-o", out.toString(), "--model", "semi-pic", "--format", "json");
        JsonNode report = JSON.readTree(json.out());
        assertThat(report.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(report.get("model").asText()).isEqualTo("semi-pic");
        JsonNode total = report.get("total");
        assertThat(total.at("/changes/luiToAuipc").asInt()).isPositive();
        assertThat(text.out()).contains("lui→auipc                       " + total.at("/changes/luiToAuipc").asInt() + "\n")
            .contains("instructions                    " + total.get("instructionsBefore").asLong() + " → "
                + total.get("instructionsAfter").asLong());
        assertThat(report.at("/files/0/path").asText()).isEqualTo(medlow);
    }

    @Test
    void anArchiveKeepsItsMembersAndAnIndexGnuLdUses() throws Exception {
        ReferenceTools.require(ReferenceTools.AR, "binutils-riscv64-linux-gnu");
        Path archive = dir.resolve("liblinkage.a");
        Processes.output(List.of(ReferenceTools.AR, "rcs", archive.toString(), Corpus.fixture("linkage/medlow/linkage_lib.o").toString()));
        Path rewritten = dir.resolve("liblinkage-semi.a");
        CliRun run = CliRun.of("rewrite", archive.toString(), "-o", rewritten.toString(), "--model", "semi-pic");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Processes.output(List.of(ReferenceTools.AR, "t", rewritten.toString()))).isEqualTo("linkage_lib.o\n");
        assertThat(Processes.output(List.of("riscv64-linux-gnu-nm", "-s", rewritten.toString())))
            .contains("Archive index:").contains("lk_table in linkage_lib.o");
        Path main = dir.resolve("main.o");
        assertThat(CliRun.of("rewrite", Corpus.fixture("linkage/medlow/linkage_main.o").toString(), "-o", main.toString(),
            "--model", "semi-pic").exitCode()).isZero();
        Path exe = dir.resolve("linkage");
        Processes.output(List.of(ReferenceTools.GCC, "-static", "-o", exe.toString(), main.toString(), rewritten.toString()));
        ReferenceTools.require(ReferenceTools.QEMU, "qemu-user");
        assertThat(Processes.output(List.of(ReferenceTools.QEMU, exe.toString())))
            .isEqualTo(Files.readString(Corpus.repository().resolve("corpus/expected/linkage.out")));
    }

    @Test
    void badOptionsAndUnreadableInputAreOneLineAndExitTwo() {
        String medlow = Corpus.fixture("linkage/medlow/linkage_main.o").toString();
        Path out = dir.resolve("never.o");
        assertOneLine(CliRun.of("rewrite", medlow, "-o", out.toString(), "--model", "medium"), ExitCodes.BAD_INPUT,
            "rvcm: unknown code model 'medium' (known: semi-pic, pic); see 'rvcm rewrite --help'");
        assertOneLine(CliRun.of("rewrite", medlow, "-o", out.toString(), "--model", "pic", "--external", "("), ExitCodes.BAD_INPUT,
            "rvcm: '(' is no regular expression: Unclosed group; see 'rvcm rewrite --help'");
        assertOneLine(CliRun.of("rewrite", "/bin/sh", "-o", out.toString(), "--model", "pic"), ExitCodes.BAD_INPUT,
            "rvcm: /bin/sh: machine");
        String program = Corpus.fixture("tiny-medany").toString();
        assertOneLine(CliRun.of("rewrite", program, "-o", out.toString(), "--model", "pic"), ExitCodes.BAD_INPUT,
            "rvcm: " + program + ": only relocatable objects (ET_REL) can be rewritten");
        assertThat(out).doesNotExist();
    }

    @Test
    void codeItCannotRewriteSafelyIsRefusedWhereItIs() throws Exception {
        Path object = new CrossBuild(dir).assemble("numeric", String.join("\n", ".text", ".globl page", ".type page,@function",
            "page:", " lui a0, %hi(table)", " srli a0, a0, 12", " ret", ".size page, .-page", ".data", "table: .dword 0", ""));
        Path out = dir.resolve("never.o");
        assertOneLine(CliRun.of("rewrite", object.toString(), "-o", out.toString(), "--model", "semi-pic"), ExitCodes.FINDINGS,
            "rvcm: " + object + ": .text+0x4 (page): the value of the %hi at +0x0 is used here as a number, not as a %lo base; "
                + out + " not written");
        assertThat(out).doesNotExist();
    }

    private static void assertOneLine(CliRun run, int exitCode, String start) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).singleElement().asString().startsWith(start);
    }
}
