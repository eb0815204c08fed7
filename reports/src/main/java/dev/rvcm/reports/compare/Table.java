package dev.rvcm.reports.compare;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One table of a comparison, as every text-like rendering shows it: the text, Markdown and HTML
 * renderings all lay out the same cells, so their numbers cannot drift apart.
 *
 * @param id a short name (the HTML table's id)
 * @param title what the table shows
 * @param header the column titles, the first naming the row titles' column
 * @param rows the cells, each row as long as the header; the first cell names the row
 */
public record Table(String id, String title, List<String> header, List<List<String>> rows) {
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?%?|" + Pattern.quote(Figures.NONE) + "|-");

    public Table {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException(id + ": a row of " + row.size() + " cells under " + header.size() + " columns");
            }
        }
    }

    /** True when every cell of the column is a number (or stands for a missing one): it is right-aligned. */
    public boolean numeric(int column) {
        if (column == 0 || rows.isEmpty()) {
            return false;
        }
        for (List<String> row : rows) {
            if (!NUMBER.matcher(row.get(column)).matches()) {
                return false;
            }
        }
        return true;
    }
}
