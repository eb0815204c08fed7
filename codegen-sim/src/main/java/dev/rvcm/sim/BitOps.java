package dev.rvcm.sim;

/**
 * The semantics of Zba, Zbb and Zbs: one static method per instruction, named after it, called by the
 * interpreter and by translated code alike. Operands and results as in {@link IntegerOps}.
 */
final class BitOps {

    private BitOps() {
    }

    static long sh1add(long a, long b) {
        return (a << 1) + b;
    }

    static long sh2add(long a, long b) {
        return (a << 2) + b;
    }

    static long sh3add(long a, long b) {
        return (a << 3) + b;
    }

    static long addUw(long a, long b) {
        return (a & 0xffffffffL) + b;
    }

    static long sh1addUw(long a, long b) {
        return ((a & 0xffffffffL) << 1) + b;
    }

    static long sh2addUw(long a, long b) {
        return ((a & 0xffffffffL) << 2) + b;
    }

    static long sh3addUw(long a, long b) {
        return ((a & 0xffffffffL) << 3) + b;
    }

    static long slliUw(long a, long shamt) {
        return (a & 0xffffffffL) << shamt;
    }

    static long andn(long a, long b) {
        return a & ~b;
    }

    static long orn(long a, long b) {
        return a | ~b;
    }

    static long xnor(long a, long b) {
        return ~(a ^ b);
    }

    static long max(long a, long b) {
        return Math.max(a, b);
    }

    static long maxu(long a, long b) {
        return a + Long.MIN_VALUE >= b + Long.MIN_VALUE ? a : b;
    }

    static long min(long a, long b) {
        return Math.min(a, b);
    }

    static long minu(long a, long b) {
        return a + Long.MIN_VALUE <= b + Long.MIN_VALUE ? a : b;
    }

    static long rol(long a, long b) {
        return Long.rotateLeft(a, (int) b);
    }

    static long ror(long a, long b) {
        return Long.rotateRight(a, (int) b);
    }

    static long rolw(long a, long b) {
        return Integer.rotateLeft((int) a, (int) b & 31);
    }

    static long rorw(long a, long b) {
        return Integer.rotateRight((int) a, (int) b & 31);
    }

    static long clz(long a) {
        return Long.numberOfLeadingZeros(a);
    }

    static long ctz(long a) {
        return Long.numberOfTrailingZeros(a);
    }

    static long cpop(long a) {
        return Long.bitCount(a);
    }

    static long clzw(long a) {
        return Integer.numberOfLeadingZeros((int) a);
    }

    static long ctzw(long a) {
        return Integer.numberOfTrailingZeros((int) a);
    }

    static long cpopw(long a) {
        return Integer.bitCount((int) a);
    }

    static long sextB(long a) {
        return (byte) a;
    }

    static long sextH(long a) {
        return (short) a;
    }

    static long zextH(long a) {
        return a & 0xffff;
    }

    static long orcB(long a) {
        long r = 0;
        for (int i = 0; i < 8; i++) {
            if (((a >>> (8 * i)) & 0xff) != 0) {
                r |= 0xffL << (8 * i);
            }
        }
        return r;
    }

    static long rev8(long a) {
        return Long.reverseBytes(a);
    }

    static long rori(long a, long shamt) {
        return Long.rotateRight(a, (int) shamt);
    }

    static long roriw(long a, long shamt) {
        return Integer.rotateRight((int) a, (int) shamt & 31);
    }

    static long bclr(long a, long b) {
        return a & ~(1L << b);
    }

    static long bclri(long a, long shamt) {
        return a & ~(1L << shamt);
    }

    static long bext(long a, long b) {
        return (a >>> b) & 1;
    }

    static long bexti(long a, long shamt) {
        return (a >>> shamt) & 1;
    }

    static long binv(long a, long b) {
        return a ^ (1L << b);
    }

    static long binvi(long a, long shamt) {
        return a ^ (1L << shamt);
    }

    static long bset(long a, long b) {
        return a | (1L << b);
    }

    static long bseti(long a, long shamt) {
        return a | (1L << shamt);
    }
}
