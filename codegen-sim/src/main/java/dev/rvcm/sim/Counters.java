package dev.rvcm.sim;

import dev.rvcm.isa.Kind;
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
 */
public record Counters(long instructions, Map<Kind, Long> byKind, long loads, long stores, long atomics,
                       long takenBranches, Map<String, Long> syscalls, long gotLoads,
                       Map<String, Long> gotLoadsBySymbol, Map<String, Long> gotLoadsByFunction) {

    public Counters {
        byKind = Map.copyOf(byKind);
        syscalls = Map.copyOf(syscalls);
        gotLoadsBySymbol = Map.copyOf(gotLoadsBySymbol);
        gotLoadsByFunction = Map.copyOf(gotLoadsByFunction);
    }
}
