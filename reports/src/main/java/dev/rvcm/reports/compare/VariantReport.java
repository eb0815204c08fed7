package dev.rvcm.reports.compare;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

/**
 * One variant of a {@link CompareReport}.
 *
 * @param name the variant's name ({@code original}, {@code semi-pic}, {@code pic}, or a {@code --variant} name)
 * @param origin how it was made, in a few words ({@code medany objects}, {@code rewritten to semi-pic}, a path)
 * @param output its output as compared
 * @param statics what its image is
 * @param dynamics what its run did
 * @param overheadPercent against the baseline, in percent: {@code instructions}, then each preset's cycles
 * @param hotSymbols the GOT-indirect symbols with the most extra GOT loads, most first (none for the baseline)
 * @param hotFunctions the functions with the most extra GOT loads, most first
 * @param steps how long each step took
 */
public record VariantReport(String name, String origin, ComparedOutput output, StaticFacts statics, DynamicFacts dynamics,
                            SequencedMap<String, Double> overheadPercent, List<ExtraCost> hotSymbols,
                            List<ExtraCost> hotFunctions, StepTimes steps) {

    public VariantReport {
        overheadPercent = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(overheadPercent));
        hotSymbols = List.copyOf(hotSymbols);
        hotFunctions = List.copyOf(hotFunctions);
    }
}
