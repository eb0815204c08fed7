package dev.rvcm.sim;

import java.util.List;

/**
 * The guest's clocks as its time system calls read them, from its {@link GuestClock}: nanoseconds on
 * the monotonic clocks since the guest started, and on {@code CLOCK_REALTIME}. A deterministic clock
 * reads the hart it is {@link #attach attached} to: its retired instructions, or the modeled cycles so
 * far of one timing model (the timing model works them out from the run so far, each time it is read,
 * after the translated code's block counts are folded into the counts it reads).
 */
final class GuestTime {
    private final GuestClock clock;
    private final int model;
    private final long hostStart = System.nanoTime();
    private Hart hart;

    /**
     * @param clock  the guest's clock
     * @param timing the run's timing models; a {@link GuestClock.Cycles} clock's preset must be among them
     * @throws IllegalArgumentException if it is not
     */
    GuestTime(GuestClock clock, List<TimingParameters> timing) {
        this.clock = clock;
        this.model = modelOf(clock, timing);
    }

    /**
     * The index among {@code timing} of the model a {@link GuestClock.Cycles} clock reads, -1 for other clocks.
     *
     * @throws IllegalArgumentException if the clock's preset is not among {@code timing}
     */
    static int modelOf(GuestClock clock, List<TimingParameters> timing) {
        if (!(clock instanceof GuestClock.Cycles c)) {
            return -1;
        }
        for (int i = 0; i < timing.size(); i++) {
            if (timing.get(i).name().equals(c.preset())) {
                return i;
            }
        }
        throw new IllegalArgumentException("the clock " + c.describe() + " needs the timing preset '" + c.preset() + "' counted");
    }

    /** The hart whose run drives a deterministic clock. */
    void attach(Hart h) {
        this.hart = h;
    }

    /** Nanoseconds since the guest started ({@code CLOCK_MONOTONIC} and the CPU-time clocks). */
    long monotonicNanos() {
        return switch (clock) {
            case GuestClock.Host h -> System.nanoTime() - hostStart;
            case GuestClock.Instructions i -> nanos(hart.instret, i.mhz());
            case GuestClock.Cycles c -> {
                hart.foldTranslations();
                yield nanos(hart.timing.cycles(hart.pages.live(), 0).get(model).cycles(), c.mhz());
            }
        };
    }

    /** Nanoseconds since 1970 ({@code CLOCK_REALTIME}, {@code gettimeofday}). */
    long realtimeNanos() {
        if (clock instanceof GuestClock.Host) {
            return System.currentTimeMillis() * 1_000_000L;
        }
        return GuestClock.EPOCH_SECONDS * 1_000_000_000L + monotonicNanos();
    }

    /** {@code cycles} at {@code mhz} in nanoseconds (exact below 9.2e15 cycles: weeks of any engine's time). */
    private static long nanos(long cycles, long mhz) {
        return cycles * 1000 / mhz;
    }
}
