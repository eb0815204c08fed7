package dev.rvcm.reports.compare;

import dev.rvcm.reports.text.TextSink;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code rvcm compare --format html}: one self-contained page ({@link Html}) with two SVG charts — the
 * overhead of each variant per timing preset, the GOT loads per symbol of each variant — and the tables of
 * the text report. A page whose variants disagree shows where, and no numbers.
 */
public final class CompareHtmlRenderer {
    /** Symbols the GOT chart shows. */
    static final int CHART_SYMBOLS = 8;

    private final TextSink out;

    public CompareHtmlRenderer(TextSink out) {
        this.out = out;
    }

    public void render(CompareReport report) {
        Html.begin(out, "rvcm compare: " + CompareHeadline.title(report));
        body(report);
        Html.end(out);
    }

    /** One comparison under an {@code <h2>} heading, for pages that hold several. */
    public void section(CompareReport report, String id) {
        out.append("<section id=\"").append(Html.escape(id)).append("\"><h2>").append(Html.escape(CompareHeadline.title(report)))
            .append("</h2>\n");
        body(report);
        out.append("</section>\n");
    }

    private void body(CompareReport report) {
        for (String sentence : CompareHeadline.sentences(report)) {
            out.append(report.outputs().identical() ? "<p>" : "<p class=\"differ\">").append(Html.escape(sentence)).append("</p>\n");
        }
        if (!report.outputs().identical()) {
            differences(report);
            return;
        }
        overheadChart(report);
        gotChart(report);
        for (Table table : CompareTables.of(report)) {
            Html.table(out, table);
        }
    }

    private void differences(CompareReport report) {
        for (OutputDifference d : report.outputs().differences()) {
            out.append("<p class=\"differ\">").append(Html.escape(d.describe())).append("</p>\n");
            if (d.line().isPresent()) {
                out.append("<pre>").append(Html.escape(report.baseline().name() + ": " + d.expected())).append('\n')
                    .append(Html.escape(d.variant() + ": " + d.actual())).append("</pre>\n");
            }
        }
        Html.table(out, new Table("outputs", "outputs", List.of("variant", "exit code", "stdout SHA-256"), report.variants().stream()
            .map(v -> List.of(v.name(), Integer.toString(v.output().exitCode()), v.output().sha256())).toList()));
    }

    private void overheadChart(CompareReport report) {
        List<VariantReport> others = report.variants().subList(1, report.variants().size());
        if (others.isEmpty()) {
            return;
        }
        List<String> series = new ArrayList<>(List.of("instructions"));
        series.addAll(report.presets());
        double[][] values = new double[others.size()][series.size()];
        for (int g = 0; g < others.size(); g++) {
            for (int s = 0; s < series.size(); s++) {
                values[g][s] = others.get(g).overheadPercent().getOrDefault(series.get(s), Double.NaN);
            }
        }
        figure("overhead against " + report.baseline().name() + " per variant: instructions and modeled cycles per timing preset",
            new SvgBarChart("overhead in percent against " + report.baseline().name(), others.stream().map(VariantReport::name).toList(),
                series, values, SvgBarChart::percent, false));
    }

    private void gotChart(CompareReport report) {
        Set<String> symbols = new LinkedHashSet<>();
        List<GotLoads> all = new ArrayList<>();
        report.variants().forEach(v -> all.addAll(v.dynamics().gotLoadsBySymbol()));
        all.sort((a, b) -> Long.compare(b.loads(), a.loads()));
        for (GotLoads g : all) {
            if (symbols.size() == CHART_SYMBOLS) {
                break;
            }
            symbols.add(g.symbol());
        }
        if (symbols.isEmpty()) {
            return;
        }
        List<String> groups = List.copyOf(symbols);
        List<String> series = report.variants().stream().map(VariantReport::name).toList();
        double[][] values = new double[groups.size()][series.size()];
        for (int g = 0; g < groups.size(); g++) {
            for (int s = 0; s < series.size(); s++) {
                values[g][s] = report.variants().get(s).dynamics().gotLoadsOf(groups.get(g));
            }
        }
        figure("GOT loads per symbol (the " + groups.size() + " most loaded), per variant, log scale",
            new SvgBarChart("GOT loads per symbol and variant", groups, series, values, SvgBarChart::count, true));
    }

    private void figure(String caption, SvgBarChart chart) {
        out.append("<figure><figcaption>").append(Html.escape(caption)).append("</figcaption>\n");
        chart.render(out);
        out.append("</figure>\n");
    }
}
