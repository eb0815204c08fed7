package dev.rvcm.sim;

import static dev.rvcm.sim.Fpu.DZ;
import static dev.rvcm.sim.Fpu.NV;
import static dev.rvcm.sim.Fpu.NX;
import static dev.rvcm.sim.Fpu.OF;
import static dev.rvcm.sim.Fpu.RDN;
import static dev.rvcm.sim.Fpu.RMM;
import static dev.rvcm.sim.Fpu.RNE;
import static dev.rvcm.sim.Fpu.RTZ;
import static dev.rvcm.sim.Fpu.RUP;
import static dev.rvcm.sim.Fpu.UF;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * F/D rounding and flags against values worked out by hand from IEEE 754-2008 and the RISC-V F/D
 * chapters (tininess after rounding, canonical NaN, saturating conversions).
 */
class FpuTest {

    private static long d(double v) {
        return Double.doubleToRawLongBits(v);
    }

    private static int s(float v) {
        return Float.floatToRawIntBits(v);
    }

    /** Runs {@code op} on a fresh Fpu and checks the result bits and the flags raised. */
    private static void check(java.util.function.ToLongFunction<Fpu> op, long want, int flags) {
        Fpu f = new Fpu();
        long got = op.applyAsLong(f);
        assertThat(Long.toHexString(got)).isEqualTo(Long.toHexString(want));
        assertThat(f.flags).as("flags").isEqualTo(flags);
    }

    private static final double ONE_ULP = 0x1p-52;
    private static final double HALF_ULP = 0x1p-53;

    @Test
    void addTieRoundsPerMode() {
        check(f -> f.addD(d(1), d(HALF_ULP), false, RNE), d(1), NX);
        check(f -> f.addD(d(1), d(HALF_ULP), false, RTZ), d(1), NX);
        check(f -> f.addD(d(1), d(HALF_ULP), false, RDN), d(1), NX);
        check(f -> f.addD(d(1), d(HALF_ULP), false, RUP), d(1 + ONE_ULP), NX);
        check(f -> f.addD(d(1), d(HALF_ULP), false, RMM), d(1 + ONE_ULP), NX);
        check(f -> f.addD(d(-1), d(HALF_ULP), true, RNE), d(-1), NX);
        check(f -> f.addD(d(-1), d(HALF_ULP), true, RDN), d(-1 - ONE_ULP), NX);
        check(f -> f.addD(d(-1), d(HALF_ULP), true, RUP), d(-1), NX);
        check(f -> f.addD(d(-1), d(HALF_ULP), true, RMM), d(-1 - ONE_ULP), NX);
        check(f -> f.addD(d(1), d(3 * 0x1p-54), false, RNE), d(1 + ONE_ULP), NX);
        check(f -> f.addD(d(1), d(2), false, RUP), d(3), 0);
    }

    @Test
    void exactZeroSumSignDependsOnMode() {
        check(f -> f.addD(d(1.5), d(1.5), true, RNE), d(0.0), 0);
        check(f -> f.addD(d(1.5), d(1.5), true, RDN), d(-0.0), 0);
        check(f -> f.addD(d(-0.0), d(-0.0), false, RNE), d(-0.0), 0);
        check(f -> f.addD(d(0.0), d(-0.0), false, RDN), d(-0.0), 0);
    }

    @Test
    void overflowPerMode() {
        double max = Double.MAX_VALUE;
        check(f -> f.mulD(d(max), d(2), RNE), d(Double.POSITIVE_INFINITY), OF | NX);
        check(f -> f.mulD(d(max), d(2), RTZ), d(max), OF | NX);
        check(f -> f.mulD(d(max), d(2), RDN), d(max), OF | NX);
        check(f -> f.mulD(d(max), d(2), RUP), d(Double.POSITIVE_INFINITY), OF | NX);
        check(f -> f.mulD(d(-max), d(2), RDN), d(Double.NEGATIVE_INFINITY), OF | NX);
        check(f -> f.mulD(d(-max), d(2), RUP), d(-max), OF | NX);
        check(f -> f.addD(d(max), d(max * HALF_ULP / 2), false, RUP), d(Double.POSITIVE_INFINITY), OF | NX);
        check(f -> f.addD(d(max), d(max * HALF_ULP / 2), false, RNE), d(max), NX);
        check(f -> f.addD(d(max), d(max), false, RNE), d(Double.POSITIVE_INFINITY), OF | NX);
        check(f -> f.addD(d(-max), d(max), true, RNE), d(Double.NEGATIVE_INFINITY), OF | NX);
    }

