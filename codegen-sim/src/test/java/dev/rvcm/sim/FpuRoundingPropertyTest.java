package dev.rvcm.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * binary64 add, mul, div, sqrt and fma in all five rounding modes against an independent exact
 * reference: {@link BigDecimal} comparisons place the exact result relative to the engine's result and
 * its neighbours, so the rounding direction, ties and the inexact flag are checked for random operands
 * over the whole exponent range (subnormals included), fast and slow paths alike.
 */
class FpuRoundingPropertyTest {

    private static final int ADD = 0, MUL = 1, DIV = 2, SQRT = 3, FMA = 4;

    private final Random random = new Random(20261125);

    private double operand() {
        return switch (random.nextInt(4)) {
            case 0 -> Double.longBitsToDouble(random.nextLong() & 0x7fefffffffffffffL) * (random.nextBoolean() ? 1 : -1);
            case 1 -> (1 + random.nextDouble()) * (random.nextBoolean() ? 1 : -1);
            case 2 -> Double.longBitsToDouble(random.nextLong() & 0x001fffffffffffffL); // subnormal and tiny
            default -> Math.scalb(random.nextDouble() - 0.5, random.nextInt(200) - 100);
        };
    }

    /** sign(exact − r) for finite r; for DIV and SQRT without computing the exact quotient or root. */
    private static int exactMinus(int op, double a, double b, double c, double r) {
        BigDecimal ra = new BigDecimal(r);
        return switch (op) {
            case ADD -> new BigDecimal(a).add(new BigDecimal(b)).compareTo(ra);
            case MUL -> new BigDecimal(a).multiply(new BigDecimal(b)).compareTo(ra);
            case FMA -> new BigDecimal(a).multiply(new BigDecimal(b)).add(new BigDecimal(c)).compareTo(ra);
            case DIV -> new BigDecimal(a).compareTo(ra.multiply(new BigDecimal(b))) * (b > 0 ? 1 : -1);
            default -> r < 0 ? 1 : new BigDecimal(a).compareTo(ra.multiply(ra));
        };
    }

    /** sign(exact − midpoint(lo, hi)). */
    private static int exactMinusMid(int op, double a, double b, double c, double lo, double hi) {
        BigDecimal mid = new BigDecimal(lo).add(new BigDecimal(hi)).divide(BigDecimal.valueOf(2));
        return switch (op) {
            case ADD -> new BigDecimal(a).add(new BigDecimal(b)).compareTo(mid);
            case MUL -> new BigDecimal(a).multiply(new BigDecimal(b)).compareTo(mid);
            case FMA -> new BigDecimal(a).multiply(new BigDecimal(b)).add(new BigDecimal(c)).compareTo(mid);
            case DIV -> new BigDecimal(a).compareTo(mid.multiply(new BigDecimal(b))) * (b > 0 ? 1 : -1);
            default -> new BigDecimal(a).compareTo(mid.multiply(mid));
        };
    }

    private static long compute(Fpu f, int op, double a, double b, double c, int rm) {
        long x = Double.doubleToRawLongBits(a);
        long y = Double.doubleToRawLongBits(b);
        long z = Double.doubleToRawLongBits(c);
        return switch (op) {
            case ADD -> f.addD(x, y, false, rm);
            case MUL -> f.mulD(x, y, rm);
            case DIV -> f.divD(x, y, rm);
            case SQRT -> f.sqrtD(x, rm);
            default -> f.fmaD(x, y, z, false, false, rm);
        };
    }

