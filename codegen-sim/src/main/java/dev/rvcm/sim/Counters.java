package dev.rvcm.sim;

import dev.rvcm.isa.Kind;
import java.util.List;
import java.util.Map;

/**
 * What a run did.
 *
 * @param instructions  instructions retired
 * @param byKind        instructions retired by {@link Kind}
 * @param loads         integer and FP loads (including LR, excluding AMOs)
 * @param stores        integer and FP stores (excluding SC and AMOs)
 * @param atomics       LR, SC and AMO instructions
 * @param takenBranches conditional branches taken
 * @param syscalls      system calls by name; numbers without a handler as {@code unknown-N}
 * @param gotLoads      loads from the image's {@code .got} ({@code auipc}+{@code ld} pairs recognized
 *                      when decoded, counted from per-instruction execution counts: free at run time)
 * @param gotLoadsBySymbol   GOT loads by the symbol the GOT entry holds the address of
 * @param gotLoadsByFunction GOT loads by the function the load is in
 * @param cycles        modeled cycles, one entry per timing model the run was given, in that order
 */
public record Counters(long instructions, Map<Kind, Long> byKind, long loads, long stores, long atomics,
                       long takenBranches, Map<String, Long> syscalls, long gotLoads,
                       Map<String, Long> gotLoadsBySymbol, Map<String, Long> gotLoadsByFunction,
                       List<ModeledCycles> cycles) {
    /** How {@link #gotLoadsBySymbol()} ends the name of an entry that holds 0: an undefined weak symbol's. */
    public static final String UNDEFINED_WEAK = "(undefined weak: 0)";


    public Counters {
        byKind = Map.copyOf(byKind);
        syscalls = Map.copyOf(syscalls);
        gotLoadsBySymbol = Map.copyOf(gotLoadsBySymbol);
        gotLoadsByFunction = Map.copyOf(gotLoadsByFunction);
        cycles = List.copyOf(cycles);
    }

    /** The modeled cycles of the timing model called {@code model}, if the run had it. */
    public java.util.Optional<ModeledCycles> cycles(String model) {
        return cycles.stream().filter(c -> c.model().equals(model)).findFirst();
    }
}
