package dev.rvcm.dist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rvcm.testing.Corpus;
import dev.rvcm.testing.CrossBuild;
import dev.rvcm.testing.Processes;
import dev.rvcm.testing.ReferenceTools;
import dev.rvcm.testing.SarifReferences;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The integration examples of {@code examples/} run with the distribution {@code mvn package}
 * built (system property {@code rvcm.distribution}, the linux-x64 tarball), unpacked as a user
 * would: the kbuild post-link gate under GNU make, the GitHub workflow's steps as a runner runs them.
 */
class ExamplesIT {
    /** A freestanding program whose only dynamic relocations, linked -static -pie, are R_RISCV_RELATIVE. */
    private static final String RELOCATABLE = """
        static const char *greetings[] = {"hello", "world"};
        const char **table = greetings;
        void _start(void) { for (;;) { } }
        """;

    @TempDir
    static Path installed;
    static Path rvcm;

    @BeforeAll
    static void unpackTheDistribution() throws IOException, InterruptedException {
        Path tarball = Path.of(System.getProperty("rvcm.distribution"));
        assertThat(tarball).isRegularFile();
        assertThat(new ProcessBuilder("tar", "xzf", tarball.toString(), "-C", installed.toString()).inheritIO().start().waitFor())
            .isZero();
        try (var dirs = Files.list(installed)) {
            rvcm = dirs.findFirst().orElseThrow().resolve("bin/rvcm");
        }
    }

    @Test
    void thePostLinkGatePassesAnImageWhoseDynamicRelocationsAreAllRelative(@TempDir Path dir) throws Exception {
        CrossBuild build = new CrossBuild(dir);
        Path object = build.compile("relocatable", RELOCATABLE, "-fPIE", "-ffreestanding");
        Path vmlinux = build.link("vmlinux", List.of("-static", "-pie", "--no-dynamic-linker", "-e", "_start"), object);
        assertThat(Processes.output(List.of(ReferenceTools.READELF, "-rW", vmlinux.toString())))
            .as("the image has dynamic relocations to check").contains("R_RISCV_RELATIVE");
        Outcome make = postLink(dir);
        assertThat(make.exitCode()).as(make.output()).isZero();
        assertThat(make.output()).contains("RVCM    vmlinux (relocatable-kernel)", "rvcm: 0 findings against policy relocatable-kernel");
    }

    @Test
    void thePostLinkGateStopsMakeOnFindings(@TempDir Path dir) throws Exception {
        Files.copy(Corpus.glibc(Corpus.LIBC_SO), dir.resolve("vmlinux"));
        Outcome make = postLink(dir);
        assertThat(make.exitCode()).as(make.output()).isEqualTo(2);
        assertThat(make.output()).contains("vmlinux:.got+0x", "R_RISCV_64 free@@GLIBC_2.27", "findings against policy relocatable-kernel",
            "Makefile.postlink:", "vmlinux] Error 1");
    }

    @Test
    void theWorkflowPassesObjectsWithoutFindings(@TempDir Path dir) throws Exception {
        WorkflowRun.Result job = workflow(dir, "linkage/pie");
        assertThat(job.failed()).as("%s", job.steps()).isFalse();
        assertThat(job.steps()).extracting(WorkflowRun.Step::name)
            .containsExactly("Install rvcm", "Build", "Check the objects");
        assertThat(SarifReferences.schemaErrors(new ObjectMapper().readTree(dir.resolve("workspace/rvcm.sarif").toFile()))).isEmpty();
    }

    @Test
    void theWorkflowWritesValidSarifAndFailsOnlyAfterTheUpload(@TempDir Path dir) throws Exception {
        WorkflowRun.Result job = workflow(dir, "linkage/medlow");
        assertThat(job.step("Check the objects").exitCode()).as(job.step("Check the objects").output()).isZero();
        assertThat(job.step("Fail on findings").exitCode()).isEqualTo(1);
        Path sarif = dir.resolve("workspace/rvcm.sarif");
        assertThat(new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/results").size()).isPositive();
        assertThat(SarifReferences.schemaErrors(new ObjectMapper().readTree(sarif.toFile()))).isEmpty();
        assertThat(SarifReferences.multitoolProblems(sarif)).isEmpty();
    }

    private record Outcome(int exitCode, String output) {
    }

    private static Outcome postLink(Path dir) throws IOException, InterruptedException {
        ReferenceTools.require("make", "make");
        Path makefile = Corpus.repository().resolve("examples/kbuild/Makefile.postlink");
        Process make = new ProcessBuilder("make", "-f", makefile.toString(), "vmlinux", "RVCM=" + rvcm)
            .directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(make.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(make.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Outcome(make.exitValue(), output);
    }

    /** The example workflow on a workspace whose build puts the fixture objects of {@code fixtures} in build/. */
    private static WorkflowRun.Result workflow(Path dir, String fixtures) throws IOException, InterruptedException {
        Path workspace = Files.createDirectories(dir.resolve("workspace"));
        Files.writeString(workspace.resolve("Makefile"), "all:\n\tmkdir -p build && cp " + Corpus.fixture(fixtures + "/linkage_main.o")
            + " " + Corpus.fixture(fixtures + "/linkage_lib.o") + " build/\n");
        Path tarball = Path.of(System.getProperty("rvcm.distribution"));
        return WorkflowRun.run(Corpus.repository().resolve("examples/github/rvcm-code-scanning.yml"), workspace,
            Map.of("RVCM_DIST", tarball.toUri().toString()));
    }
}