    @Test
    void underflowAndTininessAfterRounding() {
        double min = Double.MIN_VALUE;
        check(f -> f.mulD(d(Double.MIN_NORMAL), d(0.5), RNE), d(Double.MIN_NORMAL / 2), 0);
        check(f -> f.mulD(d(min), d(0.5), RNE), d(0.0), UF | NX);
        check(f -> f.mulD(d(min), d(0.5), RUP), d(min), UF | NX);
        check(f -> f.mulD(d(-min), d(0.5), RDN), d(-min), UF | NX);
        // 2^-1022 × (1 − 2^-53) rounds to 2^-1022 but is tiny after rounding with unbounded exponent.
        check(f -> f.mulD(d(Double.MIN_NORMAL), d(1 - HALF_ULP), RNE), d(Double.MIN_NORMAL), UF | NX);
        // 2^-1022 × (1 − 2^-54)... not representable; (1 + 2^-52) × 2^-1022 × (1 − 2^-53) rounds up to normal.
        check(f -> f.mulD(d(Double.MIN_NORMAL * (1 + ONE_ULP)), d(1 - HALF_ULP), RNE),
                d(Double.MIN_NORMAL), NX);
    }

    @Test
    void divisionAndSquareRoot() {
        check(f -> f.divD(d(1), d(3), RNE), 0x3fd5555555555555L, NX);
        check(f -> f.divD(d(1), d(3), RUP), 0x3fd5555555555556L, NX);
        check(f -> f.divD(d(2), d(3), RNE), 0x3fe5555555555555L, NX);
        check(f -> f.divD(d(2), d(3), RTZ), 0x3fe5555555555555L, NX);
        check(f -> f.divD(d(-2), d(3), RDN), 0xbfe5555555555556L, NX);
        check(f -> f.divD(d(1), d(0), RNE), d(Double.POSITIVE_INFINITY), DZ);
        check(f -> f.divD(d(0), d(0), RNE), Fpu.CANONICAL_NAN_D, NV);
        check(f -> f.sqrtD(d(2), RNE), 0x3ff6a09e667f3bcdL, NX);
        check(f -> f.sqrtD(d(2), RDN), 0x3ff6a09e667f3bccL, NX);
        check(f -> f.sqrtD(d(2), RUP), 0x3ff6a09e667f3bcdL, NX);
        check(f -> f.sqrtD(d(4), RUP), d(2), 0);
        check(f -> f.sqrtD(d(-1), RNE), Fpu.CANONICAL_NAN_D, NV);
        check(f -> f.sqrtD(d(-0.0), RNE), d(-0.0), 0);
    }

    @Test
    void fusedMultiplyAddRoundsOnce() {
        double a = 1 + ONE_ULP;
        double b = 1 - ONE_ULP;
        check(f -> f.fmaD(d(a), d(b), d(-1), false, false, RNE), d(-0x1p-104), 0);
        check(f -> f.fmaD(d(Double.POSITIVE_INFINITY), d(0), Fpu.CANONICAL_NAN_D, false, false, RNE),
                Fpu.CANONICAL_NAN_D, NV);
        check(f -> f.fmaD(d(2), d(3), d(1), true, true, RNE), d(-7), 0);
        check(f -> f.fmaD(d(1), d(1), d(HALF_ULP), false, false, RUP), d(1 + ONE_ULP), NX);
    }

    @Test
    void singlePrecisionTiesAndNarrowing() {
        float halfUlp = 0x1p-24f;
        check(f -> f.addS(s(1), s(halfUlp), false, RNE), s(1), NX);
        check(f -> f.addS(s(1), s(halfUlp), false, RUP), s(1 + 0x1p-23f), NX);
        check(f -> f.addS(s(1), s(halfUlp), false, RMM), s(1 + 0x1p-23f), NX);
        check(f -> f.doubleToSingle(d(1 + 0x1p-24), RNE), s(1), NX);
        check(f -> f.doubleToSingle(d(1 + 0x1p-24), RUP), s(1 + 0x1p-23f), NX);
        check(f -> f.doubleToSingle(d(1e300), RTZ), s(Float.MAX_VALUE), OF | NX);
        check(f -> f.doubleToSingle(d(1e-50), RNE), 0, UF | NX);
        check(f -> f.divS(s(1), s(3), RNE), s(1f / 3f), NX);
        check(f -> f.divS(s(1), s(3), RUP), 0x3eaaaaabL, NX); // RNE already rounds 1/3 up
        check(f -> f.divS(s(1), s(3), RDN), 0x3eaaaaaaL, NX);
        check(f -> f.sqrtS(s(2), RTZ), 0x3fb504f3L, NX); // 1.41421353… < √2
        check(f -> f.sqrtS(s(2), RUP), 0x3fb504f4L, NX);
        assertThat(Fpu.unbox(0x00000000_3f800000L)).isEqualTo(Fpu.CANONICAL_NAN_S);
        assertThat(Fpu.unbox(Fpu.box(s(1)))).isEqualTo(s(1));
    }

