package dev.rvcm.reports.compare;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rvcm.reports.text.TextSink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The renderings of a {@link DemoReport}: the summary as text (what {@code rvcm demo} prints); one
 * self-contained HTML page (an SVG chart of every variant's modeled-cycle overhead per benchmark, the
 * summary, then each benchmark's comparison); and JSON, schema version 1:
 * {@code {"schemaVersion":1,"inputs","identicalOutputs","wallSeconds","comparisons":[compare report…]}}.
 */
public final class DemoRenderer {
    private DemoRenderer() {
    }

    public static void text(TextSink out, DemoReport demo) {
        new CompareTextRenderer(out).table(demo.summary());
    }

    public static void html(TextSink out, DemoReport demo) {
        Html.begin(out, "rvcm demo: what GOT indirection costs on the corpus benchmarks");
        out.append("<p>Each benchmark of rvcm's corpus built in several code models (variants: ")
            .append(Html.escape(String.join(", ", variants(demo)))).append("; inputs ").append(Html.escape(demo.inputs()))
            .append("), audited, and run in rvcm's engine with the same arguments and a deterministic clock; overheads are against ")
            .append("each benchmark's first variant. GOT loads from the program's own code are those executed in the functions of ")
            .append("its objects; the rest are the C library's.</p>\n");
        chart(out, demo);
        Html.table(out, demo.summary());
        for (CompareReport c : demo.comparisons()) {
            new CompareHtmlRenderer(out).section(c, c.program());
        }
        Html.end(out);
    }

    private static List<String> variants(DemoReport demo) {
        Set<String> names = new LinkedHashSet<>();
        demo.comparisons().forEach(c -> c.variants().forEach(v -> names.add(v.name())));
        return List.copyOf(names);
    }

    /** Per benchmark, each variant's overhead in modeled cycles of the last preset (the dual-issue core by default). */
    private static void chart(TextSink out, DemoReport demo) {
        List<CompareReport> agreeing = demo.comparisons().stream().filter(c -> c.outputs().identical()).toList();
        if (agreeing.isEmpty() || agreeing.getFirst().presets().isEmpty()) {
            return;
        }
        String preset = agreeing.getFirst().presets().getLast();
        List<String> series = new ArrayList<>(variants(demo));
        series.removeFirst();
        double[][] values = new double[agreeing.size()][series.size()];
        for (int g = 0; g < agreeing.size(); g++) {
            for (int s = 0; s < series.size(); s++) {
                String name = series.get(s);
                values[g][s] = agreeing.get(g).variants().stream().filter(v -> v.name().equals(name)).findFirst()
                    .map(v -> v.overheadPercent().getOrDefault(preset, 0.0)).orElse(0.0);
            }
        }
        out.append("<figure><figcaption>").append(Html.escape("modeled " + preset + " cycles: overhead of each variant per benchmark"))
            .append("</figcaption>\n");
        new SvgBarChart("overhead in " + preset + " cycles per benchmark and variant",
            agreeing.stream().map(CompareReport::program).toList(), series, values, SvgBarChart::percent, false).render(out);
        out.append("</figure>\n");
    }

    public static void json(JsonGenerator json, DemoReport demo) throws IOException {
        json.writeStartObject();
        json.writeNumberField("schemaVersion", DemoReport.SCHEMA_VERSION);
        json.writeStringField("inputs", demo.inputs());
        json.writeBooleanField("identicalOutputs", demo.identicalOutputs());
        json.writeNumberField("wallSeconds", Math.round(demo.wall().toNanos() / 1e6) / 1000.0);
        json.writeArrayFieldStart("comparisons");
        CompareJsonRenderer compare = new CompareJsonRenderer(json);
        for (CompareReport c : demo.comparisons()) {
            compare.write(c);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }
}
