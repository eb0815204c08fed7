package dev.rvcm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rvcm.cli.compare.ComparePipeline;
import dev.rvcm.cli.compare.ComparePlan;
import dev.rvcm.cli.compare.Linker;
import dev.rvcm.cli.compare.Progress;
import dev.rvcm.cli.compare.RunSettings;
import dev.rvcm.cli.compare.Variant;
import dev.rvcm.reports.compare.CompareHtmlRenderer;
import dev.rvcm.reports.compare.CompareJsonRenderer;
import dev.rvcm.reports.compare.CompareMarkdownRenderer;
import dev.rvcm.reports.compare.CompareReport;
import dev.rvcm.reports.compare.CompareTables;
import dev.rvcm.reports.compare.CompareTextRenderer;
import dev.rvcm.reports.compare.OwnCode;
import dev.rvcm.reports.compare.Table;
import dev.rvcm.reports.text.Json;
import dev.rvcm.reports.text.TextSink;
import dev.rvcm.relocs.Inputs;
import dev.rvcm.sim.GuestClock;
import dev.rvcm.sim.Limits;
import dev.rvcm.sim.TimingParameters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The four renderings of one comparison say the same: the static, dynamic and overhead tables read back
 * from the text, the Markdown and the HTML (parsed as XML) hold, row by row, the numbers of the JSON.
 */
class CompareRenderingsAgreeTest {
    private static CompareReport report;
    private static JsonNode json;
    private static final Map<String, Map<String, Map<String, Map<String, String>>>> TABLES = new LinkedHashMap<>();

    @BeforeAll
    static void compare(@TempDir Path work) throws Exception {
        Path build = CrossPrograms.corpus();
        Path medany = build.resolve("medany/crcsort");
        List<Variant> variants = List.of(new Variant.Prelinked("medany", medany.resolve("crcsort"), "medany"),
            new Variant.Prelinked("medlow", build.resolve("medlow/crcsort/crcsort"), "medlow"),
            new Variant.Prelinked("gcc-pic", build.resolve("pic/crcsort/crcsort"), "gcc -fPIC"));
        RunSettings run = new RunSettings("crcsort", List.of("500"), new byte[0], List.of(),
            List.copyOf(TimingParameters.PRESETS.values()), GuestClock.parse("instructions"), Limits.DEFAULT);
        ComparePlan plan = new ComparePlan(variants, OwnCode.of(Inputs.open(medany.resolve("crcsort.o"))), run, List.of(),
            Linker.of(Linker.DEFAULT, List.of()), new CommandRewriter(), work);
        report = new ComparePipeline(plan, Progress.SILENT).run();
        assertThat(report.outputs().identical()).isTrue();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CompareJsonRenderer(Json.generator(out)).render(report);
        json = new ObjectMapper().readTree(out.toByteArray());
        TABLES.put("text", textTables(render(s -> new CompareTextRenderer(s)::render)));
        TABLES.put("markdown", markdownTables(render(s -> new CompareMarkdownRenderer(s)::render)));
        TABLES.put("html", htmlTables(render(s -> new CompareHtmlRenderer(s)::render)));
    }

