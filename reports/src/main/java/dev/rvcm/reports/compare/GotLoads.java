package dev.rvcm.reports.compare;

import java.util.List;

/**
 * The GOT loads a run executed through the entries holding one symbol's address.
 *
 * @param symbol the symbol, as the engine names it (an address in hex when no symbol is there)
 * @param loads GOT loads executed
 * @param entries the {@code .got} entries holding the symbol's address (normally one)
 * @param sites the code accesses that load those entries
 */
public record GotLoads(String symbol, long loads, List<Long> entries, long sites) {
    public GotLoads {
        entries = List.copyOf(entries);
    }
}
