package dev.rvcm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rvcm.testing.CrossBuild;
import dev.rvcm.testing.TinyElf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rvcm check}: each preset and policy-file rule, on small objects built for it, and every exit code. */
class CheckCommandTest {
    private static final String GLOBALS = """
        extern int counter;
        int local_total;
        int bump(void) { local_total += 2; return ++counter; }
        """;
    private static final int R_RISCV_GPREL_I = 47;

    @TempDir
    Path dir;
    private CrossBuild build;

    @BeforeEach
    void setUp() {
        build = new CrossBuild(dir);
    }

    @Test
    void semiPicPassesPieAndFailsMedlowNamingEachAccess() {
        Path pie = build.compile("pie", GLOBALS, "-fPIE");
        CliRun clean = CliRun.of("check", "--policy", "semi-pic", pie.toString());
        assertThat(clean.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(clean.out()).isEmpty();
        assertThat(clean.err()).isEqualTo("rvcm: 0 findings against policy semi-pic\n");

        Path medlow = build.compile("medlow", GLOBALS, "-mcmodel=medlow", "-fno-pie");
        CliRun dirty = CliRun.of("check", "--policy", "semi-pic", medlow.toString());
        assertThat(dirty.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(dirty.out().lines()).isNotEmpty()
            .allMatch(l -> l.matches(java.util.regex.Pattern.quote(medlow.toString())
                + ":\\.text\\+0x[0-9a-f]+ \\(bump(\\+0x[0-9a-f]+)?\\): ABSOLUTE (counter|local_total) — no ABSOLUTE access"))
            .anyMatch(l -> l.contains(" counter ")).anyMatch(l -> l.contains(" local_total "));
    }

    @Test
    void semiPicFailsGpRelativeAccesses() throws IOException {
        Path gp = Files.write(dir.resolve("gp.o"), new TinyElf().relocation(0, R_RISCV_GPREL_I, 1, 0).build());
        CliRun run = CliRun.of("check", "--policy", "semi-pic", gp.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).isEqualTo(gp + ":.text+0x0: GP_RELATIVE sym — no GP_RELATIVE access\n");
    }

    @Test
    void noAbsoluteCodeForbidsHi20Only() {
        Path medlow = build.compile("medlow", GLOBALS, "-mcmodel=medlow", "-fno-pie");
        Path medany = build.compile("medany", GLOBALS, "-mcmodel=medany", "-fno-pie");
        CliRun dirty = CliRun.of("check", "--policy", "no-absolute-code", medlow.toString());
        assertThat(dirty.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(dirty.out().lines()).allMatch(l -> l.contains(": R_RISCV_HI20 ") && l.endsWith("— no R_RISCV_HI20"));
        assertThat(CliRun.of("check", "--policy", "no-absolute-code", medany.toString()).exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void relocatableKernelAllowsOnlyRelativeDynamicRelocations() {
        Path local = build.assemble("local", """
            .data
            .globl table
            table: .quad table
            """);
        Path external = build.assemble("external", """
            .data
            .quad somewhere_else
            """);
        Path relativeOnly = build.link("relative.so", List.of("-shared", "-Bsymbolic"), local);
        Path withSymbol = build.link("symbolic.so", List.of("-shared"), external);
        assertThat(CliRun.of("check", "--policy", "relocatable-kernel", relativeOnly.toString()).exitCode()).isEqualTo(ExitCodes.OK);
        CliRun dirty = CliRun.of("check", "--policy", "relocatable-kernel", withSymbol.toString());
        assertThat(dirty.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(dirty.out()).contains(": R_RISCV_64 somewhere_else — dynamic relocations only of type R_RISCV_NONE, R_RISCV_RELATIVE");
    }

    @Test
    void yamlPolicyAllowsSymbolsPerSection() {
        Path medlow = build.compile("medlow", GLOBALS, "-mcmodel=medlow", "-fno-pie");
        Path policy = build.write("kaslr.yaml", """
            name: kaslr
            rules:
              - forbid-kind: ABSOLUTE
                sections: '^\\.text'
                allow-symbols: ['^counter$']
            """);
        CliRun run = CliRun.of("check", "--policy", policy.toString(), medlow.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out().lines()).isNotEmpty().allMatch(l -> l.contains(" local_total — no ABSOLUTE access in sections /^\\.text/ except symbols /(?:^counter$)/"));
        assertThat(run.err()).contains("against policy kaslr");
    }

    @Test
    void tomlPolicyLimitsCounts() {
        Path medany = build.compile("medany", GLOBALS, "-mcmodel=medany", "-fno-pie");
        Path strict = build.write("strict.toml", """
            name = "strict"
            [[rules]]
            limit = "PC_RELATIVE"
            max = 0
            """);
        CliRun run = CliRun.of("check", "--policy", strict.toString(), medany.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).matches("(?s).*: PC_RELATIVE x\\d+ — at most 0 PC_RELATIVE accesses\\n");
        Path loose = build.write("loose.toml", "[[rules]]\nlimit = \"PC_RELATIVE\"\nmax = 1000\n");
        assertThat(CliRun.of("check", "--policy", loose.toString(), medany.toString()).exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void badPoliciesAndInputsExitTwo() throws IOException {
        Path pie = build.compile("pie", GLOBALS, "-fPIE");
        CliRun unknown = CliRun.of("check", "--policy", "no-such-preset", pie.toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err().lines()).hasSize(1).first().asString().startsWith("rvcm: unknown policy 'no-such-preset'");

        Path badKind = build.write("bad.yaml", "rules:\n  - forbid-kind: NEAR\n");
        assertThat(CliRun.of("check", "--policy", badKind.toString(), pie.toString()).err())
            .contains("rule 1: unknown access kind 'NEAR'");
        Path broken = build.write("broken.yaml", "rules: [\n");
        assertThat(CliRun.of("check", "--policy", broken.toString(), pie.toString()).exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        Path noRules = build.write("empty.toml", "name = \"x\"\n");
        assertThat(CliRun.of("check", "--policy", noRules.toString(), pie.toString()).err()).contains("expected a list 'rules'");

        Path garbage = Files.writeString(dir.resolve("garbage.o"), "not an object");
        CliRun bad = CliRun.of("check", "--policy", "semi-pic", garbage.toString(), pie.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains("garbage.o: not an ELF file");
        assertThat(CliRun.of("check", pie.toString()).exitCode()).as("--policy is required").isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void jsonAndSarifCarryEveryFinding() throws IOException {
        Path medlow = build.compile("medlow", GLOBALS, "-mcmodel=medlow", "-fno-pie");
        int findings = (int) CliRun.of("check", "--policy", "semi-pic", medlow.toString()).out().lines().count();

        CliRun json = CliRun.of("check", "--policy", "semi-pic", "--format", "json", medlow.toString());
        assertThat(json.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(root.get("findingCount").asInt()).isEqualTo(findings).isPositive();
        assertThat(root.get("findings").get(0).get("rule").asText()).isEqualTo("forbid-kind-ABSOLUTE");

        CliRun sarif = CliRun.of("check", "--policy", "semi-pic", "--format", "sarif", medlow.toString());
        assertThat(sarif.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode log = new ObjectMapper().readTree(sarif.out());
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        JsonNode run = log.get("runs").get(0);
        assertThat(run.at("/tool/driver/name").asText()).isEqualTo("rvcm");
        assertThat(run.at("/tool/driver/rules").size()).isEqualTo(2);
        assertThat(run.get("results").size()).isEqualTo(findings);
        JsonNode first = run.get("results").get(0);
        assertThat(first.get("level").asText()).isEqualTo("error");
        assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).startsWith("file:///");
        assertThat(first.at("/locations/0/physicalLocation/region/byteOffset").asLong()).isPositive();
        assertThat(first.at("/locations/0/logicalLocations/0/name").asText()).isEqualTo("bump");
    }
}
