package dev.rvcm.reports.audit;

import dev.rvcm.analyzer.AccessKind;
import dev.rvcm.analyzer.Audit;
import dev.rvcm.analyzer.SemiPicStatus;
import dev.rvcm.analyzer.SemiPicVerdict;
import dev.rvcm.reports.text.TextSink;
import java.util.List;
import java.util.Locale;

/**
 * {@code rvcm audit --format html}: one self-contained page (inline CSS, no scripts, no external
 * resources) with, per file, the semi-PIC verdict and its top blockers, an SVG bar chart of the
 * accesses by kind and the table by section (families folded unless every section is asked for).
 * The chart's scale is logarithmic, so that 3 accesses and 61,423 both show: its axis is labelled
 * at every power of ten with gridlines, and each bar carries its value.
 */
public final class AuditHtmlRenderer {
    private static final String[] COLOURS = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#9c755f"};
    private static final int BAR_WIDTH = 80;
    private static final int CHART_HEIGHT = 180;
    private static final int AXIS = 64;
    private static final int TOP = 40;
    private static final String[] POWERS = {"1", "10", "100", "1k", "10k", "100k", "1M", "10M", "100M", "1G", "10G",
        "100G", "1T", "10T", "100T", "1P", "10P", "100P", "1E", "10E"};

    private final TextSink out;
    private final boolean everySection;

    /** A renderer that folds section families. */
    public AuditHtmlRenderer(TextSink out) {
        this(out, false);
    }

    /** @param everySection one row per section instead of one per section family */
    public AuditHtmlRenderer(TextSink out, boolean everySection) {
        this.out = out;
        this.everySection = everySection;
    }

    public void render(List<Audit> audits) {
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>rvcm audit</title><style>")
            .append("body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;")
            .append("padding:2px 8px;text-align:right}td:first-child,th:first-child{text-align:left}")
            .append(".blocked{color:#b00}.ready{color:#080}.at-risk{color:#a60}</style></head><body>\n<h1>rvcm audit</h1>\n");
        for (Audit audit : audits) {
            file(audit);
        }
        out.append("</body></html>\n");
    }

    private void file(Audit audit) {
        out.append("<h2>").append(escape(audit.unit().elf().source())).append("</h2>\n<p>Code model <b>")
            .append(audit.model().model().name()).append("</b>: ").append(escape(audit.model().evidence())).append(". ")
            .append(escape(VerdictSentences.source(audit))).append(".</p>\n");
        verdict(audit.verdict());
        chart(audit.totals());
        table(audit);
    }

    private void verdict(SemiPicVerdict v) {
        String css = switch (v.status()) {
            case READY -> "ready";
            case AT_RISK -> "at-risk";
            case BLOCKED -> "blocked";
        };
        out.append("<h3 class=\"").append(css).append("\">Semi-PIC: ").append(escape(VerdictSentences.status(v)))
            .append("</h3>\n<ol><li>text–data distance: ").append(escape(VerdictSentences.distance(v)))
            .append("</li><li>absolute window: ").append(escape(VerdictSentences.absoluteWindow(v)))
            .append("</li><li>gp: ").append(escape(VerdictSentences.gp(v))).append("</li></ol>\n");
        String relaxation = VerdictSentences.relaxation(v);
        if (!relaxation.isEmpty()) {
            out.append("<p class=\"at-risk\">").append(escape(relaxation)).append(".<br>").append(escape(VerdictSentences.avoid()))
                .append(".</p>\n");
        }
        symbols("blocker", v.topBlockers());
        if (v.status() == SemiPicStatus.AT_RISK) {
            symbols("at risk", v.linkRelaxation().top());
        }
        out.append("<p>Boot-time relocation: ").append(escape(VerdictSentences.boot(v))).append(".</p>\n");
    }

    private void symbols(String heading, List<SemiPicVerdict.SymbolCount> symbols) {
        if (symbols.isEmpty()) {
            return;
        }
        out.append("<table><tr><th>").append(heading).append("</th><th>kind</th><th>accesses</th><th>first at</th></tr>\n");
        for (SemiPicVerdict.SymbolCount s : symbols) {
            out.append("<tr><td><code>").append(escape(s.symbol())).append("</code></td><td>").append(s.kind().name())
                .append("</td><td>").decimal(s.count()).append("</td><td><code>").append(escape(s.firstLocation()))
                .append("</code></td></tr>\n");
        }
        out.append("</table>\n");
    }

