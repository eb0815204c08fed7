package dev.rvcm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.testing.Corpus;
import org.junit.jupiter.api.Test;

/** {@code rvcm run --clock}: the spellings it takes and the one-line refusals of those it does not. */
class RunClockOptionTest {
    private final String tiny = Corpus.fixture("tiny-medany").toString();

    @Test
    void deterministicClocksRun() {
        for (String clock : new String[] {"host", "instructions", "instructions@250", "cycles:rocket", "cycles:sifive-u74@1000"}) {
            CliRun run = CliRun.of("run", "--clock", clock, tiny);
            assertThat(run.exitCode()).as(clock).isZero();
            assertThat(run.out()).as(clock).isEqualTo("tiny: ok\n");
        }
    }

    @Test
    void anUnknownClockOrAnUncountedPresetIsOneLineAndExitTwo() {
        for (String[] args : new String[][] {{"--clock", "sundial"}, {"--clock", "cycles:cortex-a53"},
            {"--clock", "instructions@0"}, {"--preset", "rocket", "--clock", "cycles:sifive-u74"}}) {
            String[] full = new String[args.length + 2];
            full[0] = "run";
            System.arraycopy(args, 0, full, 1, args.length);
            full[full.length - 1] = tiny;
            CliRun run = CliRun.of(full);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.err().lines().toList()).as(String.join(" ", args)).hasSize(1).first().asString().startsWith("rvcm: ");
            assertThat(run.out()).isEmpty();
        }
    }
}
