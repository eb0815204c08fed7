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
 */
public record Counters(long instructions, Map<Kind, Long> byKind, long loads, long stores, long atomics,
                       long takenBranches, Map<String, Long> syscalls) {

    public Counters {
        byKind = Map.copyOf(byKind);
        syscalls = Map.copyOf(syscalls);
    }
}
