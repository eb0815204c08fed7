package dev.rvcm.reports.compare;

import dev.rvcm.reports.text.TextSink;
import java.util.List;

/**
 * The page around the HTML renderings of comparisons: well-formed (every element closed, so XML tools
 * read it too), self-contained, and with a content security policy that lets the browser load nothing
 * and run nothing: a page that tried would log an error in the console.
 */
public final class Html {
    private Html() {
    }

    /** Opens the document up to {@code <body>} and writes its {@code <h1>}. */
    public static void begin(TextSink out, String title) {
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>")
            .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"/>")
            .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>").append(escape(title))
            .append("</title><style>body{font-family:sans-serif;margin:2em;max-width:80em}table{border-collapse:collapse;margin:.5em 0 1.5em}")
            .append("td,th{border:1px solid #ccc;padding:2px 8px;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}")
            .append("caption{text-align:left;font-weight:bold;padding:.3em 0}figure{margin:1em 0}figcaption{font-weight:bold}")
            .append(".differ{color:#b00}pre{background:#f4f4f4;padding:.5em}</style></head><body>\n<h1>")
            .append(escape(title)).append("</h1>\n");
    }

    public static void end(TextSink out) {
        out.append("</body></html>\n");
    }

    /** A table with its title as caption; numeric columns right-aligned. */
    public static void table(TextSink out, Table table) {
        out.append("<table id=\"").append(escape(table.id())).append("\"><caption>").append(escape(table.title()))
            .append("</caption>\n<thead><tr>");
        for (String h : table.header()) {
            out.append("<th scope=\"col\">").append(escape(h)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : table.rows()) {
            out.append("<tr><th scope=\"row\">").append(escape(row.getFirst())).append("</th>");
            for (int c = 1; c < row.size(); c++) {
                out.append(table.numeric(c) ? "<td class=\"n\">" : "<td>").append(escape(row.get(c))).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
