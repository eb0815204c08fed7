package dev.rvcm.reports.compare;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rvcm.analyzer.AccessKind;
import dev.rvcm.analyzer.SemiPicVerdict;
import dev.rvcm.reports.text.TextSink;
import java.io.IOException;
import java.util.Map;

/**
 * The renderings of a {@link StaticComparison}: text, Markdown and HTML show its tables (HTML with an SVG
 * chart of the accesses by kind); JSON, schema version 1:
 * {@code {"schemaVersion":1,"mode":"static","images":[{"name","codeModel","evidence","codeSize",
 * "accessesByKind":{KIND:n},"accessesBySection":{section:{KIND:n}},"absoluteAccesses","gpRelativeAccesses",
 * "crossSegmentPcRelative","dataFixups","dataFixupBytes":{"rela","relr"},"semiPic","blockers":[{"symbol","kind",
 * "accesses","firstAt"}]}]}}.
 */
public final class StaticComparisonRenderer {
    private StaticComparisonRenderer() {
    }

    private static String title(StaticComparison c) {
        return "rvcm compare --static: " + String.join(" vs ", c.images().stream().map(StaticComparison.Image::name).toList());
    }

    public static void text(TextSink out, StaticComparison c) {
        out.append(title(c)).newline();
        CompareTextRenderer text = new CompareTextRenderer(out);
        for (Table t : StaticComparisonTables.of(c)) {
            out.newline();
            text.table(t);
        }
    }

    public static void markdown(TextSink out, StaticComparison c) {
        out.append("## ").append(title(c)).newline().newline();
        CompareMarkdownRenderer markdown = new CompareMarkdownRenderer(out);
        StaticComparisonTables.of(c).forEach(markdown::table);
    }

    public static void html(TextSink out, StaticComparison c) {
        Html.begin(out, title(c));
        AccessKind[] kinds = AccessKind.values();
        double[][] values = new double[kinds.length][c.images().size()];
        for (int k = 0; k < kinds.length; k++) {
            for (int i = 0; i < c.images().size(); i++) {
                values[k][i] = c.images().get(i).count(kinds[k]);
            }
        }
        out.append("<figure><figcaption>accesses by kind per image, log scale</figcaption>\n");
        new SvgBarChart("accesses by kind per image", java.util.Arrays.stream(kinds).map(AccessKind::name).toList(),
            c.images().stream().map(StaticComparison.Image::name).toList(), values, SvgBarChart::count, true).render(out);
        out.append("</figure>\n");
        StaticComparisonTables.of(c).forEach(t -> Html.table(out, t));
        Html.end(out);
    }

    public static void json(JsonGenerator json, StaticComparison c) throws IOException {
        json.writeStartObject();
        json.writeNumberField("schemaVersion", StaticComparison.SCHEMA_VERSION);
        json.writeStringField("mode", "static");
        json.writeArrayFieldStart("images");
        for (StaticComparison.Image i : c.images()) {
            SemiPicVerdict v = i.verdict();
            json.writeStartObject();
            json.writeStringField("name", i.name());
            json.writeStringField("codeModel", i.audit().model().model().name());
            json.writeStringField("evidence", i.audit().model().evidence());
            json.writeNumberField("codeSize", i.codeSize());
            json.writeObjectFieldStart("accessesByKind");
            for (AccessKind k : AccessKind.values()) {
                json.writeNumberField(k.name(), i.count(k));
            }
            json.writeEndObject();
            json.writeObjectFieldStart("accessesBySection");
            for (Map.Entry<String, long[]> e : i.audit().countsBySection().entrySet()) {
                json.writeObjectFieldStart(e.getKey());
                for (AccessKind k : AccessKind.values()) {
                    json.writeNumberField(k.name(), e.getValue()[k.ordinal()]);
                }
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeNumberField("absoluteAccesses", v.absoluteCode());
            json.writeNumberField("gpRelativeAccesses", v.gpRelative());
            json.writeNumberField("crossSegmentPcRelative", v.crossSegmentPcRelative());
            json.writeNumberField("dataFixups", v.dataWords());
            json.writeObjectFieldStart("dataFixupBytes");
            json.writeNumberField("rela", v.relaBytes());
            json.writeNumberField("relr", v.relrBytes());
            json.writeEndObject();
            json.writeStringField("semiPic", v.ready() ? "ready" : "blocked");
            json.writeArrayFieldStart("blockers");
            for (SemiPicVerdict.SymbolCount s : v.topBlockers()) {
                json.writeStartObject();
                json.writeStringField("symbol", s.symbol());
                json.writeStringField("kind", s.kind().name());
                json.writeNumberField("accesses", s.count());
                json.writeStringField("firstAt", s.firstLocation());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }
}
