package dev.rvcm.reports.check;

/**
 * How a check used a baseline, for its reports.
 *
 * @param path the baseline file as given
 * @param knownFindings the findings the baseline accounted for (not reported)
 */
public record BaselineUse(String path, long knownFindings) {
}
