package dev.rvcm.cli.compare;

import dev.rvcm.sim.GuestClock;
import dev.rvcm.sim.Limits;
import dev.rvcm.sim.Mount;
import dev.rvcm.sim.TimingParameters;
import java.util.List;

/**
 * How every variant of a comparison runs: the same arguments, input, host files, timing models and clock.
 *
 * @param program the guest's {@code argv[0]}
 * @param arguments the guest's arguments after it
 * @param stdin the guest's standard input
 * @param mounts host files the guest sees
 * @param timing the timing models counted
 * @param clock the guest clock
 * @param limits instruction and memory limits
 */
public record RunSettings(String program, List<String> arguments, byte[] stdin, List<Mount> mounts,
                          List<TimingParameters> timing, GuestClock clock, Limits limits) {
    public RunSettings {
        arguments = List.copyOf(arguments);
        stdin = stdin.clone();
        mounts = List.copyOf(mounts);
        timing = List.copyOf(timing);
        clock.requireCounted(timing);
    }

    @Override
    public byte[] stdin() {
        return stdin.clone();
    }
}
