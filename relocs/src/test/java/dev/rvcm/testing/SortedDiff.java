package dev.rvcm.testing;

import java.util.List;

/** The first differences between two sorted lists, for assertion messages on million-row lists. */
public final class SortedDiff {
    private SortedDiff() {
    }

    /** Up to {@code limit} rows found in only one of the two sorted lists, named by side. */
    public static String describe(List<String> left, List<String> right, String leftName, String rightName, int limit) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int j = 0;
        int shown = 0;
        while ((i < left.size() || j < right.size()) && shown < limit) {
            int c = i == left.size() ? 1 : j == right.size() ? -1 : left.get(i).compareTo(right.get(j));
            if (c == 0) {
                i++;
                j++;
                continue;
            }
            if (c < 0) {
                out.append("  only in ").append(leftName).append(": ").append(left.get(i++)).append('\n');
            } else {
                out.append("  only in ").append(rightName).append(": ").append(right.get(j++)).append('\n');
            }
            shown++;
        }
        return out.toString();
    }
}
