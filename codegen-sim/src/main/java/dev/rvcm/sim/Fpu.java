package dev.rvcm.sim;

import java.math.BigInteger;

/**
 * IEEE 754-2008 binary32/binary64 arithmetic as the RISC-V F and D extensions define it: all five
 * rounding modes, the accrued flags (NV, DZ, OF, UF, NX; tininess detected after rounding), the
 * canonical NaN for every NaN result, and NaN-boxing of single-precision values in 64-bit registers.
 *
 * <p>Two paths. The fast path covers round-to-nearest-even on operands and results away from the
 * subnormal range: Java's {@code double} arithmetic is IEEE round-to-nearest-even, and exact error
 * terms ({@code TwoSum}, {@code Math.fma}) tell whether the result is inexact. Everything else (other
 * rounding modes, fused multiply-add, results near or below the normal range, conversions that lose
 * bits) goes through {@link #roundPack}, which rounds an exact value (an integer times a power of two,
 * plus a sticky bit) with arbitrary precision, like Berkeley SoftFloat's {@code roundPackToF64}.
 *
 * <p>Values travel as raw bits: {@code long} for binary64, {@code int} for binary32.
 */
final class Fpu {

    static final int NX = 1;
    static final int UF = 2;
    static final int OF = 4;
    static final int DZ = 8;
    static final int NV = 16;

    static final int RNE = 0;
    static final int RTZ = 1;
    static final int RDN = 2;
    static final int RUP = 3;
    static final int RMM = 4;

    static final long CANONICAL_NAN_D = 0x7ff8000000000000L;
    static final int CANONICAL_NAN_S = 0x7fc00000;

    private static final double FAST_MIN_D = 0x1p-960;
    /** The exponent field of binary64: all ones for infinities and NaNs. */
    private static final long EXP_D = 0x7ff0000000000000L;
    private static final double FAST_MAX_D = 0x1p960;

    /** Accrued exception flags ({@code fflags}). */
    int flags;

    // ---- classification -------------------------------------------------------------------------

    static boolean isNaN(long d) {
        return (d & 0x7fffffffffffffffL) > 0x7ff0000000000000L;
    }

    static boolean isSNaN(long d) {
        return isNaN(d) && (d & 0x0008000000000000L) == 0;
    }

    static boolean isNaN(int s) {
        return (s & 0x7fffffff) > 0x7f800000;
    }

    static boolean isSNaN(int s) {
        return isNaN(s) && (s & 0x00400000) == 0;
    }

    /** The single held in a 64-bit register: the canonical NaN unless properly NaN-boxed. */
    static int unbox(long raw) {
        return (raw >>> 32) == 0xffffffffL ? (int) raw : CANONICAL_NAN_S;
    }

    static long box(int s) {
        return 0xffffffff00000000L | (s & 0xffffffffL);
    }

    /** {@code fclass.d}: one bit of ten. */
    static long classifyD(long d) {
        boolean neg = d < 0;
        long mag = d & 0x7fffffffffffffffL;
        if (mag == 0x7ff0000000000000L) {
            return neg ? 1 : 1 << 7;
        }
        if (mag > 0x7ff0000000000000L) {
            return isSNaN(d) ? 1 << 8 : 1 << 9;
        }
        if (mag == 0) {
            return neg ? 1 << 3 : 1 << 4;
        }
        if (mag < 0x0010000000000000L) {
            return neg ? 1 << 2 : 1 << 5;
        }
        return neg ? 1 << 1 : 1 << 6;
    }

    /** {@code fclass.s}. */
    static long classifyS(int s) {
        boolean neg = s < 0;
        int mag = s & 0x7fffffff;
        if (mag == 0x7f800000) {
            return neg ? 1 : 1 << 7;
        }
        if (mag > 0x7f800000) {
            return isSNaN(s) ? 1 << 8 : 1 << 9;
        }
        if (mag == 0) {
            return neg ? 1 << 3 : 1 << 4;
        }
        if (mag < 0x00800000) {
            return neg ? 1 << 2 : 1 << 5;
        }
        return neg ? 1 << 1 : 1 << 6;
    }

