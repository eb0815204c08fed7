package dev.rvcm.reports.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/** Works out a variant's {@link ExtraCost}s against the baseline: where its extra GOT loads are. */
final class ExtraCosts {
    /** How many symbols and functions a report lists. */
    static final int TOP = 10;

    private ExtraCosts() {
    }

    static List<ExtraCost> bySymbol(DynamicFacts baseline, DynamicFacts variant) {
        return of(loads(baseline.gotLoadsBySymbol()), loads(variant.gotLoadsBySymbol()), baseline, variant);
    }

    static List<ExtraCost> byFunction(DynamicFacts baseline, DynamicFacts variant) {
        return of(baseline.gotLoadsByFunction(), variant.gotLoadsByFunction(), baseline, variant);
    }

    private static Map<String, Long> loads(List<GotLoads> bySymbol) {
        Map<String, Long> out = new HashMap<>();
        bySymbol.forEach(g -> out.put(g.symbol(), g.loads()));
        return out;
    }

    private static List<ExtraCost> of(Map<String, Long> before, Map<String, Long> after, DynamicFacts baseline,
                                      DynamicFacts variant) {
        Map<String, Long> extra = new HashMap<>();
        long total = 0;
        for (Map.Entry<String, Long> e : after.entrySet()) {
            long more = e.getValue() - before.getOrDefault(e.getKey(), 0L);
            if (more > 0) {
                extra.put(e.getKey(), more);
                total += more;
            }
        }
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(extra.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        List<ExtraCost> out = new ArrayList<>();
        for (Map.Entry<String, Long> e : sorted.subList(0, Math.min(TOP, sorted.size()))) {
            double share = (double) e.getValue() / total;
            SequencedMap<String, Long> cycles = new LinkedHashMap<>();
            variant.cycles().forEach((preset, n) -> {
                long extraCycles = n - baseline.cycles().getOrDefault(preset, n);
                cycles.put(preset, Math.round(share * extraCycles));
            });
            out.add(new ExtraCost(e.getKey(), e.getValue(), 100 * share, cycles));
        }
        return out;
    }
}