    private void table(Audit audit) {
        List<SectionRow> rows = everySection ? SectionFamilies.each(audit.countsBySection())
            : SectionFamilies.grouped(audit.countsBySection());
        out.append("<table><tr><th>section</th>");
        for (AccessKind kind : AccessKind.values()) {
            out.append("<th>").append(kind.name()).append("</th>");
        }
        out.append("</tr>\n");
        for (SectionRow row : rows) {
            row(escape(row.label()), row.counts());
        }
        row("<b>total</b>", audit.totals());
        out.append("</table>\n");
        if (rows.size() < audit.countsBySection().size()) {
            out.append("<p>").decimal(audit.countsBySection().size()).append(" sections in ").decimal(rows.size())
                .append(" rows: families of sections folded (<code>--sections all</code> lists each).</p>\n");
        }
    }

    /**
     * Bars on a logarithmic scale: a count {@code n ≥ 1} rises to {@code log10(n)} of the way to the
     * top power of ten (at least 2 pixels, so that 1 shows), 0 has no bar.
     */
    private void chart(long[] totals) {
        long max = 1;
        for (long t : totals) {
            max = Math.max(max, t);
        }
        int decades = Math.max(1, (int) Math.ceil(Math.log10(max) - 1e-9));
        int width = AXIS + BAR_WIDTH * totals.length + 8;
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").decimal(width).append("\" height=\"")
            .decimal(TOP + CHART_HEIGHT + 40).append("\" role=\"img\" aria-label=\"accesses by kind, logarithmic scale\">\n")
            .append("<text x=\"").decimal(AXIS).append("\" y=\"14\" font-size=\"12\" font-weight=\"bold\">")
            .append("Accesses by kind (logarithmic scale: each gridline is ten times the one below)</text>\n")
            .append("<text transform=\"translate(12,").decimal(TOP + CHART_HEIGHT / 2)
            .append(") rotate(-90)\" font-size=\"10\" text-anchor=\"middle\">accesses (log scale)</text>\n");
        for (int d = 0; d <= decades; d++) {
            int y = TOP + CHART_HEIGHT - CHART_HEIGHT * d / decades;
            out.append("<line x1=\"").decimal(AXIS - 4).append("\" y1=\"").decimal(y).append("\" x2=\"").decimal(width - 8)
                .append("\" y2=\"").decimal(y).append("\" stroke=\"#ddd\"/><text x=\"").decimal(AXIS - 6).append("\" y=\"")
                .decimal(y + 3).append("\" font-size=\"9\" text-anchor=\"end\" class=\"tick\">")
                .append(d < POWERS.length ? POWERS[d] : "1e" + d).append("</text>\n");
        }
        out.append("<line x1=\"").decimal(AXIS).append("\" y1=\"").decimal(TOP).append("\" x2=\"").decimal(AXIS)
            .append("\" y2=\"").decimal(TOP + CHART_HEIGHT).append("\" stroke=\"#888\"/>\n");
        for (int k = 0; k < totals.length; k++) {
            int height = totals[k] == 0 ? 0
                : Math.max(2, (int) Math.round(CHART_HEIGHT * Math.log10(totals[k]) / decades));
            int x = AXIS + k * BAR_WIDTH;
            int top = TOP + CHART_HEIGHT - height;
            String name = AccessKind.values()[k].name();
            out.append("<rect x=\"").decimal(x + 10).append("\" y=\"").decimal(top).append("\" width=\"")
                .decimal(BAR_WIDTH - 20).append("\" height=\"").decimal(height).append("\" fill=\"").append(COLOURS[k % COLOURS.length])
                .append("\"><title>").append(name).append(": ").decimal(totals[k]).append("</title></rect>")
                .append("<text x=\"").decimal(x + BAR_WIDTH / 2).append("\" y=\"").decimal(top - 3)
                .append("\" font-size=\"10\" text-anchor=\"middle\" class=\"value\">").decimal(totals[k]).append("</text>")
                .append("<text x=\"").decimal(x + BAR_WIDTH / 2).append("\" y=\"").decimal(TOP + CHART_HEIGHT + 14)
                .append("\" font-size=\"9\" text-anchor=\"middle\">").append(name.toLowerCase(Locale.ROOT)).append("</text>\n");
        }
        out.append("</svg>\n");
    }

    private void row(String name, long[] counts) {
        out.append("<tr><td>").append(name).append("</td>");
        for (long count : counts) {
            out.append("<td>").decimal(count).append("</td>");
        }
        out.append("</tr>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
