package dev.rvcm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rvcm.testing.Corpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rvcm compare} end to end on corpus programs and programs built at test time: identical outputs,
 * differences, {@code --ignore-lines} with the deterministic clock, the JSON contract, usage errors.
 */
class CompareCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String STOPWATCH = """
            #include <stdio.h>
            #include <stdlib.h>
            #include <time.h>
            long total;
            __attribute__((noinline)) void add(long i) { total += i ^ (i >> 3); }
            int main(int argc, char **argv) {
                long n = argc > 1 ? atol(argv[1]) : 1000;
                struct timespec a, b;
                clock_gettime(CLOCK_MONOTONIC, &a);
                for (long i = 0; i < n; i++) add(i);
                clock_gettime(CLOCK_MONOTONIC, &b);
                printf("total %ld\\n", total);
                printf("elapsed %.6f s\\n", (b.tv_sec - a.tv_sec) + (b.tv_nsec - a.tv_nsec) / 1e9);
                return 0;
            }
            """;

    private static CliRun compare(String... args) {
        List<String> all = new ArrayList<>(List.of("compare"));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void codeModelVariantsOfABenchmarkWriteTheSameAndGccPicLoadsItsGlobalThroughTheGot() throws IOException {
        Path build = CrossPrograms.corpus();
        CliRun run = compare("--models", "none", "--format", "json", "--link-arg", "-lm",
            build.resolve("medany/hashbench/hashbench.o").toString(),
            "--variant", "medlow=" + build.resolve("medlow/hashbench/hashbench"),
            "--variant", "gcc-pic=" + build.resolve("pic/hashbench/hashbench"), "--", "300");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.get("baseline").asText()).isEqualTo("original");
        assertThat(json.get("identicalOutputs").asBoolean()).isTrue();
        assertThat(json.get("clock").asText()).isEqualTo("instructions@1000");
        JsonNode variants = json.get("variants");
        assertThat(variants).hasSize(3);
        for (JsonNode v : variants) {
            assertThat(v.fieldNames()).toIterable().contains("name", "exitCode", "stdoutSha256", "codeSize", "gotEntries",
                "dataFixups", "absoluteAccesses", "gpRelativeAccesses", "instructions", "loads", "gotLoads", "gotLoadsBySymbol",
                "cycles", "overheadPercent");
            assertThat(v.get("stdoutSha256").asText()).isEqualTo(variants.get(0).get("stdoutSha256").asText());
            assertThat(v.at("/cycles/rocket").asLong()).isPositive();
            assertThat(v.at("/cycles/sifive-u74").asLong()).isPositive();
            assertThat(v.get("overheadPercent").fieldNames()).toIterable().containsExactly("instructions", "rocket", "sifive-u74");
        }
        assertThat(variants.get(0).at("/ownCode/gotLoads").asLong()).isZero();
        assertThat(variants.get(1).at("/ownCode/gotLoads").asLong()).isZero();
        JsonNode gccPic = variants.get(2);
        assertThat(gccPic.at("/ownCode/gotLoads").asLong()).isPositive();
        assertThat(gccPic.at("/gotLoadsBySymbol/key_digits").asLong()).isEqualTo(gccPic.at("/ownCode/gotLoads").asLong());
        assertThat(gccPic.at("/hotSymbols/0/name").asText()).isEqualTo("key_digits");
        assertThat(variants.get(0).at("/overheadPercent/instructions").asDouble()).isZero();
        assertThat(gccPic.at("/overheadPercent/instructions").asDouble()).isPositive();
        assertThat(variants.get(1).at("/ownCode/absoluteAccesses").asLong())
            .isGreaterThan(variants.get(0).at("/ownCode/absoluteAccesses").asLong());
    }

    @Test
    void rewrittenToSemiPicTheProgramsOwnCodeHasNoGotLoadAndNoAbsoluteOrGpRelativeAccess() throws IOException {
        Path build = CrossPrograms.corpus();
        CliRun run = compare("--format", "json", "--link-arg", "-lm", build.resolve("medany/crcsort/crcsort.o").toString(), "--", "300");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("variants")).extracting(v -> v.get("name").asText()).containsExactly("original", "semi-pic", "pic");
        assertThat(json.get("identicalOutputs").asBoolean()).isTrue();
        JsonNode original = json.at("/variants/0");
        JsonNode semiPic = json.at("/variants/1");
        JsonNode pic = json.at("/variants/2");
        assertThat(semiPic.get("accessesFrom").asText()).isEqualTo("RELOCATIONS");
        assertThat(original.at("/ownCode/gpRelativeAccesses").asLong()).as("medany: rng_state relaxed against gp").isPositive();
        assertThat(semiPic.at("/ownCode/gpRelativeAccesses").asLong()).isZero();
        assertThat(semiPic.at("/ownCode/absoluteAccesses").asLong()).isZero();
        assertThat(semiPic.at("/ownCode/gotLoads").asLong()).isZero();
        assertThat(pic.at("/ownCode/gotLoads").asLong()).as("pic reaches crcsort's globals through the GOT").isPositive();
        assertThat(semiPic.get("steps").fieldNames()).toIterable().containsExactly("rewrite", "link", "audit", "run");
    }

    @Test
    void aDifferentOutputIsExitOneWithTheFirstDifferingLinesAndNoNumbers() {
        Path build = CrossPrograms.corpus();
        CliRun run = compare("--variant", "nbody=" + build.resolve("medany/nbody/nbody"),
            "--variant", "crcsort=" + build.resolve("medany/crcsort/crcsort"), "--", "10");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains("Outputs differ from nbody's").contains("crcsort: stdout line 1 differs")
            .contains("  nbody   | steps 10").doesNotContain("dynamic:").doesNotContain("instructions  ");
        assertThat(run.err()).isEqualTo("rvcm: crcsort: stdout line 1 differs\n");
    }

    @Test
    void aSelfTimedProgramAgreesOnceItsTimingLinesAreLeftOutAndPrintsTheSameEveryRun(@TempDir Path dir) throws IOException {
        Path medany = CrossPrograms.program(dir, "stopwatch-medany",
            CrossPrograms.object(dir, "medany", STOPWATCH, "-mcmodel=medany", "-fno-pie"));
        Path pic = CrossPrograms.program(dir, "stopwatch-pic", CrossPrograms.object(dir, "pic", STOPWATCH, "-fPIC"));
        String[] variants = {"--variant", "medany=" + medany, "--variant", "pic=" + pic, "--", "20000"};
        List<String> modeled = new ArrayList<>(List.of("--clock", "cycles:sifive-u74"));
        modeled.addAll(List.of(variants));
        CliRun differ = compare(modeled.toArray(String[]::new));
        assertThat(differ.exitCode()).as("each call of the pic build waits for a GOT load, so its clock says more").isEqualTo(1);
        assertThat(differ.out()).contains("stdout line 2 differs").contains("elapsed 0.000");

        List<String> ignoring = new ArrayList<>(List.of("--format", "json", "--ignore-lines", "^elapsed "));
        ignoring.addAll(List.of(variants));
        CliRun first = compare(ignoring.toArray(String[]::new));
        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
        JsonNode json = JSON.readTree(first.out());
        assertThat(json.at("/ignoredLines/0/pattern").asText()).isEqualTo("^elapsed ");
        assertThat(json.at("/ignoredLines/0/baselineLines/0").asText()).startsWith("elapsed 0.0");
        assertThat(json.at("/variants/1/ignoredLines").asInt()).isEqualTo(1);
        assertThat(json.at("/variants/1/gotLoadsBySymbol/total").asLong()).isPositive();
        CliRun second = compare(ignoring.toArray(String[]::new));
        assertThat(withoutTimes(second.out())).isEqualTo(withoutTimes(first.out()));

        List<String> text = new ArrayList<>(List.of("--clock", "cycles:sifive-u74@1000", "--ignore-lines", "^elapsed "));
        text.addAll(List.of(variants));
        CliRun cycles = compare(text.toArray(String[]::new));
        assertThat(cycles.exitCode()).isZero();
        assertThat(cycles.out()).contains("guest clock cycles:sifive-u74@1000")
            .contains("Left out of the comparison by --ignore-lines '^elapsed ': 1 line of the baseline, e.g. \"elapsed 0.0");
    }

    /** The JSON without the wall-clock times of the steps, which differ from run to run. */
    private static JsonNode withoutTimes(String json) throws IOException {
        JsonNode tree = JSON.readTree(json);
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree).remove("wallSeconds");
        tree.get("variants").forEach(v -> ((com.fasterxml.jackson.databind.node.ObjectNode) v).remove("steps"));
        return tree;
    }

    @Test
    void staticallyTwoBuildsSideBySide() throws IOException {
        Path medlow = Corpus.fixture("linkage/medlow/linkage_main.o");
        Path pic = Corpus.fixture("linkage/pic/linkage_main.o");
        CliRun run = compare("--static", "--format", "json", medlow.toString(), pic.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("mode").asText()).isEqualTo("static");
        for (int i = 0; i < 2; i++) {
            String file = i == 0 ? medlow.toString() : pic.toString();
            JsonNode audit = JSON.readTree(CliRun.of("audit", "--format", "json", file).out());
            assertThat(json.at("/images/" + i + "/codeModel").asText()).isEqualTo(audit.at("/files/0/model").asText());
            assertThat(json.at("/images/" + i + "/accessesByKind")).isEqualTo(audit.at("/files/0/summary"));
        }
        assertThat(json.at("/images/0/codeModel").asText()).isEqualTo("MEDLOW");
        assertThat(json.at("/images/0/absoluteAccesses").asLong()).isEqualTo(58);
        assertThat(json.at("/images/0/accessesByKind/ABSOLUTE").asLong()).isEqualTo(58);
        assertThat(json.at("/images/1/accessesByKind/GOT").asLong()).isPositive();
        assertThat(json.at("/images/0/blockers/0/symbol").asText()).isEqualTo("lk_counter");
        CliRun text = compare("--static", medlow.toString(), pic.toString());
        assertThat(text.out()).contains("rvcm compare --static: " + medlow + " vs " + pic)
            .containsPattern("ABSOLUTE +58 +0");
    }

    @Test
    void theMedanyAndMedlowKernelsSideBySide() throws IOException {
        Path medany = Corpus.kernel("medany", "vmlinux");
        Path medlow = Corpus.kernel("medlow", "vmlinux");
        CliRun run = compare("--static", "--format", "json", medany.toString(), medlow.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JSON.readTree(run.out());
        List<Path> kernels = List.of(medany, medlow);
        for (int i = 0; i < 2; i++) {
            dev.rvcm.analyzer.Audit audit = dev.rvcm.analyzer.Audit.of(dev.rvcm.relocs.Inputs.open(kernels.get(i)).getFirst());
            JsonNode image = json.get("images").get(i);
            assertThat(image.get("codeModel").asText()).isEqualTo(audit.model().model().name());
            for (dev.rvcm.analyzer.AccessKind kind : dev.rvcm.analyzer.AccessKind.values()) {
                assertThat(image.at("/accessesByKind/" + kind.name()).asLong()).as(kind.name()).isEqualTo(audit.totals()[kind.ordinal()]);
            }
            assertThat(image.get("gpRelativeAccesses").asLong()).isEqualTo(audit.verdict().gpRelative());
            assertThat(image.get("dataFixups").asLong()).isEqualTo(audit.verdict().dataWords());
        }
        assertThat(json.at("/images/0/codeModel").asText()).isEqualTo("MEDANY");
        assertThat(json.at("/images/1/codeModel").asText()).isEqualTo("MEDLOW");
        assertThat(json.at("/images/1/absoluteAccesses").asLong()).isGreaterThan(json.at("/images/0/absoluteAccesses").asLong());
    }

    @Test
    void usageErrorsAndUnmakeableVariantsExitTwo() {
        Path tiny = Corpus.fixture("tiny-medany");
        Path object = Corpus.fixture("linkage/medany/linkage_main.o");
        List<String[]> bad = List.of(new String[] {}, new String[] {"--variant", "nameonly"},
            new String[] {"--variant", "a=" + tiny, "--variant", "a=" + tiny},
            new String[] {"--variant", "a=" + tiny, "--clock", "sundial"},
            new String[] {"--variant", "a=" + tiny, "--preset", "cortex-a53"},
            new String[] {"--variant", "a=" + tiny, "--ignore-lines", "("},
            new String[] {object.toString(), "--models", "large"},
            new String[] {"--static", tiny.toString()},
            new String[] {"--variant", "a=/no/such/program"},
            new String[] {"--variant", "a=" + object},
            new String[] {object.toString(), "--models", "none", "--cc", "no-such-compiler-driver"});
        for (String[] args : bad) {
            CliRun run = compare(args);
            assertThat(run.exitCode()).as(String.join(" ", args) + "\n" + run.err()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.err()).as(String.join(" ", args)).isNotBlank().doesNotContain("Exception");
        }
    }
}