    private static String render(Function<TextSink, java.util.function.Consumer<CompareReport>> renderer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TextSink sink = new TextSink(out);
        renderer.apply(sink).accept(report);
        sink.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyRenderingShowsTheNumbersOfTheJson() {
        Map<String, String> staticColumns = Map.of("code size", "codeSize", "GOT entries", "gotEntries",
            "absolute", "absoluteAccesses", "gp-relative", "gpRelativeAccesses", "GOT accesses", "gotAccesses");
        Map<String, String> dynamicColumns = Map.of("exit code", "exitCode", "instructions", "instructions", "loads", "loads",
            "GOT loads", "gotLoads", "own GOT loads", "ownCode/gotLoads", "cycles rocket", "cycles/rocket",
            "cycles sifive-u74", "cycles/sifive-u74");
        int checked = 0;
        for (Map.Entry<String, Map<String, Map<String, Map<String, String>>>> rendering : TABLES.entrySet()) {
            for (JsonNode v : json.get("variants")) {
                String name = v.get("name").asText();
                Map<String, String> statics = rendering.getValue().get("static").get(name);
                Map<String, String> dynamics = rendering.getValue().get("dynamic").get(name);
                Map<String, String> overhead = rendering.getValue().get("overhead").get(name);
                for (Map.Entry<String, String> c : staticColumns.entrySet()) {
                    assertThat(statics.get(c.getKey())).as("%s %s %s", rendering.getKey(), name, c.getKey())
                        .isEqualTo(v.at("/" + c.getValue()).asText());
                    checked++;
                }
                for (Map.Entry<String, String> c : dynamicColumns.entrySet()) {
                    assertThat(dynamics.get(c.getKey())).as("%s %s %s", rendering.getKey(), name, c.getKey())
                        .isEqualTo(v.at("/" + c.getValue()).asText());
                    checked++;
                }
                for (String column : List.of("instructions", "rocket", "sifive-u74")) {
                    assertThat(overhead.get(column)).as("%s %s overhead %s", rendering.getKey(), name, column)
                        .isEqualTo(String.format(Locale.ROOT, "%+.2f%%", v.at("/overheadPercent/" + column).asDouble()));
                    checked++;
                }
                assertThat(statics.get("semi-PIC")).isEqualTo(v.get("semiPic").asText());
            }
        }
        assertThat(checked).isEqualTo(3 * 3 * (5 + 7 + 3));
        assertThat(json.at("/variants/2/ownCode/gotLoads").asLong()).as("crcsort -fPIC reads crc_table through the GOT").isPositive();
    }

    @Test
    void theRenderingsHoldTheSameTables() {
        for (Table t : CompareTables.of(report)) {
            if (t.id().equals("static") || t.id().equals("dynamic") || t.id().equals("overhead")) {
                assertThat(TABLES.get("markdown").get(t.id())).as(t.id()).isEqualTo(TABLES.get("text").get(t.id()));
                assertThat(TABLES.get("html").get(t.id())).as(t.id()).isEqualTo(TABLES.get("text").get(t.id()));
            }
        }
    }

    /** Table id to row name to column to cell, for the tables whose rows are variants. */
    private static Map<String, Map<String, Map<String, String>>> textTables(String text) {
        Map<String, Map<String, Map<String, String>>> out = new LinkedHashMap<>();
        List<String> lines = text.lines().toList();
        for (Table t : rowTables()) {
            int at = lines.indexOf(t.title() + ":");
            assertThat(at).as("text table %s", t.id()).isNotNegative();
            List<String> header = List.of(lines.get(at + 1).strip().split(" {2,}"));
            List<List<String>> rows = new ArrayList<>();
            for (int i = at + 2; i < lines.size() && !lines.get(i).isBlank(); i++) {
                rows.add(List.of(lines.get(i).strip().split(" {2,}")));
            }
            out.put(t.id(), byRow(header, rows));
        }
        return out;
    }

    private static Map<String, Map<String, Map<String, String>>> markdownTables(String markdown) {
        Map<String, Map<String, Map<String, String>>> out = new LinkedHashMap<>();
        List<String> lines = markdown.lines().toList();
        for (Table t : rowTables()) {
            int at = lines.indexOf("### " + t.title());
            assertThat(at).as("markdown table %s", t.id()).isNotNegative();
            List<String> header = cells(lines.get(at + 2));
            List<List<String>> rows = new ArrayList<>();
            for (int i = at + 4; i < lines.size() && lines.get(i).startsWith("|"); i++) {
                rows.add(cells(lines.get(i)));
            }
            out.put(t.id(), byRow(header, rows));
        }
        return out;
    }

    private static List<String> cells(String row) {
        return List.of(row.substring(2, row.length() - 2).split(" \\| "));
    }

    private static Map<String, Map<String, Map<String, String>>> htmlTables(String html) throws Exception {
        Document page = DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        Map<String, Map<String, Map<String, String>>> out = new LinkedHashMap<>();
        NodeList tables = page.getElementsByTagName("table");
        for (Table t : rowTables()) {
            Element table = null;
            for (int i = 0; i < tables.getLength(); i++) {
                if (((Element) tables.item(i)).getAttribute("id").equals(t.id())) {
                    table = (Element) tables.item(i);
                }
            }
            assertThat(table).as("html table %s", t.id()).isNotNull();
            NodeList trs = table.getElementsByTagName("tr");
            List<String> header = texts((Element) trs.item(0));
            List<List<String>> rows = new ArrayList<>();
            for (int i = 1; i < trs.getLength(); i++) {
                rows.add(texts((Element) trs.item(i)));
            }
            out.put(t.id(), byRow(header, rows));
        }
        return out;
    }

    private static List<String> texts(Element row) {
        List<String> cells = new ArrayList<>();
        NodeList children = row.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e) {
                cells.add(e.getTextContent());
            }
        }
        return cells;
    }

    private static List<Table> rowTables() {
        return CompareTables.of(report).stream().filter(t -> List.of("static", "dynamic", "overhead").contains(t.id())).toList();
    }

    private static Map<String, Map<String, String>> byRow(List<String> header, List<List<String>> rows) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (List<String> row : rows) {
            assertThat(row).as("row %s under %s", row, header).hasSameSizeAs(header);
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                cells.put(header.get(c), row.get(c));
            }
            out.put(row.getFirst(), cells);
        }
        return out;
    }
}
