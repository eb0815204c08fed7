package dev.rvcm.reports.compare;

import dev.rvcm.reports.text.TextSink;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * A grouped bar chart as inline SVG: one group of bars per label along the x axis, one bar per series in
 * each group, a legend naming the series, and each bar's value written above it (and in its
 * {@code <title>}), so the chart reads without colour and without scripts. Negative values hang below the
 * zero line; a logarithmic scale ({@code log10(1 + v)}) suits counts that span orders of magnitude. The
 * scale reaches at least 1 (1 %, or 9 on the logarithmic scale), so that tiny values draw as tiny bars.
 *
 * @param label what the chart shows (the SVG's accessible name)
 * @param groups the labels along the x axis
 * @param series the names of the bars in each group (the legend)
 * @param values {@code values[group][series]}
 * @param format how a value is written
 * @param logScale true for a logarithmic scale (values must not be negative)
 */
public record SvgBarChart(String label, List<String> groups, List<String> series, double[][] values,
                          DoubleFunction<String> format, boolean logScale) {
    static final String[] COLOURS = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#9c755f",
        "#ff9da7", "#bab0ac"};
    private static final int BAR = 22;
    private static final int GAP = 18;
    private static final int PLOT = 200;
    private static final int TOP = 24;
    private static final int LEFT = 12;

    public SvgBarChart {
        groups = List.copyOf(groups);
        series = List.copyOf(series);
        values = values.clone();
    }

    public void render(TextSink out) {
        double max = 0;
        double min = 0;
        for (double[] group : values) {
            for (double v : group) {
                max = Math.max(max, scaled(v));
                min = Math.min(min, scaled(v));
            }
        }
        // At least one unit (1 %, or 9 on the log scale) above zero, so that tiny values stay tiny.
        max = Math.max(max, 1);
        int groupWidth = series.size() * BAR + GAP;
        int legendWidth = 0;
        for (String s : series) {
            legendWidth = Math.max(legendWidth, 7 * s.length() + 24);
        }
        int width = Math.max(LEFT + groups.size() * groupWidth + GAP, legendWidth * Math.min(series.size(), 4) + LEFT);
        int legendRows = (series.size() + 3) / 4;
        double unit = PLOT / (max - min);
        int zero = TOP + (int) Math.round(max * unit);
        int labels = TOP + PLOT + 16;
        int height = labels + 20 + 18 * legendRows;
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").decimal(width).append("\" height=\"").decimal(height)
            .append("\" viewBox=\"0 0 ").decimal(width).append(' ').decimal(height).append("\" role=\"img\" aria-label=\"")
            .append(Html.escape(label)).append("\">\n<title>").append(Html.escape(label)).append("</title>\n");
        out.append("<line x1=\"").decimal(LEFT).append("\" y1=\"").decimal(zero).append("\" x2=\"").decimal(width - GAP / 2)
            .append("\" y2=\"").decimal(zero).append("\" stroke=\"#444\" stroke-width=\"1\"/>\n");
        for (int g = 0; g < groups.size(); g++) {
            int x0 = LEFT + GAP / 2 + g * groupWidth;
            for (int s = 0; s < series.size(); s++) {
                double v = values[g][s];
                int h = (int) Math.round(Math.abs(scaled(v)) * unit);
                int x = x0 + s * BAR;
                int y = scaled(v) >= 0 ? zero - h : zero;
                String text = format.apply(v);
                out.append("<rect x=\"").decimal(x + 2).append("\" y=\"").decimal(y).append("\" width=\"").decimal(BAR - 4)
                    .append("\" height=\"").decimal(Math.max(h, 1)).append("\" fill=\"").append(COLOURS[s % COLOURS.length])
                    .append("\"><title>").append(Html.escape(groups.get(g) + ", " + series.get(s) + ": " + text))
                    .append("</title></rect>");
                int ty = scaled(v) >= 0 ? y - 3 : y + h + 9;
                out.append("<text x=\"").decimal(x + BAR / 2).append("\" y=\"").decimal(ty)
                    .append("\" font-size=\"8\" text-anchor=\"middle\">").append(Html.escape(text)).append("</text>\n");
            }
            String name = groups.get(g);
            int fits = Math.max(4, (groupWidth - 6) / 6);
            String shown = name.length() > fits ? name.substring(0, fits - 1) + "…" : name;
            out.append("<text x=\"").decimal(x0 + series.size() * BAR / 2).append("\" y=\"").decimal(labels)
                .append("\" font-size=\"11\" text-anchor=\"middle\"><title>").append(Html.escape(name)).append("</title>")
                .append(Html.escape(shown)).append("</text>\n");
        }
        for (int s = 0; s < series.size(); s++) {
            int x = LEFT + (s % 4) * legendWidth;
            int y = labels + 16 + 18 * (s / 4);
            out.append("<rect x=\"").decimal(x).append("\" y=\"").decimal(y - 10).append("\" width=\"12\" height=\"12\" fill=\"")
                .append(COLOURS[s % COLOURS.length]).append("\"/><text x=\"").decimal(x + 16).append("\" y=\"").decimal(y)
                .append("\" font-size=\"11\">").append(Html.escape(series.get(s))).append("</text>\n");
        }
        out.append("</svg>\n");
    }

    private double scaled(double v) {
        if (Double.isNaN(v)) {
            return 0;
        }
        return logScale ? Math.log10(1 + Math.max(0, v)) : v;
    }

    /** A percentage as the tables write it. */
    static String percent(double v) {
        return Figures.percent(v);
    }

    /** A count. */
    static String count(double v) {
        return String.format(Locale.ROOT, "%d", Math.round(v));
    }
}
