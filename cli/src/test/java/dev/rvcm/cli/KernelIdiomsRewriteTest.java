package dev.rvcm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rvcm.testing.Corpus;
import dev.rvcm.testing.CrossBuild;
import dev.rvcm.testing.Processes;
import dev.rvcm.testing.ReferenceTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the kernel boot ({@link KernelBootTest}) needed, on objects small enough to show a failure in
 * seconds: {@code corpus/src/asm/kernel-idioms.s} holds the kernel's tables of code offsets
 * ({@code __ex_table}, {@code __jump_table}, {@code __bug_table}, {@code .alternative} with its boot-time
 * patching) behind code that grows when rewritten, and {@code boot-head.s} the boot code a PIC kernel
 * hung in when it loaded link-time addresses from the GOT with the MMU off. Both are rewritten to each
 * model, linked by GNU ld and run under qemu-riscv64, where the program checks every table entry
 * against the label it names and follows them.
 */
class KernelIdiomsRewriteTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OK = "kernel idioms: ok\n";
    private static final String BOOT_CODE = "^\\.head\\.text$";

    @TempDir
    Path dir;

    @Test
    void tablesOfCodeOffsetsFollowTheCodeInEachModel() throws Exception {
        ReferenceTools.require(ReferenceTools.QEMU, "qemu-user");
        Path idioms = assemble("kernel-idioms");
        Path head = assemble("boot-head");
        assertThat(run(link("original", idioms, head))).isEqualTo(OK);
        for (String model : List.of("semi-pic", "pic")) {
            JsonNode report = rewrite(idioms, model + "-idioms.o", model);
            assertThat(report.at("/total/codeBytesAfter").asLong()).as("%s: the code moved", model)
                .isGreaterThan(report.at("/total/codeBytesBefore").asLong());
            rewrite(head, model + "-head.o", model, "--semi-pic-sections", BOOT_CODE);
            assertThat(run(link(model, dir.resolve(model + "-idioms.o"), dir.resolve(model + "-head.o"))))
                .as("%s: the rewritten program", model).isEqualTo(OK);
        }
    }

    @Test
    void picKeepsBootCodeOffTheGot() throws Exception {
        Path head = assemble("boot-head");
        rewrite(head, "pic-all.o", "pic");
        rewrite(head, "pic-boot.o", "pic", "--semi-pic-sections", BOOT_CODE);
        JsonNode all = sections(dir.resolve("pic-all.o"));
        JsonNode boot = sections(dir.resolve("pic-boot.o"));
        assertThat(all.at("/.head.text/GOT").asInt()).as("boot code of a plain pic rewrite").isEqualTo(1);
        assertThat(boot.at("/.head.text/GOT").asInt()).as("boot code kept semi-PIC").isZero();
        assertThat(boot.at("/.head.text/PC_RELATIVE").asInt()).isEqualTo(1);
        assertThat(boot.at("/.text/GOT").asInt()).as("the rest still pic").isEqualTo(1);
    }

    private Path assemble(String name) throws IOException {
        return new CrossBuild(dir).assemble(name, Files.readString(Corpus.repository().resolve("corpus/src/asm/" + name + ".s")));
    }

    private JsonNode rewrite(Path in, String out, String model, String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("rewrite", in.toString(), "-o", dir.resolve(out).toString(), "--model",
            model, "--format", "json"));
        args.addAll(List.of(options));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    private JsonNode sections(Path object) throws IOException {
        CliRun audit = CliRun.of("audit", "--format", "json", object.toString());
        assertThat(audit.exitCode()).as(audit.err()).isIn(ExitCodes.OK, ExitCodes.FINDINGS);
        return JSON.readTree(audit.out()).at("/files/0/sections");
    }

    private Path link(String name, Path... objects) {
        return new CrossBuild(dir).link(name, List.of("-static", "--no-warn-rwx-segments"), objects);
    }

    private static String run(Path program) {
        return Processes.output(List.of(ReferenceTools.QEMU, program.toString()));
    }
}
