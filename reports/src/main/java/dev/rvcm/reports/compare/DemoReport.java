package dev.rvcm.reports.compare;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code rvcm demo}: one comparison per corpus benchmark, and the summary across them.
 *
 * @param inputs where the variants came from: {@code rebuilt} (linked from the bundled objects) or
 *               {@code prebuilt} (the bundled programs: no cross toolchain here)
 * @param comparisons one per benchmark, in order
 * @param wall how long the whole demo took
 */
public record DemoReport(String inputs, List<CompareReport> comparisons, Duration wall) {
    public static final int SCHEMA_VERSION = 1;

    public DemoReport {
        comparisons = List.copyOf(comparisons);
    }

    /** True when every benchmark's variants wrote the same. */
    public boolean identicalOutputs() {
        return comparisons.stream().allMatch(c -> c.outputs().identical());
    }

    /** The summary: per benchmark and variant, the GOT loads and the overheads against the baseline. */
    public Table summary() {
        List<String> presets = comparisons.isEmpty() ? List.of() : comparisons.getFirst().presets();
        List<String> header = new ArrayList<>(List.of("benchmark", "variant", "own GOT loads", "GOT loads", "instructions"));
        header.addAll(presets);
        List<List<String>> rows = new ArrayList<>();
        for (CompareReport c : comparisons) {
            for (VariantReport v : c.variants()) {
                List<String> row = new ArrayList<>(List.of(c.program(), v.name()));
                if (c.outputs().identical()) {
                    row.add(Figures.count(v.dynamics().ownCodeGotLoads()));
                    row.add(Figures.count(v.dynamics().gotLoads()));
                    row.add(Figures.percent(v.overheadPercent().getOrDefault("instructions", Double.NaN)));
                    presets.forEach(p -> row.add(Figures.percent(v.overheadPercent().getOrDefault(p, Double.NaN))));
                } else {
                    for (int i = 2; i < header.size(); i++) {
                        row.add("differs");
                    }
                }
                rows.add(row);
            }
        }
        return new Table("summary", "per benchmark: GOT loads (from the program's own code and all) and overhead against "
            + "each benchmark's first variant (instructions, modeled cycles per timing preset)", header, rows);
    }
}
