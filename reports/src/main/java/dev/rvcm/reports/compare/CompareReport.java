package dev.rvcm.reports.compare;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

/**
 * {@code rvcm compare}: code-model variants of one program, run with the same arguments, input and clock,
 * side by side. The first variant is the baseline every other is measured against. When an output
 * differs, the report is the difference and no numbers ({@link #outputs()}).
 *
 * @param program what ran, as the report's title (the baseline's name of the program)
 * @param arguments the guest's arguments after its name
 * @param clock the guest clock of the runs ({@code --clock})
 * @param presets the timing presets counted, in order
 * @param outputs whether the variants wrote the same
 * @param variants every variant, the baseline first
 * @param wall how long the whole comparison took
 */
public record CompareReport(String program, List<String> arguments, String clock, List<String> presets,
                            OutputCheck outputs, List<VariantReport> variants, Duration wall) {
    /** Version of the JSON rendering. */
    public static final int SCHEMA_VERSION = 1;

    public CompareReport {
        arguments = List.copyOf(arguments);
        presets = List.copyOf(presets);
        variants = List.copyOf(variants);
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs a variant");
        }
    }

    /** The variant the others are measured against. */
    public VariantReport baseline() {
        return variants.getFirst();
    }

    /** Sets every measurement against the first one's. */
    public static CompareReport of(String program, List<String> arguments, String clock, List<String> presets,
                                   List<VariantMeasurement> measured, Duration wall) {
        OutputCheck outputs = OutputCheck.of(measured.stream().map(VariantMeasurement::name).toList(),
            measured.stream().map(VariantMeasurement::output).toList());
        DynamicFacts base = measured.getFirst().dynamics();
        List<VariantReport> variants = new ArrayList<>();
        for (int i = 0; i < measured.size(); i++) {
            VariantMeasurement m = measured.get(i);
            DynamicFacts d = m.dynamics();
            SequencedMap<String, Double> overhead = new LinkedHashMap<>();
            overhead.put("instructions", percent(d.instructions(), base.instructions()));
            d.cycles().forEach((preset, cycles) -> overhead.put(preset, percent(cycles, base.cycles().getOrDefault(preset, 0L))));
            boolean isBaseline = i == 0;
            variants.add(new VariantReport(m.name(), m.origin(), m.output(), m.statics(), d, overhead,
                isBaseline ? List.of() : ExtraCosts.bySymbol(base, d), isBaseline ? List.of() : ExtraCosts.byFunction(base, d),
                m.steps()));
        }
        return new CompareReport(program, arguments, clock, presets, outputs, variants, wall);
    }

    /** {@code (value - base) / base} in percent; NaN when the base is 0 and the value is not. */
    static double percent(long value, long base) {
        if (base == 0) {
            return value == 0 ? 0 : Double.NaN;
        }
        return 100.0 * (value - base) / base;
    }
}
