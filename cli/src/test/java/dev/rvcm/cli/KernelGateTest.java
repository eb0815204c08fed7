package dev.rvcm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rvcm.testing.Corpus;
import dev.rvcm.testing.Processes;
import dev.rvcm.testing.ReferenceTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code rvcm check} as kernel CI uses it, on the real kernels: a relocatable-kernel check with
 * nothing to check fails, findings name their function and address (as readelf's symbol and section
 * tables place them), and a baseline of one build passes that build and fails the other with exactly
 * the findings it does not hold.
 */
class KernelGateTest {
    private static final Pattern LINE = Pattern.compile(
        "^(.*):(\\S+)\\+0x([0-9a-f]+) \\((?:([^+ ]+)(?:\\+0x([0-9a-f]+))?, )?0x([0-9a-f]+)\\): (\\S+) (\\S+) — .*$");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"medany", "medlow"})
    void relocatableKernelCheckFailsAnImageWithNothingToCheck(String model) throws IOException {
        ReferenceTools.requireReadelf();
        Path vmlinux = Corpus.kernel(model, "vmlinux");
        String header = Processes.output(List.of(ReferenceTools.READELF, "-hW", vmlinux.toString()));
        assertThat(header).contains("EXEC (Executable file)");
        String sections = Processes.output(List.of(ReferenceTools.READELF, "-SW", vmlinux.toString()));
        assertThat(sections.lines().filter(l -> l.contains(" RELA ") && l.matches(".* [WAXMSILOGTCxoEyDlp]*A[WAXMSILOGTCxoEyDlp]* .*")))
            .as("no loaded relocation section").isEmpty();

        CliRun run = CliRun.of("check", "--policy", "relocatable-kernel", vmlinux.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).isEqualTo(vmlinux + ": NOT_RELOCATABLE (ET_EXEC: linked at a fixed address, no dynamic "
            + "relocations to check) — dynamic relocations only of type R_RISCV_NONE, R_RISCV_RELATIVE in a relocatable (ET_DYN) image\n");
        JsonNode json = new ObjectMapper().readTree(CliRun.of("check", "--policy", "relocatable-kernel", "--format", "json",
            vmlinux.toString()).out());
        assertThat(json.at("/findings/0/kind").asText()).isEqualTo("NOT_RELOCATABLE");
        assertThat(json.at("/findings/0/detail").asText()).contains("no dynamic relocations to check");

        Path lenient = Files.writeString(dir.resolve("fixed-ok.yaml"), """
            rules:
              - dynamic-relocations: [R_RISCV_RELATIVE, R_RISCV_NONE]
                require-relocatable: false
            """);
        assertThat(CliRun.of("check", "--policy", lenient.toString(), vmlinux.toString()).exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void findingsNameTheirFunctionAndAddress() {
        ReferenceTools.requireReadelf();
        Path vmlinux = Corpus.kernel("medany", "vmlinux");
        Map<String, Long> sectionAddress = new HashMap<>();
        Processes.lines(List.of(ReferenceTools.READELF, "-SW", vmlinux.toString()), line -> {
            Matcher m = Pattern.compile("^\\s*\\[\\s*\\d+\\] (\\S+)\\s+\\S+\\s+([0-9a-f]{16}) ").matcher(line);
            if (m.find()) {
                sectionAddress.put(m.group(1), Long.parseUnsignedLong(m.group(2), 16));
            }
        });
        Map<String, Set<Long>> functions = new HashMap<>();
        List<long[]> extents = new ArrayList<>();
        Processes.lines(List.of(ReferenceTools.READELF, "-sW", vmlinux.toString()), line -> {
            String[] f = line.trim().split("\\s+");
            if (f.length == 8 && f[3].equals("FUNC")) {
                long value = Long.parseUnsignedLong(f[1], 16);
                functions.computeIfAbsent(f[7], k -> new HashSet<>()).add(value);
                extents.add(new long[] {value, Long.parseLong(f[2])});
            }
        });

        CliRun run = CliRun.of("check", "--policy", "semi-pic", vmlinux.toString());
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSizeGreaterThan(4000);
        int withFunction = 0;
        for (String line : lines) {
            Matcher m = LINE.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            long address = Long.parseUnsignedLong(m.group(6), 16);
            assertThat(sectionAddress.get(m.group(2)) + Long.parseUnsignedLong(m.group(3), 16)).as(line).isEqualTo(address);
            if (m.group(4) == null) {
                assertThat(extents).as("%s: no FUNC symbol holds the address", line)
                    .noneMatch(e -> Long.compareUnsigned(address - e[0], e[1]) < 0);
                continue;
            }
            long inFunction = m.group(5) == null ? 0 : Long.parseUnsignedLong(m.group(5), 16);
            assertThat(functions.get(m.group(4))).as(line).contains(address - inFunction);
            withFunction++;
        }
        assertThat(withFunction).isGreaterThan(lines.size() * 99 / 100);
    }

    @Test
    void baselineOfOneKernelPassesItAndFailsTheOtherWithExactlyTheNewFindings() throws IOException {
        Path medany = Corpus.kernel("medany", "vmlinux");
        Path medlow = Corpus.kernel("medlow", "vmlinux");
        Path baseline = dir.resolve("medany-baseline.json");
        CliRun record = CliRun.of("check", "--policy", "semi-pic", "--write-baseline", baseline.toString(), medany.toString());
        assertThat(record.exitCode()).as(record.err()).isEqualTo(ExitCodes.OK);
        assertThat(record.err()).contains("findings recorded in " + baseline);

        CliRun same = CliRun.of("check", "--policy", "semi-pic", "--baseline", baseline.toString(), medany.toString());
        assertThat(same.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(same.out()).isEmpty();
        assertThat(same.err()).startsWith("rvcm: 0 new findings against policy semi-pic (");

        List<List<String>> before = keys(CliRun.of("check", "--policy", "semi-pic", "--format", "json", medany.toString()).out());
        List<List<String>> after = keys(CliRun.of("check", "--policy", "semi-pic", "--format", "json", medlow.toString()).out());
        List<List<String>> expected = new ArrayList<>(after);
        for (List<String> known : before) {
            expected.remove(known);
        }
        assertThat(expected).isNotEmpty().hasSizeLessThan(after.size());

        CliRun other = CliRun.of("check", "--policy", "semi-pic", "--format", "json", "--baseline", baseline.toString(), medlow.toString());
        assertThat(other.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode json = new ObjectMapper().readTree(other.out());
        assertThat(keys(other.out())).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(json.at("/baseline/knownFindings").asLong()).isEqualTo(after.size() - expected.size());
        CliRun otherText = CliRun.of("check", "--policy", "semi-pic", "--baseline", baseline.toString(), medlow.toString());
        assertThat(otherText.out().lines().count()).isEqualTo(expected.size());

        Path medlowBaseline = dir.resolve("medlow-baseline.json");
        CliRun.of("check", "--policy", "semi-pic", "--write-baseline", medlowBaseline.toString(), medlow.toString());
        CliRun back = CliRun.of("check", "--policy", "semi-pic", "--baseline", medlowBaseline.toString(), medany.toString());
        assertThat(back.exitCode()).as("medany's gp-relative accesses medlow does not have").isEqualTo(ExitCodes.FINDINGS);
        assertThat(back.out()).contains(": GP_RELATIVE ");
    }

    @Test
    void anAuditIsABaselineToo() throws IOException {
        Path medany = Corpus.kernel("medany", "vmlinux");
        Path audit = dir.resolve("audit.json");
        Files.writeString(audit, CliRun.of("audit", "--format", "json", medany.toString()).out());
        CliRun run = CliRun.of("check", "--policy", "semi-pic", "--baseline", audit.toString(), medany.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        CliRun relocations = CliRun.of("check", "--policy", "no-absolute-code", "--baseline", audit.toString(),
            Corpus.kernel("medlow", "vmlinux").toString());
        assertThat(relocations.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(relocations.out()).contains(": R_RISCV_HI20 ");
    }

    @Test
    void aBaselineThatIsNotOneExitsTwo() throws IOException {
        Path medany = Corpus.kernel("medany", "vmlinux");
        for (String content : new String[] {"not json", "[1,2]", "{\"schemaVersion\":1}"}) {
            Path bad = Files.writeString(dir.resolve("bad.json"), content);
            CliRun run = CliRun.of("check", "--policy", "semi-pic", "--baseline", bad.toString(), medany.toString());
            assertThat(run.exitCode()).as(content).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.err().lines()).as(content).hasSize(1).first().asString().startsWith("rvcm: " + bad + ": ");
        }
        CliRun missing = CliRun.of("check", "--policy", "semi-pic", "--baseline", dir.resolve("none.json").toString(), medany.toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err()).contains("no such baseline file");
    }

    private static List<List<String>> keys(String checkJson) throws IOException {
        List<List<String>> keys = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(checkJson).get("findings")) {
            keys.add(List.of(f.path("member").asText(""), f.get("section").asText(), f.path("function").asText(""),
                f.get("kind").asText(), f.get("symbol").asText()));
        }
        return keys;
    }
}
