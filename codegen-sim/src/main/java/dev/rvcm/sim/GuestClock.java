package dev.rvcm.sim;

import java.util.Locale;

/**
 * Where the guest's time comes from ({@code clock_gettime}, {@code gettimeofday}, {@code sysinfo}'s
 * uptime): the host's clocks, or a deterministic clock driven by the run itself, the idea of qemu's
 * {@code -icount} — a program that times itself then prints the same bytes every run.
 *
 * <p>Written {@code host}, {@code instructions[@MHZ]} or {@code cycles:PRESET[@MHZ]} ({@link #parse}).
 * The deterministic clocks start at 0 for the monotonic clocks and at {@link #EPOCH_SECONDS} for
 * {@code CLOCK_REALTIME}, and advance by the instructions retired so far (one per cycle) or by the modeled
 * cycles of a timing preset so far, at {@code MHZ} million a second (default {@link #DEFAULT_MHZ}).
 */
public sealed interface GuestClock {
    /** The default frequency of the deterministic clocks: 1 GHz, one instruction or cycle a nanosecond. */
    long DEFAULT_MHZ = 1000;
    /** {@code CLOCK_REALTIME} of a deterministic clock when the guest starts: 2025-01-01T00:00:00Z. */
    long EPOCH_SECONDS = 1_735_689_600L;

    /** The canonical spelling, as {@link #parse} reads it. */
    String describe();

    /**
     * Checks that a run counting {@code timing} can drive this clock.
     *
     * @throws IllegalArgumentException if this clock counts modeled cycles of a preset not among {@code timing}
     */
    default void requireCounted(java.util.List<TimingParameters> timing) {
        GuestTime.modelOf(this, timing);
    }

    /** The host's wall and monotonic clocks (not reproducible). */
    record Host() implements GuestClock {
        @Override
        public String describe() {
            return "host";
        }
    }

    /**
     * Time from the instructions retired so far, one per cycle at {@code mhz}.
     *
     * @param mhz cycles a microsecond
     */
    record Instructions(long mhz) implements GuestClock {
        public Instructions {
            checkFrequency(mhz);
        }

        @Override
        public String describe() {
            return "instructions@" + mhz;
        }
    }

    /**
     * Time from the modeled cycles so far of the timing preset {@code preset} (it must be among the run's
     * timing models), at {@code mhz}: a benchmark that times itself reports the score the model predicts.
     *
     * @param preset the timing model's name
     * @param mhz cycles a microsecond
     */
    record Cycles(String preset, long mhz) implements GuestClock {
        public Cycles {
            checkFrequency(mhz);
        }

        @Override
        public String describe() {
            return "cycles:" + preset + "@" + mhz;
        }
    }

    /**
     * Reads {@code host}, {@code instructions[@MHZ]} or {@code cycles:PRESET[@MHZ]}.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    static GuestClock parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        int at = t.lastIndexOf('@');
        String base = at < 0 ? t : t.substring(0, at);
        long mhz = DEFAULT_MHZ;
        if (at >= 0) {
            try {
                mhz = Long.parseLong(t.substring(at + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("clock frequency must be a whole number of MHz, got '" + text + "'");
            }
        }
        if (base.equals("host") && at < 0) {
            return new Host();
        }
        if (base.equals("instructions")) {
            return new Instructions(mhz);
        }
        if (base.startsWith("cycles:") && base.length() > "cycles:".length()) {
            String preset = base.substring("cycles:".length());
            TimingParameters.preset(preset);
            return new Cycles(preset, mhz);
        }
        throw new IllegalArgumentException("unknown clock '" + text + "' (host, instructions[@MHZ] or cycles:PRESET[@MHZ])");
    }

    private static void checkFrequency(long mhz) {
        if (mhz <= 0 || mhz > 1_000_000) {
            throw new IllegalArgumentException("clock frequency must be 1 to 1000000 MHz, got " + mhz);
        }
    }
}
