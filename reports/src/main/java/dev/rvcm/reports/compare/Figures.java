package dev.rvcm.reports.compare;

import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;

/** How every rendering of a comparison writes its numbers, so that they read the same in each. */
public final class Figures {
    /** What stands for a number that does not exist (own-code counts without objects, a percentage of 0). */
    public static final String NONE = "n/a";

    private Figures() {
    }

    public static String count(long n) {
        return Long.toString(n);
    }

    public static String count(OptionalLong n) {
        return n.isPresent() ? count(n.getAsLong()) : NONE;
    }

    /** A signed percentage with two decimals: {@code +12.34%}, {@code -0.50%}, {@code +0.00%}. */
    public static String percent(double p) {
        return Double.isNaN(p) ? NONE : String.format(Locale.ROOT, "%+.2f%%", round(p));
    }

    /** A share with one decimal: {@code 87.5%}. */
    public static String share(double p) {
        return String.format(Locale.ROOT, "%.1f%%", p);
    }

    /** Seconds with three decimals. */
    public static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.3f", d.toNanos() / 1e9);
    }

    /** A signed count: {@code +1234}, {@code -5}, {@code 0}. */
    public static String signed(long n) {
        return n > 0 ? "+" + n : Long.toString(n);
    }

    public static String hex(long address) {
        return "0x" + Long.toHexString(address);
    }

    /** {@code p} rounded to two decimals, as JSON carries percentages. */
    public static double round(double p) {
        return Math.round(p * 100) / 100.0;
    }
}
