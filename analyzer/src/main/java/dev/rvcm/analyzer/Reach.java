package dev.rvcm.analyzer;

/**
 * The reach of the two RISC-V addressing forms: auipc (or lui) supplies the high 20 bits and the
 * I/S immediate the sign-extended low 12, so both reach [-2^31 - 2^11, 2^31 - 2^11).
 */
public final class Reach {
    private static final long LOW = -0x80000800L;
    private static final long HIGH = 0x7ffff7ffL;

    private Reach() {
    }

    /** True when an auipc-based access at {@code place} reaches {@code target}. */
    public static boolean fitsPcRelative(long place, long target) {
        long distance = target - place;
        return distance >= LOW && distance <= HIGH;
    }

    /** True when {@code target} lies in the window around 0 that lui-based (absolute) code reaches. */
    public static boolean inAbsoluteWindow(long target) {
        return target >= LOW && target <= HIGH;
    }
}
