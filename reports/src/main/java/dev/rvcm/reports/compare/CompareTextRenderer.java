package dev.rvcm.reports.compare;

import dev.rvcm.reports.text.TextSink;
import java.util.List;

/** {@code rvcm compare} as text: the headline, then each table with its columns aligned. */
public final class CompareTextRenderer {
    private final TextSink out;

    public CompareTextRenderer(TextSink out) {
        this.out = out;
    }

    public void render(CompareReport report) {
        out.append("rvcm compare: ").append(CompareHeadline.title(report)).newline();
        for (String sentence : CompareHeadline.sentences(report)) {
            out.append(sentence).newline();
        }
        if (report.outputs().identical()) {
            for (Table table : CompareTables.of(report)) {
                out.newline();
                table(table);
            }
        } else {
            differences(report);
        }
    }

    private void differences(CompareReport report) {
        String baseline = report.baseline().name();
        for (OutputDifference d : report.outputs().differences()) {
            out.newline().append(d.describe()).newline();
            if (d.line().isPresent()) {
                int width = Math.max(baseline.length(), d.variant().length());
                out.append("  ").append(pad(baseline, width, false)).append(" | ").append(d.expected()).newline();
                out.append("  ").append(pad(d.variant(), width, false)).append(" | ").append(d.actual()).newline();
            }
        }
        out.newline();
        List<List<String>> rows = report.variants().stream()
            .map(v -> List.of(v.name(), Integer.toString(v.output().exitCode()), v.output().sha256())).toList();
        table(new Table("outputs", "outputs", List.of("variant", "exit code", "stdout SHA-256"), rows));
    }

    /** A table: its title, then header and rows with each column as wide as its widest cell. */
    public void table(Table table) {
        out.append(table.title()).append(':').newline();
        if (table.rows().isEmpty()) {
            out.append("  (none)").newline();
            return;
        }
        int columns = table.header().size();
        int[] width = new int[columns];
        for (int c = 0; c < columns; c++) {
            width[c] = table.header().get(c).length();
            for (List<String> row : table.rows()) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        line(table.header(), width, table);
        for (List<String> row : table.rows()) {
            line(row, width, table);
        }
    }

    private void line(List<String> cells, int[] width, Table table) {
        StringBuilder sb = new StringBuilder("  ");
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                sb.append("  ");
            }
            sb.append(pad(cells.get(c), width[c], table.numeric(c)));
        }
        out.append(sb.toString().stripTrailing()).newline();
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(Math.max(0, width - text.length()));
        return right ? spaces + text : text + spaces;
    }
}