    @Test
    void conversionsToIntegerRoundAndSaturate() {
        check(f -> f.toInteger(d(2.5), RNE, 32, false), 2, NX);
        check(f -> f.toInteger(d(2.5), RMM, 32, false), 3, NX);
        check(f -> f.toInteger(d(2.5), RUP, 32, false), 3, NX);
        check(f -> f.toInteger(d(-2.5), RDN, 32, false), -3, NX);
        check(f -> f.toInteger(d(-2.5), RTZ, 32, false), -2, NX);
        check(f -> f.toInteger(d(-2.5), RMM, 64, false), -3, NX);
        check(f -> f.toInteger(Fpu.CANONICAL_NAN_D, RNE, 32, false), Integer.MAX_VALUE, NV);
        check(f -> f.toInteger(d(3e9), RNE, 32, false), Integer.MAX_VALUE, NV);
        check(f -> f.toInteger(d(-3e9), RNE, 32, false), Integer.MIN_VALUE, NV);
        check(f -> f.toInteger(d(-1), RNE, 32, true), 0, NV);
        check(f -> f.toInteger(d(-0.5), RTZ, 32, true), 0, NX);
        check(f -> f.toInteger(d(4e9), RNE, 32, true), (int) 4_000_000_000L, 0);
        check(f -> f.toInteger(d(Double.POSITIVE_INFINITY), RNE, 64, true), -1, NV);
        check(f -> f.toInteger(d(0x1p63), RNE, 64, true), Long.MIN_VALUE, 0);
        check(f -> f.toInteger(d(0x1p63), RNE, 64, false), Long.MAX_VALUE, NV);
    }

    @Test
    void conversionsFromInteger() {
        long big = (1L << 53) + 1;
        check(f -> f.fromInteger(big, false, RNE, false), d(0x1p53), NX);
        check(f -> f.fromInteger(big, false, RUP, false), d(0x1p53 + 2), NX);
        check(f -> f.fromInteger(-1, true, RNE, false), d(0x1p64), NX);
        check(f -> f.fromInteger(-1, true, RTZ, false), d(0x1p64 - 2048), NX);
        check(f -> f.fromInteger(16777217, false, RNE, true), s(16777216f) & 0xffffffffL, NX);
        check(f -> f.fromInteger(-16777217, false, RDN, true), s(-16777218f) & 0xffffffffL, NX);
        check(f -> f.fromInteger(7, false, RNE, false), d(7), 0);
    }

    @Test
    void minMaxCompareAndClass() {
        long snan = 0x7ff0000000000001L;
        check(f -> f.minMaxD(snan, d(1), false), d(1), NV);
        check(f -> f.minMaxD(Fpu.CANONICAL_NAN_D, d(1), true), d(1), 0);
        check(f -> f.minMaxD(Fpu.CANONICAL_NAN_D, snan, true), Fpu.CANONICAL_NAN_D, NV);
        check(f -> f.minMaxD(d(-0.0), d(0.0), false), d(-0.0), 0);
        check(f -> f.minMaxD(d(-0.0), d(0.0), true), d(0.0), 0);
        check(f -> f.compareD(Fpu.CANONICAL_NAN_D, d(1), 0), 0, 0);
        check(f -> f.compareD(snan, d(1), 0), 0, NV);
        check(f -> f.compareD(Fpu.CANONICAL_NAN_D, d(1), 1), 0, NV);
        check(f -> f.compareD(d(-0.0), d(0.0), 2), 1, 0);
        assertThat(Fpu.classifyD(snan)).isEqualTo(1 << 8);
        assertThat(Fpu.classifyD(d(-Double.MIN_VALUE))).isEqualTo(1 << 2);
        assertThat(Fpu.classifyS(s(Float.NEGATIVE_INFINITY))).isEqualTo(1);
    }
}
