package dev.rvcm.reports.compare;

import java.util.Optional;

/**
 * Where one variant's output first departs from the baseline's.
 *
 * @param variant the variant
 * @param baselineExitCode the baseline's exit code
 * @param exitCode the variant's
 * @param line the first compared line that differs, counting from 1 among the compared lines; empty when
 *             only the exit codes differ
 * @param expected the baseline's text of that line ({@code <end of output>} past its last line)
 * @param actual the variant's
 */
public record OutputDifference(String variant, int baselineExitCode, int exitCode, Optional<Integer> line,
                               String expected, String actual) {

    static final String END = "<end of output>";

    /** The first difference between {@code baseline} and {@code variant}, if there is one. */
    static Optional<OutputDifference> between(String variant, ComparedOutput baseline, ComparedOutput other) {
        int n = Math.max(baseline.kept().size(), other.kept().size());
        for (int i = 0; i < n; i++) {
            String expected = i < baseline.kept().size() ? baseline.kept().get(i) : null;
            String actual = i < other.kept().size() ? other.kept().get(i) : null;
            if (expected == null || !expected.equals(actual)) {
                return Optional.of(new OutputDifference(variant, baseline.exitCode(), other.exitCode(), Optional.of(i + 1),
                    expected == null ? END : ComparedOutput.display(expected), actual == null ? END : ComparedOutput.display(actual)));
            }
        }
        if (baseline.exitCode() != other.exitCode()) {
            return Optional.of(new OutputDifference(variant, baseline.exitCode(), other.exitCode(), Optional.empty(), "", ""));
        }
        return Optional.empty();
    }

    /** One line saying what differs. */
    public String describe() {
        StringBuilder sb = new StringBuilder(variant).append(": ");
        if (baselineExitCode != exitCode) {
            sb.append("exit code ").append(exitCode).append(" where the baseline has ").append(baselineExitCode);
            if (line.isPresent()) {
                sb.append("; ");
            }
        }
        line.ifPresent(n -> sb.append("stdout line ").append(n).append(" differs"));
        return sb.toString();
    }
}
