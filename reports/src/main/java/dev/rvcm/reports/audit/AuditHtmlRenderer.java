package dev.rvcm.reports.audit;

import dev.rvcm.analyzer.AccessKind;
import dev.rvcm.analyzer.Audit;
import dev.rvcm.analyzer.SemiPicVerdict;
import dev.rvcm.reports.text.TextSink;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code rvcm audit --format html}: one self-contained page (inline CSS, no scripts, no external
 * resources) with, per file, an SVG bar chart of the accesses by kind (log scale), the table by
 * section and the semi-PIC verdict.
 */
public final class AuditHtmlRenderer {
    private static final String[] COLOURS = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#9c755f"};
    private static final int BAR_WIDTH = 70;
    private static final int CHART_HEIGHT = 180;

    private final TextSink out;

    public AuditHtmlRenderer(TextSink out) {
        this.out = out;
    }

    public void render(List<Audit> audits) {
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>rvcm audit</title><style>")
            .append("body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;")
            .append("padding:2px 8px;text-align:right}td:first-child,th:first-child{text-align:left}")
            .append(".blocked{color:#b00}.ready{color:#080}</style></head><body>\n<h1>rvcm audit</h1>\n");
        for (Audit audit : audits) {
            file(audit);
        }
        out.append("</body></html>\n");
    }

    private void file(Audit audit) {
        out.append("<h2>").append(escape(audit.unit().elf().source())).append("</h2>\n<p>Code model <b>")
            .append(audit.model().model().name()).append("</b>: ").append(escape(audit.model().evidence())).append("</p>\n");
        chart(audit.totals());
        out.append("<table><tr><th>section</th>");
        for (AccessKind kind : AccessKind.values()) {
            out.append("<th>").append(kind.name()).append("</th>");
        }
        out.append("</tr>\n");
        for (Map.Entry<String, long[]> row : audit.countsBySection().entrySet()) {
            row(escape(row.getKey()), row.getValue());
        }
        row("<b>total</b>", audit.totals());
        out.append("</table>\n");
        SemiPicVerdict v = audit.verdict();
        out.append("<h3 class=\"").append(v.ready() ? "ready" : "blocked").append("\">Semi-PIC: ")
            .append(v.ready() ? "ready" : "blocked").append("</h3>\n<ol><li>").decimal(v.loadSegments())
            .append(" PT_LOAD segments move as one; ").decimal(v.crossSegmentPcRelative())
            .append(" PC-relative accesses cross segments</li><li>").decimal(v.absoluteCode())
            .append(" lui-absolute code accesses</li><li>").decimal(v.gpRelative()).append(" gp-relative accesses</li></ol>\n");
        if (!v.topBlockers().isEmpty()) {
            out.append("<table><tr><th>blocker</th><th>kind</th><th>accesses</th><th>first at</th></tr>\n");
            for (SemiPicVerdict.SymbolCount s : v.topBlockers()) {
                out.append("<tr><td><code>").append(escape(s.symbol())).append("</code></td><td>").append(s.kind().name())
                    .append("</td><td>").decimal(s.count()).append("</td><td><code>").append(escape(s.firstLocation()))
                    .append("</code></td></tr>\n");
            }
            out.append("</table>\n");
        }
        out.append("<p>Boot-time relocation: ").decimal(v.dataWords()).append(" data words, ").decimal(v.relaBytes())
            .append(" bytes as RELA, ").decimal(v.relrBytes()).append(" bytes as RELR.</p>\n");
    }

    private void chart(long[] totals) {
        double max = 1;
        for (long t : totals) {
            max = Math.max(max, Math.log10(1 + t));
        }
        int width = BAR_WIDTH * totals.length;
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").decimal(width).append("\" height=\"")
            .decimal(CHART_HEIGHT + 40).append("\" role=\"img\" aria-label=\"accesses by kind, log scale\">\n");
        for (int k = 0; k < totals.length; k++) {
            int height = (int) Math.round(CHART_HEIGHT * Math.log10(1 + totals[k]) / max);
            int x = k * BAR_WIDTH;
            out.append("<rect x=\"").decimal(x + 8).append("\" y=\"").decimal(CHART_HEIGHT - height).append("\" width=\"")
                .decimal(BAR_WIDTH - 16).append("\" height=\"").decimal(height).append("\" fill=\"").append(COLOURS[k % COLOURS.length])
                .append("\"><title>").append(AccessKind.values()[k].name()).append(": ").decimal(totals[k]).append("</title></rect>")
                .append("<text x=\"").decimal(x + BAR_WIDTH / 2).append("\" y=\"").decimal(CHART_HEIGHT + 14)
                .append("\" font-size=\"9\" text-anchor=\"middle\">").append(AccessKind.values()[k].name().toLowerCase(Locale.ROOT))
                .append("</text><text x=\"").decimal(x + BAR_WIDTH / 2).append("\" y=\"").decimal(CHART_HEIGHT + 28)
                .append("\" font-size=\"10\" text-anchor=\"middle\">").decimal(totals[k]).append("</text>\n");
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