    @Test
    void everyModeRoundsTheExactResultCorrectly() {
        int checked = 0;
        for (int i = 0; i < 20_000; i++) {
            int op = i % 5;
            double a = operand();
            double b = operand();
            double c = operand();
            if (op == SQRT) {
                a = Math.abs(a);
            }
            if (op == DIV && b == 0 || op == MUL && random.nextInt(3) == 0 && (b = Math.scalb(1 / a, random.nextInt(6) - 3)) == 0) {
                continue;
            }
            double[] byMode = new double[5];
            boolean skip = false;
            for (int rm = 0; rm < 5; rm++) {
                Fpu f = new Fpu();
                double r = Double.longBitsToDouble(compute(f, op, a, b, c, rm));
                if (Double.isNaN(r) || Double.isInfinite(r) || r == 0) {
                    skip = true;
                    break;
                }
                byMode[rm] = r;
                int cmp = exactMinus(op, a, b, c, r);
                String what = "op " + op + " rm " + rm + " a=" + a + " b=" + b + " c=" + c + " r=" + r;
                assertThat((f.flags & Fpu.NX) != 0).as(what + " NX").isEqualTo(cmp != 0);
                switch (rm) {
                    case Fpu.RDN -> {
                        assertThat(cmp).as(what).isGreaterThanOrEqualTo(0);
                        assertThat(exactMinus(op, a, b, c, Math.nextUp(r))).as(what).isNegative();
                    }
                    case Fpu.RUP -> {
                        assertThat(cmp).as(what).isLessThanOrEqualTo(0);
                        assertThat(exactMinus(op, a, b, c, Math.nextDown(r))).as(what).isPositive();
                    }
                    default -> {
                    }
                }
            }
            if (skip) {
                continue;
            }
            double down = byMode[Fpu.RDN];
            double up = byMode[Fpu.RUP];
            boolean exact = down == up;
            assertThat(byMode[Fpu.RTZ]).isEqualTo(exact ? down : down > 0 ? down : up);
            if (!exact) {
                int mid = exactMinusMid(op, a, b, c, down, up);
                boolean evenDown = (Double.doubleToRawLongBits(down) & 1) == 0;
                double ne = mid < 0 ? down : mid > 0 ? up : evenDown ? down : up;
                double mm = mid < 0 ? down : mid > 0 ? up : down < 0 ? down : up;
                assertThat(byMode[Fpu.RNE]).as("RNE op " + op + " a=" + a + " b=" + b + " c=" + c).isEqualTo(ne);
                assertThat(byMode[Fpu.RMM]).as("RMM op " + op + " a=" + a + " b=" + b + " c=" + c).isEqualTo(mm);
            } else {
                assertThat(byMode[Fpu.RNE]).isEqualTo(down);
                assertThat(byMode[Fpu.RMM]).isEqualTo(down);
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(10_000);
    }

    private float operandS() {
        return switch (random.nextInt(4)) {
            case 0 -> Float.intBitsToFloat(random.nextInt() & 0x7f7fffff) * (random.nextBoolean() ? 1 : -1);
            case 1 -> (1 + random.nextFloat()) * (random.nextBoolean() ? 1 : -1);
            case 2 -> Float.intBitsToFloat(random.nextInt() & 0x00ffffff);
            default -> Math.scalb(random.nextFloat() - 0.5f, random.nextInt(60) - 30);
        };
    }

    private static float computeS(Fpu f, int op, float a, float b, float c, int rm) {
        int x = Float.floatToRawIntBits(a);
        int y = Float.floatToRawIntBits(b);
        int z = Float.floatToRawIntBits(c);
        return Float.intBitsToFloat(switch (op) {
            case ADD -> f.addS(x, y, false, rm);
            case MUL -> f.mulS(x, y, rm);
            case DIV -> f.divS(x, y, rm);
            case SQRT -> f.sqrtS(x, rm);
            default -> f.fmaS(x, y, z, false, false, rm);
        });
    }

    @Test
    void everyModeRoundsSinglePrecisionCorrectly() {
        int checked = 0;
        for (int i = 0; i < 20_000; i++) {
            int op = i % 5;
            float a = operandS();
            float b = operandS();
            float c = operandS();
            if (op == SQRT) {
                a = Math.abs(a);
            }
            if (op == DIV && b == 0) {
                continue;
            }
            float[] byMode = new float[5];
            boolean skip = false;
            for (int rm = 0; rm < 5; rm++) {
                Fpu f = new Fpu();
                float r = computeS(f, op, a, b, c, rm);
                if (Float.isNaN(r) || Float.isInfinite(r) || r == 0) {
                    skip = true;
                    break;
                }
                byMode[rm] = r;
                int cmp = exactMinus(op, a, b, c, r);
                String what = "single op " + op + " rm " + rm + " a=" + a + " b=" + b + " c=" + c + " r=" + r;
                assertThat((f.flags & Fpu.NX) != 0).as(what + " NX").isEqualTo(cmp != 0);
                switch (rm) {
                    case Fpu.RDN -> {
                        assertThat(cmp).as(what).isGreaterThanOrEqualTo(0);
                        assertThat(exactMinus(op, a, b, c, Math.nextUp(r))).as(what).isNegative();
                    }
                    case Fpu.RUP -> {
                        assertThat(cmp).as(what).isLessThanOrEqualTo(0);
                        assertThat(exactMinus(op, a, b, c, Math.nextDown(r))).as(what).isPositive();
                    }
                    default -> {
                    }
                }
            }
            if (skip) {
                continue;
            }
            float down = byMode[Fpu.RDN];
            float up = byMode[Fpu.RUP];
            if (down != up) {
                int mid = exactMinusMid(op, a, b, c, down, up);
                boolean evenDown = (Float.floatToRawIntBits(down) & 1) == 0;
                float ne = mid < 0 ? down : mid > 0 ? up : evenDown ? down : up;
                float mm = mid < 0 ? down : mid > 0 ? up : down < 0 ? down : up;
                assertThat(byMode[Fpu.RNE]).as("single RNE op " + op + " a=" + a + " b=" + b + " c=" + c).isEqualTo(ne);
                assertThat(byMode[Fpu.RMM]).as("single RMM op " + op + " a=" + a + " b=" + b + " c=" + c).isEqualTo(mm);
                assertThat(byMode[Fpu.RTZ]).isEqualTo(down > 0 ? down : up);
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(10_000);
    }
}
