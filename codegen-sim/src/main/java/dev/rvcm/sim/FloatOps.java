package dev.rvcm.sim;

/**
 * The semantics of F and D: one static method per instruction, named after it, called by the
 * interpreter and by translated code alike. Each takes the hart's {@link Fpu} (accrued flags), the
 * raw values of its source registers (FP registers as their bits, singles NaN-boxed; integer sources
 * as values) and, for instructions with a rounding-mode field, the effective rounding mode (the
 * engine resolves {@code dyn} from {@code frm} and refuses reserved modes); it returns the raw value
 * for {@code rd}, an FP or integer register as the instruction says.
 */
final class FloatOps {

    private FloatOps() {
    }

    static long faddS(Fpu u, long a, long b, int rm) {
        return Fpu.box(u.addS(Fpu.unbox(a), Fpu.unbox(b), false, rm));
    }

    static long fsubS(Fpu u, long a, long b, int rm) {
        return Fpu.box(u.addS(Fpu.unbox(a), Fpu.unbox(b), true, rm));
    }

    static long fmulS(Fpu u, long a, long b, int rm) {
        return Fpu.box(u.mulS(Fpu.unbox(a), Fpu.unbox(b), rm));
    }

    static long fdivS(Fpu u, long a, long b, int rm) {
        return Fpu.box(u.divS(Fpu.unbox(a), Fpu.unbox(b), rm));
    }

    static long fsqrtS(Fpu u, long a, int rm) {
        return Fpu.box(u.sqrtS(Fpu.unbox(a), rm));
    }

    static long fmaddS(Fpu u, long a, long b, long c, int rm) {
        return Fpu.box(u.fmaS(Fpu.unbox(a), Fpu.unbox(b), Fpu.unbox(c), false, false, rm));
    }

    static long fmsubS(Fpu u, long a, long b, long c, int rm) {
        return Fpu.box(u.fmaS(Fpu.unbox(a), Fpu.unbox(b), Fpu.unbox(c), false, true, rm));
    }

    static long fnmsubS(Fpu u, long a, long b, long c, int rm) {
        return Fpu.box(u.fmaS(Fpu.unbox(a), Fpu.unbox(b), Fpu.unbox(c), true, false, rm));
    }

    static long fnmaddS(Fpu u, long a, long b, long c, int rm) {
        return Fpu.box(u.fmaS(Fpu.unbox(a), Fpu.unbox(b), Fpu.unbox(c), true, true, rm));
    }

    static long fsgnjS(Fpu u, long a, long b) {
        return Fpu.box(Fpu.unbox(a) & 0x7fffffff | Fpu.unbox(b) & 0x80000000);
    }

    static long fsgnjnS(Fpu u, long a, long b) {
        return Fpu.box(Fpu.unbox(a) & 0x7fffffff | ~Fpu.unbox(b) & 0x80000000);
    }

    static long fsgnjxS(Fpu u, long a, long b) {
        return Fpu.box(Fpu.unbox(a) ^ Fpu.unbox(b) & 0x80000000);
    }

    static long fminS(Fpu u, long a, long b) {
        return Fpu.box(u.minMaxS(Fpu.unbox(a), Fpu.unbox(b), false));
    }

    static long fmaxS(Fpu u, long a, long b) {
        return Fpu.box(u.minMaxS(Fpu.unbox(a), Fpu.unbox(b), true));
    }

    static long feqS(Fpu u, long a, long b) {
        return u.compareS(Fpu.unbox(a), Fpu.unbox(b), 0);
    }

    static long fltS(Fpu u, long a, long b) {
        return u.compareS(Fpu.unbox(a), Fpu.unbox(b), 1);
    }

    static long fleS(Fpu u, long a, long b) {
        return u.compareS(Fpu.unbox(a), Fpu.unbox(b), 2);
    }

    static long fclassS(Fpu u, long a) {
        return Fpu.classifyS(Fpu.unbox(a));
    }

    static long fcvtWS(Fpu u, long a, int rm) {
        return u.toInteger(singleAsDouble(a), rm, 32, false);
    }

    static long fcvtWuS(Fpu u, long a, int rm) {
        return u.toInteger(singleAsDouble(a), rm, 32, true);
    }

    static long fcvtLS(Fpu u, long a, int rm) {
        return u.toInteger(singleAsDouble(a), rm, 64, false);
    }

    static long fcvtLuS(Fpu u, long a, int rm) {
        return u.toInteger(singleAsDouble(a), rm, 64, true);
    }

