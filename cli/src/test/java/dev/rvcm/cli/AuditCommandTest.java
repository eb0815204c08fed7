package dev.rvcm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rvcm.analyzer.Audit;
import dev.rvcm.relocs.Inputs;
import dev.rvcm.testing.Corpus;
import dev.rvcm.testing.Processes;
import dev.rvcm.testing.ReferenceTools;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code rvcm audit} in every format, and the CI gate on the real kernels. */
class AuditCommandTest {

    @Test
    void everyFormatOnAFixture() throws IOException {
        String medlow = Corpus.fixture("linkage/medlow/linkage_main.o").toString();
        CliRun text = CliRun.of("audit", medlow);
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains(": MEDLOW (").contains("semi-PIC: blocked").contains("ABSOLUTE");

        JsonNode json = new ObjectMapper().readTree(CliRun.of("audit", "--format", "json", medlow).out());
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        JsonNode file = json.get("files").get(0);
        assertThat(file.get("model").asText()).isEqualTo("MEDLOW");
        long absolute = file.at("/summary/ABSOLUTE").asLong();
        assertThat(absolute).isPositive();
        long listed = 0;
        for (JsonNode access : file.get("accesses")) {
            listed += access.get("kind").asText().equals("ABSOLUTE") ? 1 : 0;
        }
        assertThat(listed).isEqualTo(absolute);

        assertThat(CliRun.of("audit", "--format", "markdown", medlow).out()).contains("| section |").contains("**Semi-PIC:** blocked");
        String html = CliRun.of("audit", "--format", "html", medlow).out();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").contains("</html>").doesNotContain("<script");
        JsonNode sarif = new ObjectMapper().readTree(CliRun.of("audit", "--format", "sarif", medlow).out());
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.at("/runs/0/results").size()).isEqualTo((int) absolute);
    }

    @Test
    void semiPicGateFailsBothKernels() {
        for (String model : Corpus.KERNEL_MODELS) {
            CliRun run = CliRun.of("check", "--policy", "semi-pic", Corpus.kernel(model, "vmlinux").toString());
            assertThat(run.exitCode()).as(model).isEqualTo(ExitCodes.FINDINGS);
            assertThat(run.out()).as(model).contains(": GP_RELATIVE ");
        }
    }

    /**
     * vmlinux.o has 9,125 ___ksymtab(_gpl)+SYMBOL sections: the text report folds each family into one
     * row with its section count (as many as readelf lists), puts the verdict first, and
     * {@code --sections all} lists every section.
     */
    @Test
    void kernelObjectReportFoldsSectionFamiliesAndPutsTheVerdictFirst() {
        ReferenceTools.requireReadelf();
        Path object = Corpus.kernel("medany", "vmlinux.o");
        Map<String, Integer> families = new HashMap<>();
        Processes.lines(List.of(ReferenceTools.READELF, "-SW", object.toString()), line -> {
            Matcher m = Pattern.compile("^\\s*\\[\\s*\\d+\\] (___ksymtab(?:_gpl)?\\+)\\S+ +PROGBITS").matcher(line);
            if (m.find()) {
                families.merge(m.group(1), 1, Integer::sum);
            }
        });
        assertThat(families).hasSize(2);

        CliRun run = CliRun.of("audit", object.toString());
        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.size()).as("lines of the report").isLessThan(120);
        families.forEach((family, count) -> assertThat(lines).anyMatch(l -> l.startsWith(family + "* (" + count + " sections) ")));
        assertThat(lines).anyMatch(l -> l.startsWith(".initcall*.init ("));
        int verdict = indexOf(lines, "semi-PIC: ");
        int table = indexOf(lines, "section ");
        int top = indexOf(lines, "  at risk (");
        assertThat(verdict).isPositive().isLessThan(top);
        assertThat(top).isLessThan(table);

        CliRun all = CliRun.of("audit", "--sections", "all", object.toString());
        int sections = Audit.of(Inputs.open(object).getFirst()).countsBySection().size();
        List<String> allLines = all.out().lines().toList();
        int header = indexOf(allLines, "section ");
        assertThat(allLines.subList(header + 1, indexOf(allLines, "total "))).hasSize(sections);
        assertThat(allLines).anyMatch(l -> l.startsWith("___ksymtab+loops_per_jiffy "));

        String markdown = CliRun.of("audit", "--format", "markdown", object.toString()).out();
        assertThat(markdown).contains("| `___ksymtab+*` (" + families.get("___ksymtab+") + " sections) |");
        assertThat(markdown.indexOf("**Semi-PIC:**")).isLessThan(markdown.indexOf("| section |"));
    }

    /** The HTML chart's logarithmic scale is labelled at every power of ten, and every bar with its value. */
    @Test
    void htmlChartLabelsItsScaleAndValues() {
        Path vmlinux = Corpus.kernel("medany", "vmlinux");
        String html = CliRun.of("audit", "--format", "html", vmlinux.toString()).out();
        long[] totals = Audit.of(Inputs.open(vmlinux).getFirst()).totals();
        String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
        assertThat(svg).contains("logarithmic scale").contains(">accesses (log scale)</text>");
        long max = java.util.Arrays.stream(totals).max().orElseThrow();
        List<String> ticks = new ArrayList<>();
        Matcher tick = Pattern.compile("class=\"tick\">([^<]+)</text>").matcher(svg);
        while (tick.find()) {
            ticks.add(tick.group(1));
        }
        assertThat(ticks).startsWith("1", "10", "100", "1k", "10k", "100k");
        assertThat(ticks).hasSize((int) Math.ceil(Math.log10(max)) + 1);
        List<Long> values = new ArrayList<>();
        List<Integer> heights = new ArrayList<>();
        Matcher bar = Pattern.compile("height=\"(\\d+)\"[^>]*><title>[A-Z_]+: \\d+</title></rect><text[^>]*class=\"value\">(\\d+)</text>")
            .matcher(svg);
        while (bar.find()) {
            heights.add(Integer.parseInt(bar.group(1)));
            values.add(Long.parseLong(bar.group(2)));
        }
        assertThat(values).containsExactly(java.util.Arrays.stream(totals).boxed().toArray(Long[]::new));
        for (int a = 0; a < values.size(); a++) {
            for (int b = 0; b < values.size(); b++) {
                if (values.get(a) < values.get(b)) {
                    assertThat(heights.get(a)).as("bar heights follow the values").isLessThanOrEqualTo(heights.get(b));
                }
            }
            assertThat(heights.get(a) == 0).isEqualTo(values.get(a) == 0);
        }
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    /** --no-relocs and --cross-check do their job on objects too, and say so where they cannot apply. */
    @Test
    void instructionOptionsApplyToObjectsAndSayWhenTheyCannot() {
        String object = Corpus.fixture("linkage/medlow/linkage_main.o").toString();
        CliRun plain = CliRun.of("audit", object);
        CliRun noRelocs = CliRun.of("audit", "--no-relocs", object);
        assertThat(noRelocs.exitCode()).isZero();
        assertThat(noRelocs.out()).contains("accesses found from instructions (in an object").isNotEqualTo(plain.out());
        assertThat(noRelocs.out()).contains(": MEDLOW (");
        CliRun crossCheck = CliRun.of("audit", "--cross-check", object);
        assertThat(crossCheck.out()).containsPattern("instructions vs relocations: \\d+\\.\\d\\d% of code accesses agree");
        assertThat(crossCheck.err()).isEmpty();

        String linkedWithoutRelocations = Corpus.fixture("tiny-medany").toString();
        CliRun nothing = CliRun.of("audit", "--cross-check", linkedWithoutRelocations);
        assertThat(nothing.exitCode()).isZero();
        assertThat(nothing.err()).isEqualTo("rvcm: " + linkedWithoutRelocations
            + ": --cross-check does not apply: no relocation sections to check the instructions against\n");
    }

    @Test
    void crossCheckReportsAgreementOnTheKernel() {
        CliRun run = CliRun.of("audit", "--cross-check", Corpus.kernel("medany", "vmlinux").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("instructions vs relocations: 99\\.\\d\\d% of code accesses agree")
            .contains("only in instructions:").contains("examples:");
    }
}
