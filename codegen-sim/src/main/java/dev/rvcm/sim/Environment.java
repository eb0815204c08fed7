package dev.rvcm.sim;

import dev.rvcm.isa.Opcode;

/**
 * What surrounds the hart: Linux user mode (system calls, no privileged state) or bare metal (machine
 * mode, traps, HTIF). The hart calls it for {@code ecall}, {@code ebreak}, privileged instructions and
 * CSR accesses; it ends the run by setting {@link Hart#stop}.
 */
interface Environment {

    /** {@code ecall}; {@code hart.pc} is the ecall's address. */
    void ecall(Hart hart);

    /** {@code ebreak} / {@code c.ebreak} at {@code pc}. */
    void breakpoint(Hart hart, long pc);

    /** {@code mret}, {@code sret}, {@code wfi}, {@code sfence.vma}…; returns the next pc. */
    long system(Hart hart, Opcode opcode, long pc, long nextPc);

    /** Reads a CSR; throws an illegal-instruction fault (of word {@code w}) if it does not exist. */
    long readCsr(Hart hart, int csr, int w);

    /** Writes a CSR. */
    void writeCsr(Hart hart, int csr, long value, int w);

    /** Whether guest faults become traps (bare metal) instead of ending the run (Linux user mode). */
    default boolean traps() {
        return false;
    }

    /** Takes a trap for {@code fault} at {@code pc} (bare metal); returns the handler's address. */
    default long trap(Hart hart, GuestFault fault, long pc, int word) {
        throw fault;
    }

    /** A store hit the watched page ({@link Memory#watchedPage}). */
    default void watched(Hart hart) {
    }
}