    static long fcvtSW(Fpu u, long x, int rm) {
        return Fpu.box((int) u.fromInteger((int) x, false, rm, true));
    }

    static long fcvtSWu(Fpu u, long x, int rm) {
        return Fpu.box((int) u.fromInteger(x & 0xffffffffL, false, rm, true));
    }

    static long fcvtSL(Fpu u, long x, int rm) {
        return Fpu.box((int) u.fromInteger(x, false, rm, true));
    }

    static long fcvtSLu(Fpu u, long x, int rm) {
        return Fpu.box((int) u.fromInteger(x, true, rm, true));
    }

    static long fmvXW(Fpu u, long a) {
        return (int) a;
    }

    static long fmvWX(Fpu u, long x) {
        return Fpu.box((int) x);
    }

    static long faddD(Fpu u, long a, long b, int rm) {
        return u.addD(a, b, false, rm);
    }

    static long fsubD(Fpu u, long a, long b, int rm) {
        return u.addD(a, b, true, rm);
    }

    static long fmulD(Fpu u, long a, long b, int rm) {
        return u.mulD(a, b, rm);
    }

    static long fdivD(Fpu u, long a, long b, int rm) {
        return u.divD(a, b, rm);
    }

    static long fsqrtD(Fpu u, long a, int rm) {
        return u.sqrtD(a, rm);
    }

    static long fmaddD(Fpu u, long a, long b, long c, int rm) {
        return u.fmaD(a, b, c, false, false, rm);
    }

    static long fmsubD(Fpu u, long a, long b, long c, int rm) {
        return u.fmaD(a, b, c, false, true, rm);
    }

    static long fnmsubD(Fpu u, long a, long b, long c, int rm) {
        return u.fmaD(a, b, c, true, false, rm);
    }

    static long fnmaddD(Fpu u, long a, long b, long c, int rm) {
        return u.fmaD(a, b, c, true, true, rm);
    }

    static long fsgnjD(Fpu u, long a, long b) {
        return a & Long.MAX_VALUE | b & Long.MIN_VALUE;
    }

    static long fsgnjnD(Fpu u, long a, long b) {
        return a & Long.MAX_VALUE | ~b & Long.MIN_VALUE;
    }

    static long fsgnjxD(Fpu u, long a, long b) {
        return a ^ b & Long.MIN_VALUE;
    }

    static long fminD(Fpu u, long a, long b) {
        return u.minMaxD(a, b, false);
    }

    static long fmaxD(Fpu u, long a, long b) {
        return u.minMaxD(a, b, true);
    }

    static long feqD(Fpu u, long a, long b) {
        return u.compareD(a, b, 0);
    }

    static long fltD(Fpu u, long a, long b) {
        return u.compareD(a, b, 1);
    }

    static long fleD(Fpu u, long a, long b) {
        return u.compareD(a, b, 2);
    }

    static long fclassD(Fpu u, long a) {
        return Fpu.classifyD(a);
    }

    static long fcvtWD(Fpu u, long a, int rm) {
        return u.toInteger(a, rm, 32, false);
    }

    static long fcvtWuD(Fpu u, long a, int rm) {
        return u.toInteger(a, rm, 32, true);
    }

    static long fcvtLD(Fpu u, long a, int rm) {
        return u.toInteger(a, rm, 64, false);
    }

    static long fcvtLuD(Fpu u, long a, int rm) {
        return u.toInteger(a, rm, 64, true);
    }

    static long fcvtDW(Fpu u, long x) {
        return Double.doubleToRawLongBits((int) x);
    }

    static long fcvtDWu(Fpu u, long x) {
        return Double.doubleToRawLongBits(x & 0xffffffffL);
    }

    static long fcvtDL(Fpu u, long x, int rm) {
        return u.fromInteger(x, false, rm, false);
    }

    static long fcvtDLu(Fpu u, long x, int rm) {
        return u.fromInteger(x, true, rm, false);
    }

    static long fmvXD(Fpu u, long a) {
        return a;
    }

    static long fmvDX(Fpu u, long x) {
        return x;
    }

    static long fcvtSD(Fpu u, long a, int rm) {
        return Fpu.box(u.doubleToSingle(a, rm));
    }

    static long fcvtDS(Fpu u, long a) {
        return u.singleToDouble(Fpu.unbox(a));
    }

    /** A NaN-boxed single as binary64 bits for conversion to integer (NaNs stay NaN). */
    private static long singleAsDouble(long raw) {
        int s = Fpu.unbox(raw);
        return Fpu.isNaN(s) ? Fpu.CANONICAL_NAN_D : Fpu.widen(s);
    }
}
