package dev.rvcm.reports.compare;

import dev.rvcm.reports.text.TextSink;
import java.util.List;

/** {@code rvcm compare --format markdown}: the text report as GitHub-flavoured Markdown, for PR comments and job summaries. */
public final class CompareMarkdownRenderer {
    private final TextSink out;

    public CompareMarkdownRenderer(TextSink out) {
        this.out = out;
    }

    public void render(CompareReport report) {
        out.append("## rvcm compare: `").append(CompareHeadline.title(report)).append('`').newline().newline();
        for (String sentence : CompareHeadline.sentences(report)) {
            out.append(escape(sentence)).newline().newline();
        }
        if (report.outputs().identical()) {
            for (Table table : CompareTables.of(report)) {
                table(table);
            }
            return;
        }
        String baseline = report.baseline().name();
        for (OutputDifference d : report.outputs().differences()) {
            out.append("- ").append(escape(d.describe())).newline();
            if (d.line().isPresent()) {
                out.newline().append("  ```").newline().append("  ").append(baseline).append(": ").append(d.expected()).newline()
                    .append("  ").append(d.variant()).append(": ").append(d.actual()).newline().append("  ```").newline();
            }
        }
        out.newline();
        table(new Table("outputs", "outputs", List.of("variant", "exit code", "stdout SHA-256"), report.variants().stream()
            .map(v -> List.of(v.name(), Integer.toString(v.output().exitCode()), v.output().sha256())).toList()));
    }

    /** A table under a level-3 heading; numeric columns right-aligned. */
    public void table(Table table) {
        out.append("### ").append(escape(table.title())).newline().newline();
        if (table.rows().isEmpty()) {
            out.append("(none)").newline().newline();
            return;
        }
        out.append('|');
        for (String h : table.header()) {
            out.append(' ').append(escape(h)).append(" |");
        }
        out.newline().append('|');
        for (int c = 0; c < table.header().size(); c++) {
            out.append(table.numeric(c) ? "--:|" : "---|");
        }
        out.newline();
        for (List<String> row : table.rows()) {
            out.append('|');
            for (String cell : row) {
                out.append(' ').append(escape(cell)).append(" |");
            }
            out.newline();
        }
        out.newline();
    }

    private static String escape(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
