package dev.rvcm.reports.compare;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.SequencedMap;

/**
 * A GOT-indirect symbol or a function that executes GOT loads, with the GOT loads a variant executes
 * there beyond the baseline and its share of the variant's extra modeled cycles. The share apportions
 * the variant's extra cycles (its cycles minus the baseline's, per preset) over its extra GOT loads:
 * an estimate that charges every extra cycle to the GOT.
 *
 * @param name the symbol or function
 * @param extraGotLoads GOT loads beyond the baseline's at the same symbol or function
 * @param sharePercent this one's part of all the variant's extra GOT loads, in percent
 * @param extraCycles per preset, that share of the variant's extra cycles
 */
public record ExtraCost(String name, long extraGotLoads, double sharePercent, SequencedMap<String, Long> extraCycles) {
    public ExtraCost {
        extraCycles = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(extraCycles));
    }
}
