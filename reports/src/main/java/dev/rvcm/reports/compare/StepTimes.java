package dev.rvcm.reports.compare;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.SequencedMap;

/**
 * How long each step of making and measuring one variant took (wall time): {@code rewrite}, {@code link},
 * {@code audit}, {@code run}, in that order, the steps a variant had.
 *
 * @param steps step name to its duration
 */
public record StepTimes(SequencedMap<String, Duration> steps) {
    /** The steps, in the order a variant goes through them. */
    public static final java.util.List<String> ORDER = java.util.List.of("rewrite", "link", "audit", "run");

    public StepTimes {
        SequencedMap<String, Duration> ordered = new LinkedHashMap<>();
        for (String step : ORDER) {
            if (steps.containsKey(step)) {
                ordered.put(step, steps.get(step));
            }
        }
        if (ordered.size() != steps.size()) {
            throw new IllegalArgumentException("unknown step in " + steps.keySet());
        }
        steps = Collections.unmodifiableSequencedMap(ordered);
    }

    /** These times with {@code step} added. */
    public StepTimes with(String step, Duration time) {
        SequencedMap<String, Duration> more = new LinkedHashMap<>(steps);
        more.put(step, time);
        return new StepTimes(more);
    }

    public static StepTimes none() {
        return new StepTimes(new LinkedHashMap<>());
    }
}
