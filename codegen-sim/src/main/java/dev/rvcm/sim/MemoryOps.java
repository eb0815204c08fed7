package dev.rvcm.sim;

/**
 * The semantics of loads and stores, integer and floating point: one static method per instruction,
 * named after it, given the effective address (the engine computes {@code rs1 + offset} and hands it
 * to the timing model first). Loads return the value for {@code rd} (sign- or zero-extended; a
 * single NaN-boxed), stores take the value of {@code rs2}. A bad address throws {@link GuestFault}
 * before anything is written.
 */
final class MemoryOps {

    private MemoryOps() {
    }

    static long lb(Memory m, long a) {
        return m.load8(a);
    }

    static long lh(Memory m, long a) {
        return m.load16(a);
    }

    static long lw(Memory m, long a) {
        return m.load32(a);
    }

    static long ld(Memory m, long a) {
        return m.load64(a);
    }

    static long lbu(Memory m, long a) {
        return m.load8(a) & 0xffL;
    }

    static long lhu(Memory m, long a) {
        return m.load16(a) & 0xffffL;
    }

    static long lwu(Memory m, long a) {
        return m.load32(a) & 0xffffffffL;
    }

    static long flw(Memory m, long a) {
        return Fpu.box(m.load32(a));
    }

    static long fld(Memory m, long a) {
        return m.load64(a);
    }

    static void sb(Memory m, long a, long v) {
        m.store8(a, (byte) v);
    }

    static void sh(Memory m, long a, long v) {
        m.store16(a, (short) v);
    }

    static void sw(Memory m, long a, long v) {
        m.store32(a, (int) v);
    }

    static void sd(Memory m, long a, long v) {
        m.store64(a, v);
    }

    static void fsw(Memory m, long a, long v) {
        m.store32(a, (int) v);
    }

    static void fsd(Memory m, long a, long v) {
        m.store64(a, v);
    }
}
