package dev.rvcm.reports.compare;

import java.util.ArrayList;
import java.util.List;

/** The sentences above a comparison's tables, the same in every text-like rendering. */
public final class CompareHeadline {
    /** Ignored lines quoted per pattern. */
    static final int QUOTED = 3;

    private CompareHeadline() {
    }

    /** What ran: the program and its arguments. */
    public static String title(CompareReport report) {
        return String.join(" ", report.program(), String.join(" ", report.arguments())).strip();
    }

    /** The sentences, in order. */
    public static List<String> sentences(CompareReport report) {
        List<String> out = new ArrayList<>();
        out.add(report.variants().size() + " variants, measured against " + report.baseline().name() + "; guest clock "
            + report.clock() + "; timing presets " + String.join(", ", report.presets()) + ".");
        OutputCheck check = report.outputs();
        if (check.identical()) {
            out.add("Outputs identical: every variant exited with " + report.baseline().output().exitCode()
                + " and wrote the same " + report.baseline().output().kept().size() + " compared lines (stdout SHA-256 "
                + report.baseline().output().sha256().substring(0, 16) + "…).");
        } else {
            out.add("Outputs differ from " + report.baseline().name() + "'s, so no numbers are shown: "
                + String.join("; ", check.differences().stream().map(OutputDifference::describe).toList()) + ".");
        }
        check.ignoredInBaseline().forEach((pattern, lines) -> {
            StringBuilder sb = new StringBuilder("Left out of the comparison by --ignore-lines '").append(pattern).append("': ")
                .append(lines.size()).append(lines.size() == 1 ? " line" : " lines").append(" of the baseline");
            if (!lines.isEmpty()) {
                sb.append(", e.g. ").append(String.join(" | ", lines.subList(0, Math.min(QUOTED, lines.size())).stream()
                    .map(l -> "\"" + l + "\"").toList()));
            }
            out.add(sb.append('.').toString());
        });
        return out;
    }
}
