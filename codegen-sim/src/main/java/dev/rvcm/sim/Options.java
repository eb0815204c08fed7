package dev.rvcm.sim;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * How a guest process is connected to the host, and which timing models count its cycles.
 *
 * @param mounts host paths the guest may see; none by default
 * @param cwd    the guest's working directory
 * @param stdin  the guest's standard input
 * @param stdout the guest's standard output
 * @param stderr the guest's standard error
 * @param seed   seed of {@code getrandom} and {@code AT_RANDOM}, so that runs are reproducible
 * @param timing the timing models whose cycles {@link Counters#cycles()} reports, all from the same
 *               run; by default every preset of {@link TimingParameters#PRESETS}
 * @param engine the engine that runs the guest; by default {@link Engine#translate()}
 * @param clock  where the guest's time comes from; a {@link GuestClock.Cycles} clock's preset must be
 *               among {@code timing}
 */
public record Options(List<Mount> mounts, String cwd, InputStream stdin, OutputStream stdout, OutputStream stderr,
                      long seed, List<TimingParameters> timing, Engine engine, GuestClock clock) {

    public Options {
        mounts = List.copyOf(mounts);
        timing = List.copyOf(timing);
        java.util.Objects.requireNonNull(engine, "engine");
        if (timing.stream().map(TimingParameters::name).distinct().count() != timing.size()) {
            throw new IllegalArgumentException("two timing models have the same name");
        }
        clock.requireCounted(timing);
    }

    /** No mounts, cwd {@code /}, the JVM's stdio, seed 0, every timing preset, the translating engine, the host's clock. */
    public static Options defaults() {
        return new Options(List.of(), "/", System.in, System.out, System.err, 0,
                List.copyOf(TimingParameters.PRESETS.values()), Engine.translate(), new GuestClock.Host());
    }

    public Options withMounts(List<Mount> m) {
        return new Options(m, cwd, stdin, stdout, stderr, seed, timing, engine, clock);
    }

    public Options withCwd(String dir) {
        return new Options(mounts, dir, stdin, stdout, stderr, seed, timing, engine, clock);
    }

    public Options withStdio(InputStream in, OutputStream out, OutputStream err) {
        return new Options(mounts, cwd, in, out, err, seed, timing, engine, clock);
    }

    /** These options with the given timing models (none: no cycles counted). */
    public Options withTiming(List<TimingParameters> models) {
        return new Options(mounts, cwd, stdin, stdout, stderr, seed, models, engine, clock);
    }

    /** These options with another engine. */
    public Options withEngine(Engine e) {
        return new Options(mounts, cwd, stdin, stdout, stderr, seed, timing, e, clock);
    }

    /**
     * These options with the guest clock {@code c}.
     *
     * @throws IllegalArgumentException if {@code c} counts modeled cycles of a preset these options do not count
     */
    public Options withClock(GuestClock c) {
        return new Options(mounts, cwd, stdin, stdout, stderr, seed, timing, engine, c);
    }
}
