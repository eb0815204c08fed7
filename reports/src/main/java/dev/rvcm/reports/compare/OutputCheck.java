package dev.rvcm.reports.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

/**
 * Whether every variant wrote what the baseline (the first variant) wrote: the same compared stdout lines
 * and the same exit code.
 *
 * @param identical true when no variant differs
 * @param differences the first difference of each variant that differs, in variant order
 * @param ignoredInBaseline per {@code --ignore-lines} pattern, the baseline's lines it left out
 */
public record OutputCheck(boolean identical, List<OutputDifference> differences,
                          SequencedMap<String, List<String>> ignoredInBaseline) {

    public OutputCheck {
        differences = List.copyOf(differences);
        SequencedMap<String, List<String>> copy = new LinkedHashMap<>();
        ignoredInBaseline.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        ignoredInBaseline = Collections.unmodifiableSequencedMap(copy);
    }

    /** Checks {@code outputs} (the baseline first) against the baseline. */
    public static OutputCheck of(List<String> names, List<ComparedOutput> outputs) {
        ComparedOutput baseline = outputs.getFirst();
        List<OutputDifference> differences = new ArrayList<>();
        for (int i = 1; i < outputs.size(); i++) {
            OutputDifference.between(names.get(i), baseline, outputs.get(i)).ifPresent(differences::add);
        }
        SequencedMap<String, List<String>> ignored = new LinkedHashMap<>();
        baseline.ignored().forEach((pattern, lines) -> ignored.put(pattern, lines.stream().map(ComparedOutput::display).toList()));
        return new OutputCheck(differences.isEmpty(), differences, ignored);
    }
}