    // ---- binary64 arithmetic ---------------------------------------------------------------------

    /** {@code fadd.d} ({@code negateB} for {@code fsub.d}). */
    long addD(long a, long b, boolean negateB, int rm) {
        if (negateB && !isNaN(b)) {
            b ^= Long.MIN_VALUE;
        }
        if (rm == RNE && (~a & EXP_D) != 0 && (~b & EXP_D) != 0) {
            // both finite, no overflow: the common case, small enough for the JIT to inline everywhere
            double x = Double.longBitsToDouble(a);
            double y = Double.longBitsToDouble(b);
            double r = x + y;
            if (Math.abs(r) <= Double.MAX_VALUE) {
                double bv = r - x;
                if ((flags & NX) == 0 && (x - (r - bv)) + (y - bv) != 0) {
                    flags |= NX;
                }
                return Double.doubleToRawLongBits(r);
            }
        }
        return addOtherD(a, b, rm);
    }

    /** {@link #addD} of {@code a} and {@code b} (already negated for {@code fsub.d}) past its common case. */
    private long addOtherD(long a, long b, int rm) {
        double x = Double.longBitsToDouble(a);
        double y = Double.longBitsToDouble(b);
        if (rm == RNE && (~a & EXP_D) != 0 && (~b & EXP_D) != 0) {
            // both finite, past addD's common case: the sum overflowed
            flags |= OF | NX;
            return Double.doubleToRawLongBits(x + y);
        }
        if (isNaN(a) || isNaN(b)) {
            return nanD(a, b);
        }
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            if (Double.isInfinite(x) && Double.isInfinite(y) && (a ^ b) < 0) {
                flags |= NV;
                return CANONICAL_NAN_D;
            }
            return Double.doubleToRawLongBits(x + y);
        }
        if (rm == RNE) {
            double r = x + y;
            if (Double.isInfinite(r)) {
                flags |= OF | NX;
                return Double.doubleToRawLongBits(r);
            }
            double bv = r - x;
            double err = (x - (r - bv)) + (y - bv);
            if (err != 0) {
                flags |= NX;
            }
            return Double.doubleToRawLongBits(r);
        }
        return addSlow(a, b, rm, false);
    }

    /** {@code fmul.d}. */
    long mulD(long a, long b, int rm) {
        if (rm == RNE && (~a & EXP_D) != 0 && (~b & EXP_D) != 0) {
            // both finite: the common case
            double x = Double.longBitsToDouble(a);
            double y = Double.longBitsToDouble(b);
            double r = x * y;
            double m = Math.abs(r);
            if (m >= FAST_MIN_D && m <= FAST_MAX_D) {
                if ((flags & NX) == 0 && Math.fma(x, y, -r) != 0) {
                    flags |= NX;
                }
                return Double.doubleToRawLongBits(r);
            }
        }
        return mulOtherD(a, b, rm);
    }

    /** {@link #mulD} past its common case. */
    private long mulOtherD(long a, long b, int rm) {
        if (isNaN(a) || isNaN(b)) {
            return nanD(a, b);
        }
        double x = Double.longBitsToDouble(a);
        double y = Double.longBitsToDouble(b);
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            if (x == 0 || y == 0) {
                flags |= NV;
                return CANONICAL_NAN_D;
            }
            return Double.doubleToRawLongBits(x * y);
        }
        if (x == 0 || y == 0) {
            return Double.doubleToRawLongBits(x * y);
        }
        if (rm == RNE) {
            double r = x * y;
            double m = Math.abs(r);
            if (m >= FAST_MIN_D && m <= FAST_MAX_D) {
                if (Math.fma(x, y, -r) != 0) {
                    flags |= NX;
                }
                return Double.doubleToRawLongBits(r);
            }
        }
        return mulSlow(a, b, rm, false);
    }

    /** {@code fdiv.d}. */
    long divD(long a, long b, int rm) {
        if (rm == RNE && (~a & EXP_D) != 0 && (~b & EXP_D) != 0) {
            // both finite: the common case
            double x = Double.longBitsToDouble(a);
            double y = Double.longBitsToDouble(b);
            double r = x / y;
            double m = Math.abs(r);
            double ax = Math.abs(x);
            if (y != 0 && m >= FAST_MIN_D && m <= FAST_MAX_D && ax >= FAST_MIN_D && ax <= FAST_MAX_D) {
                if ((flags & NX) == 0 && Math.fma(-r, y, x) != 0) {
                    flags |= NX;
                }
                return Double.doubleToRawLongBits(r);
            }
        }
        return divOtherD(a, b, rm);
    }

    /** {@link #divD} past its common case. */
    private long divOtherD(long a, long b, int rm) {
        if (isNaN(a) || isNaN(b)) {
            return nanD(a, b);
        }
        double x = Double.longBitsToDouble(a);
        double y = Double.longBitsToDouble(b);
        if (Double.isInfinite(x) && Double.isInfinite(y) || x == 0 && y == 0) {
            flags |= NV;
            return CANONICAL_NAN_D;
        }
        if (y == 0 && !Double.isInfinite(x)) {
            flags |= DZ;
            return Double.doubleToRawLongBits(x / y);
        }
        if (Double.isInfinite(x) || Double.isInfinite(y) || x == 0) {
            return Double.doubleToRawLongBits(x / y);
        }
        if (rm == RNE) {
            double r = x / y;
            double m = Math.abs(r);
            double ax = Math.abs(x);
            if (m >= FAST_MIN_D && m <= FAST_MAX_D && ax >= FAST_MIN_D && ax <= FAST_MAX_D) {
                if (Math.fma(-r, y, x) != 0) {
                    flags |= NX;
                }
                return Double.doubleToRawLongBits(r);
            }
        }
        return divSlow(a, b, rm, false);
    }

    /** {@code fsqrt.d}. */
    long sqrtD(long a, int rm) {
        double x = Double.longBitsToDouble(a);
        if (rm == RNE && x >= FAST_MIN_D && x <= Double.MAX_VALUE) {
            // positive, normal, finite: the common case
            double r = Math.sqrt(x);
            if ((flags & NX) == 0 && Math.fma(-r, r, x) != 0) {
                flags |= NX;
            }
            return Double.doubleToRawLongBits(r);
        }
        return sqrtOtherD(a, rm);
    }

    /** {@link #sqrtD} past its common case. */
    private long sqrtOtherD(long a, int rm) {
        if (isNaN(a)) {
            return nanD(a, a);
        }
        double x = Double.longBitsToDouble(a);
        if (x == 0 || x == Double.POSITIVE_INFINITY) {
            return a;
        }
        if (x < 0) {
            flags |= NV;
            return CANONICAL_NAN_D;
        }
        if (rm == RNE && x >= FAST_MIN_D) {
            double r = Math.sqrt(x);
            if (Math.fma(-r, r, x) != 0) {
                flags |= NX;
            }
            return Double.doubleToRawLongBits(r);
        }
        return sqrtSlow(a, rm, false);
    }

    /**
     * {@code fmadd.d} and friends: {@code ±(a×b) ± c} with one rounding.
     *
     * @param negateProduct {@code fnmsub}, {@code fnmadd}
     * @param negateAddend  {@code fmsub}, {@code fnmadd}
     */
    long fmaD(long a, long b, long c, boolean negateProduct, boolean negateAddend, int rm) {
        return fma(a, b, c, negateProduct, negateAddend, rm, false);
    }

    // ---- binary32 arithmetic ---------------------------------------------------------------------

    int addS(int a, int b, boolean negateB, int rm) {
        if (negateB && !isNaN(b)) {
            b ^= Integer.MIN_VALUE;
        }
        if (isNaN(a) || isNaN(b)) {
            return nanS(a, b);
        }
        float x = Float.intBitsToFloat(a);
        float y = Float.intBitsToFloat(b);
        if (Float.isInfinite(x) || Float.isInfinite(y)) {
            if (Float.isInfinite(x) && Float.isInfinite(y) && (a ^ b) < 0) {
                flags |= NV;
                return CANONICAL_NAN_S;
            }
            return Float.floatToRawIntBits(x + y);
        }
        if (rm == RNE) {
            double dx = x;
            double dy = y;
            double d = dx + dy;
            float f = (float) d;
            if (Math.abs(f) > Float.MIN_NORMAL) {
                double bv = d - dx;
                double err = (dx - (d - bv)) + (dy - bv);
                if (Float.isInfinite(f)) {
                    flags |= OF | NX;
                } else if (err != 0 || f != d) {
                    flags |= NX;
                }
                return Float.floatToRawIntBits(f);
            }
        }
        return (int) addSlow(widen(a), widen(b), rm, true);
    }

    int mulS(int a, int b, int rm) {
        if (isNaN(a) || isNaN(b)) {
            return nanS(a, b);
        }
        float x = Float.intBitsToFloat(a);
        float y = Float.intBitsToFloat(b);
        if (Float.isInfinite(x) || Float.isInfinite(y)) {
            if (x == 0 || y == 0) {
                flags |= NV;
                return CANONICAL_NAN_S;
            }
            return Float.floatToRawIntBits(x * y);
        }
        if (x == 0 || y == 0) {
            return Float.floatToRawIntBits(x * y);
        }
        if (rm == RNE) {
            double d = (double) x * y;
            float f = (float) d;
            if (Math.abs(f) > Float.MIN_NORMAL) {
                if (Float.isInfinite(f)) {
                    flags |= OF | NX;
                } else if (f != d) {
                    flags |= NX;
                }
                return Float.floatToRawIntBits(f);
            }
        }
        return (int) mulSlow(widen(a), widen(b), rm, true);
    }

    int divS(int a, int b, int rm) {
        if (isNaN(a) || isNaN(b)) {
            return nanS(a, b);
        }
        float x = Float.intBitsToFloat(a);
        float y = Float.intBitsToFloat(b);
        if (Float.isInfinite(x) && Float.isInfinite(y) || x == 0 && y == 0) {
            flags |= NV;
            return CANONICAL_NAN_S;
        }
        if (y == 0 && !Float.isInfinite(x)) {
            flags |= DZ;
            return Float.floatToRawIntBits(x / y);
        }
        if (Float.isInfinite(x) || Float.isInfinite(y) || x == 0) {
            return Float.floatToRawIntBits(x / y);
        }
        if (rm == RNE) {
            double d = (double) x / y;
            float f = (float) d;
            if (Math.abs(f) > Float.MIN_NORMAL) {
                if (Float.isInfinite(f)) {
                    flags |= OF | NX;
                } else if ((double) f * y != x) {
                    flags |= NX;
                }
                return Float.floatToRawIntBits(f);
            }
        }
        return (int) divSlow(widen(a), widen(b), rm, true);
    }

    int sqrtS(int a, int rm) {
        if (isNaN(a)) {
            return nanS(a, a);
        }
        float x = Float.intBitsToFloat(a);
        if (x == 0 || x == Float.POSITIVE_INFINITY) {
            return a;
        }
        if (x < 0) {
            flags |= NV;
            return CANONICAL_NAN_S;
        }
        if (rm == RNE) {
            float f = (float) Math.sqrt(x);
            if ((double) f * f != x) {
                flags |= NX;
            }
            return Float.floatToRawIntBits(f);
        }
        return (int) sqrtSlow(widen(a), rm, true);
    }

    int fmaS(int a, int b, int c, boolean negateProduct, boolean negateAddend, int rm) {
        if (isNaN(a) || isNaN(b) || isNaN(c)) {
            boolean invalid = isSNaN(a) || isSNaN(b) || isSNaN(c) || infTimesZero(widen(a), widen(b));
            if (invalid) {
                flags |= NV;
            }
            return CANONICAL_NAN_S;
        }
        return (int) fma(widen(a), widen(b), widen(c), negateProduct, negateAddend, rm, true);
    }

    /** A binary32 value (not NaN) widened exactly to binary64 bits. */
    static long widen(int s) {
        return Double.doubleToRawLongBits(Float.intBitsToFloat(s));
    }

    // ---- min, max, compare ------------------------------------------------------------------------

    long minMaxD(long a, long b, boolean max) {
        if (isSNaN(a) || isSNaN(b)) {
            flags |= NV;
        }
        if (isNaN(a) && isNaN(b)) {
            return CANONICAL_NAN_D;
        }
        if (isNaN(a)) {
            return b;
        }
        if (isNaN(b)) {
            return a;
        }
        double x = Double.longBitsToDouble(a);
        double y = Double.longBitsToDouble(b);
        return Double.doubleToRawLongBits(max ? Math.max(x, y) : Math.min(x, y));
    }

    int minMaxS(int a, int b, boolean max) {
        if (isSNaN(a) || isSNaN(b)) {
            flags |= NV;
        }
        if (isNaN(a) && isNaN(b)) {
            return CANONICAL_NAN_S;
        }
        if (isNaN(a)) {
            return b;
        }
        if (isNaN(b)) {
            return a;
        }
        float x = Float.intBitsToFloat(a);
        float y = Float.intBitsToFloat(b);
        return Float.floatToRawIntBits(max ? Math.max(x, y) : Math.min(x, y));
    }

    /**
     * {@code feq} (0), {@code flt} (1), {@code fle} (2) on binary64 values. {@code feq} is quiet (NV
     * only for signaling NaNs), {@code flt} and {@code fle} signal on any NaN.
     */
    long compareD(long a, long b, int which) {
        if (isNaN(a) || isNaN(b)) {
            if (which != 0 || isSNaN(a) || isSNaN(b)) {
                flags |= NV;
            }
            return 0;
        }
        double x = Double.longBitsToDouble(a);
        double y = Double.longBitsToDouble(b);
        return switch (which) {
            case 0 -> x == y ? 1 : 0;
            case 1 -> x < y ? 1 : 0;
            default -> x <= y ? 1 : 0;
        };
    }

    long compareS(int a, int b, int which) {
        if (isNaN(a) || isNaN(b)) {
            if (which != 0 || isSNaN(a) || isSNaN(b)) {
                flags |= NV;
            }
            return 0;
        }
        return compareD(widen(a), widen(b), which);
    }

    // ---- conversions ------------------------------------------------------------------------------

    /** {@code fcvt.s.d}. */
    int doubleToSingle(long d, int rm) {
        if (isNaN(d)) {
            if (isSNaN(d)) {
                flags |= NV;
            }
            return CANONICAL_NAN_S;
        }
        double x = Double.longBitsToDouble(d);
        if (Double.isInfinite(x) || x == 0) {
            return Float.floatToRawIntBits((float) x);
        }
        if (rm == RNE) {
            float f = (float) x;
            if (Math.abs(f) > Float.MIN_NORMAL) {
                if (Float.isInfinite(f)) {
                    flags |= OF | NX;
                } else if (f != x) {
                    flags |= NX;
                }
                return Float.floatToRawIntBits(f);
            }
        }
        return (int) roundPack(d < 0, mantissa(d), exponent(d), false, rm, true);
    }

    /** {@code fcvt.d.s}: exact. */
    long singleToDouble(int s) {
        if (isNaN(s)) {
            if (isSNaN(s)) {
                flags |= NV;
            }
            return CANONICAL_NAN_D;
        }
        return widen(s);
    }

    /**
     * {@code fcvt.{w,wu,l,lu}.{s,d}} of a binary64 value ({@code single} values widened exactly).
     *
     * @param bits     32 or 64
     * @param unsigned the {@code u} forms
     * @return the integer, 32-bit results sign-extended as RV64 does
     */
    long toInteger(long d, int rm, int bits, boolean unsigned) {
        long max = unsigned ? (bits == 32 ? 0xffffffffL : -1L) : (bits == 32 ? Integer.MAX_VALUE : Long.MAX_VALUE);
        long min = unsigned ? 0 : (bits == 32 ? Integer.MIN_VALUE : Long.MIN_VALUE);
        long result;
        if (isNaN(d)) {
            flags |= NV;
            result = max;
        } else {
            double x = Double.longBitsToDouble(d);
            double r = roundToIntegral(x, rm);
            double hi = unsigned ? (bits == 32 ? 0x1p32 : 0x1p64) : (bits == 32 ? 0x1p31 : 0x1p63);
            double lo = unsigned ? 0 : -hi;
            if (r >= hi || r < lo || Double.isInfinite(r)) {
                flags |= NV;
                result = r < 0 ? min : max;
            } else {
                if (r != x) {
                    flags |= NX;
                }
                if (unsigned && r >= 0x1p63) {
                    result = (long) (r - 0x1p63) + Long.MIN_VALUE;
                } else {
                    result = (long) r;
                }
            }
        }
        return bits == 32 ? (int) result : result;
    }

    static double roundToIntegral(double x, int rm) {
        return switch (rm) {
            case RTZ -> x < 0 ? Math.ceil(x) : Math.floor(x);
            case RDN -> Math.floor(x);
            case RUP -> Math.ceil(x);
            case RMM -> Math.abs(x) >= 0x1p52 ? x : Math.copySign(Math.floor(Math.abs(x) + 0.5), x);
            default -> Math.rint(x);
        };
    }

    /** {@code fcvt.{s,d}.{w,wu,l,lu}}: an integer to binary64 bits, or binary32 bits if {@code single}. */
    long fromInteger(long v, boolean unsigned, int rm, boolean single) {
        boolean neg = !unsigned && v < 0;
        BigInteger mag = unsigned ? new BigInteger(Long.toUnsignedString(v)) : BigInteger.valueOf(v).abs();
        if (mag.signum() == 0) {
            return 0;
        }
        if (mag.bitLength() <= (single ? 24 : 53)) {
            double d = neg ? -mag.doubleValue() : mag.doubleValue();
            return single ? Float.floatToRawIntBits((float) d) & 0xffffffffL : Double.doubleToRawLongBits(d);
        }
        long r = roundPack(neg, mag, 0, false, rm, single);
        return single ? r & 0xffffffffL : r;
    }

    // ---- the exact slow path ----------------------------------------------------------------------

    private long nanD(long a, long b) {
        if (isSNaN(a) || isSNaN(b)) {
            flags |= NV;
        }
        return CANONICAL_NAN_D;
    }

    private int nanS(int a, int b) {
        if (isSNaN(a) || isSNaN(b)) {
            flags |= NV;
        }
        return CANONICAL_NAN_S;
    }

    /** The integer significand of a finite binary64 value. */
    static BigInteger mantissa(long d) {
        long e = (d >>> 52) & 0x7ff;
        long f = d & 0x000fffffffffffffL;
        return BigInteger.valueOf(e == 0 ? f : f | 1L << 52);
    }

    /** The exponent of the significand's last bit. */
    static int exponent(long d) {
        int e = (int) ((d >>> 52) & 0x7ff);
        return e == 0 ? -1074 : e - 1075;
    }

    private static boolean infTimesZero(long a, long b) {
        double x = Double.longBitsToDouble(a);
        double y = Double.longBitsToDouble(b);
        return Double.isInfinite(x) && y == 0 || Double.isInfinite(y) && x == 0;
    }

    /** Sign of an exact zero sum of operands with signs {@code negA}, {@code negB}. */
    private static boolean zeroSumNegative(boolean negA, boolean negB, int rm) {
        return negA == negB ? negA : rm == RDN;
    }

    private long zero(boolean neg, boolean single) {
        return single ? (neg ? 0x80000000L : 0) : (neg ? Long.MIN_VALUE : 0);
    }

    /** {@code a + b} of finite binary64 values, rounded to the target format. */
    private long addSlow(long a, long b, int rm, boolean single) {
        BigInteger ma = signed(a);
        BigInteger mb = signed(b);
        int ea = exponent(a);
        int eb = exponent(b);
        int e = Math.min(ea, eb);
        BigInteger sum = ma.shiftLeft(ea - e).add(mb.shiftLeft(eb - e));
        if (sum.signum() == 0) {
            return zero(zeroSumNegative(a < 0, b < 0, rm), single);
        }
        return roundPack(sum.signum() < 0, sum.abs(), e, false, rm, single);
    }

    private long mulSlow(long a, long b, int rm, boolean single) {
        return roundPack((a ^ b) < 0, mantissa(a).multiply(mantissa(b)), exponent(a) + exponent(b), false, rm, single);
    }

    private long divSlow(long a, long b, int rm, boolean single) {
        BigInteger ma = mantissa(a);
        BigInteger mb = mantissa(b);
        int k = Math.max(0, 60 + mb.bitLength() - ma.bitLength());
        BigInteger[] qr = ma.shiftLeft(k).divideAndRemainder(mb);
        return roundPack((a ^ b) < 0, qr[0], exponent(a) - k - exponent(b), qr[1].signum() != 0, rm, single);
    }

    private long sqrtSlow(long a, int rm, boolean single) {
        BigInteger m = mantissa(a);
        int e = exponent(a);
        int k = Math.max(0, 124 - m.bitLength());
        if (((e - k) & 1) != 0) {
            k++;
        }
        m = m.shiftLeft(k);
        e -= k;
        BigInteger s = m.sqrt();
        boolean sticky = !s.multiply(s).equals(m);
        return roundPack(false, s, e / 2, sticky, rm, single);
    }

    private static BigInteger signed(long d) {
        BigInteger m = mantissa(d);
        return d < 0 ? m.negate() : m;
    }

    /** Fused multiply-add on binary64 bits (binary32 operands widened), rounded once to the target. */
    private long fma(long a, long b, long c, boolean negateProduct, boolean negateAddend, int rm, boolean single) {
        long canonical = single ? CANONICAL_NAN_S & 0xffffffffL : CANONICAL_NAN_D;
        if (isNaN(a) || isNaN(b) || isNaN(c)) {
            if (isSNaN(a) || isSNaN(b) || isSNaN(c) || infTimesZero(a, b)) {
                flags |= NV;
            }
            return canonical;
        }
        double x = Double.longBitsToDouble(a);
        double y = Double.longBitsToDouble(b);
        double z = Double.longBitsToDouble(c);
        boolean productNeg = ((a ^ b) < 0) != negateProduct;
        boolean addendNeg = (c < 0) != negateAddend;
        if (infTimesZero(a, b)) {
            flags |= NV;
            return canonical;
        }
        boolean productInf = Double.isInfinite(x) || Double.isInfinite(y);
        if (productInf || Double.isInfinite(z)) {
            if (productInf && Double.isInfinite(z) && productNeg != addendNeg) {
                flags |= NV;
                return canonical;
            }
            boolean neg = productInf ? productNeg : addendNeg;
            return single ? (neg ? 0xff800000L : 0x7f800000L) : (neg ? 0xfff0000000000000L : 0x7ff0000000000000L);
        }
        BigInteger p = mantissa(a).multiply(mantissa(b));
        int ep = exponent(a) + exponent(b);
        if (productNeg) {
            p = p.negate();
        }
        BigInteger mc = mantissa(c);
        if (addendNeg) {
            mc = mc.negate();
        }
        int ec = exponent(c);
        boolean productZero = p.signum() == 0;
        boolean addendZero = mc.signum() == 0;
        int e = Math.min(ep, ec);
        BigInteger sum = p.shiftLeft(ep - e).add(mc.shiftLeft(ec - e));
        if (sum.signum() == 0) {
            boolean neg = productZero && addendZero ? zeroSumNegative(productNeg, addendNeg, rm) : rm == RDN;
            return zero(neg, single);
        }
        return roundPack(sum.signum() < 0, sum.abs(), e, false, rm, single);
    }

    /**
     * Rounds {@code mag × 2^exp} (plus, if {@code sticky}, a nonzero amount below its last bit; callers
     * then give at least precision+3 bits) to binary64 or binary32 with rounding mode {@code rm}, raising
     * NX, UF (tininess after rounding) and OF as IEEE 754 and RISC-V define them.
     *
     * @return the raw bits (binary32 in the low 32 bits)
     */
    long roundPack(boolean neg, BigInteger mag, int exp, boolean sticky, int rm, boolean single) {
        int p = single ? 24 : 53;
        int emin = single ? -126 : -1022;
        int emax = single ? 127 : 1023;
        int bias = single ? 127 : 1023;
        int n = mag.bitLength();
        int top = exp + n - 1;
        int keep = top >= emin ? p : p - (emin - top);
        int shift = n - keep;
        BigInteger kept;
        boolean inexact;
        if (shift <= 0) {
            kept = mag.shiftLeft(-shift);
            inexact = sticky;
            if (sticky) {
                throw new IllegalStateException("sticky without guard bits");
            }
        } else {
            kept = roundBits(neg, mag, shift, sticky, rm);
            inexact = lastInexact;
        }
        int lsb = exp + shift;
        if (kept.signum() == 0) {
            if (inexact) {
                flags |= UF | NX;
            }
            return zero(neg, single);
        }
        int resultTop = lsb + kept.bitLength() - 1;
        if (resultTop > emax) {
            flags |= OF | NX;
            boolean toInf = switch (rm) {
                case RTZ -> false;
                case RDN -> neg;
                case RUP -> !neg;
                default -> true;
            };
            long magBits = single
                    ? (toInf ? 0x7f800000L : 0x7f7fffffL)
                    : (toInf ? 0x7ff0000000000000L : 0x7fefffffffffffffL);
            return neg ? (single ? magBits | 0x80000000L : magBits | Long.MIN_VALUE) : magBits;
        }
        if (top < emin && inexact) {
            // Tininess after rounding: round to p bits with an unbounded exponent range.
            BigInteger unbounded = n > p ? roundBits(neg, mag, n - p, sticky, rm) : mag;
            int unboundedTop = exp + Math.max(0, n - p) + unbounded.bitLength() - 1;
            if (unboundedTop < emin) {
                flags |= UF;
            }
        }
        if (inexact) {
            flags |= NX;
        }
        long bits;
        if (resultTop >= emin) {
            long frac = kept.shiftRight(kept.bitLength() - p).longValue() & ((1L << (p - 1)) - 1);
            bits = (long) (resultTop + bias) << (p - 1) | frac;
        } else {
            bits = kept.shiftLeft(lsb - (emin - p + 1)).longValue();
        }
        if (neg) {
            bits |= single ? 0x80000000L : Long.MIN_VALUE;
        }
        return bits;
    }

    private boolean lastInexact;

    /** {@code mag} without its low {@code shift} bits, rounded by {@code rm}; sets {@link #lastInexact}. */
    private BigInteger roundBits(boolean neg, BigInteger mag, int shift, boolean sticky, int rm) {
        BigInteger kept = mag.shiftRight(shift);
        BigInteger rem = mag.subtract(kept.shiftLeft(shift));
        BigInteger half = BigInteger.ONE.shiftLeft(shift - 1);
        int cmp = rem.compareTo(half);
        if (cmp == 0 && sticky) {
            cmp = 1;
        }
        boolean inexact = rem.signum() != 0 || sticky;
        lastInexact = inexact;
        boolean up = switch (rm) {
            case RNE -> cmp > 0 || cmp == 0 && kept.testBit(0);
            case RTZ -> false;
            case RDN -> inexact && neg;
            case RUP -> inexact && !neg;
            default -> cmp >= 0;
        };
        return up ? kept.add(BigInteger.ONE) : kept;
    }
}
