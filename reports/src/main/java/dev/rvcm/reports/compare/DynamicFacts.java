package dev.rvcm.reports.compare;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SequencedMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.TreeMap;

/**
 * What one variant did when it ran in rvcm's engine.
 *
 * @param stop how the run ended, as {@code rvcm run} describes it
 * @param instructions instructions retired
 * @param loads integer and floating-point loads
 * @param gotLoads loads from {@code .got}
 * @param ownCodeGotLoads GOT loads executed in the program's own functions; empty when {@link OwnCode} is unknown
 * @param gotLoadsBySymbol GOT loads by the symbol the entry holds, most first, each with its {@code .got} entries
 * @param gotLoadsByFunction GOT loads by the function executing them
 * @param cycles modeled cycles per timing preset, in the order the presets were asked for
 */
public record DynamicFacts(String stop, long instructions, long loads, long gotLoads, OptionalLong ownCodeGotLoads,
                           List<GotLoads> gotLoadsBySymbol, Map<String, Long> gotLoadsByFunction,
                           SequencedMap<String, Long> cycles) {

    public DynamicFacts {
        gotLoadsBySymbol = List.copyOf(gotLoadsBySymbol);
        gotLoadsByFunction = Collections.unmodifiableMap(new TreeMap<>(gotLoadsByFunction));
        cycles = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(cycles));
    }

    /** GOT loads of {@code symbol}, 0 if none. */
    public long gotLoadsOf(String symbol) {
        for (GotLoads g : gotLoadsBySymbol) {
            if (g.symbol().equals(symbol)) {
                return g.loads();
            }
        }
        return 0;
    }
}
