package dev.rvcm.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rvcm.relocs.Inputs;
import dev.rvcm.testing.ReferenceTools;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guest clock ({@code --clock}): a program built at test time with Debian's cross gcc times a loop
 * with {@code clock_gettime} and {@code gettimeofday}. Deterministic clocks print the same bytes every
 * run, advance with the instructions retired or the modeled cycles so far, and leave the counters and
 * the modeled cycles of the run as they are without them.
 */
class GuestClockTest {
    private static final String STOPWATCH = """
            #include <stdio.h>
            #include <stdlib.h>
            #include <time.h>
            #include <sys/time.h>
            int main(int argc, char **argv) {
                long n = argc > 1 ? atol(argv[1]) : 100000;
                int quiet = argc > 2;
                struct timespec a, b, r;
                struct timeval tv;
                clock_gettime(CLOCK_MONOTONIC, &a);
                volatile unsigned long s = 0;
                for (long i = 0; i < n; i++) s += (unsigned long) i * i;
                clock_gettime(CLOCK_MONOTONIC, &b);
                clock_gettime(CLOCK_REALTIME, &r);
                gettimeofday(&tv, 0);
                if (quiet) return 0;
                printf("elapsed %ld\\n", (b.tv_sec - a.tv_sec) * 1000000000L + (b.tv_nsec - a.tv_nsec));
                printf("end %ld\\n", b.tv_sec * 1000000000L + b.tv_nsec);
                printf("realtime %ld\\n", (long) r.tv_sec);
                printf("timeofday %ld\\n", (long) tv.tv_sec);
                return 0;
            }
            """;

    @TempDir
    static Path dir;
    private static Path stopwatch;

    @BeforeAll
    static void build() throws Exception {
        ReferenceTools.require(ReferenceTools.GCC, "gcc-riscv64-linux-gnu");
        Path src = Files.writeString(dir.resolve("stopwatch.c"), STOPWATCH);
        stopwatch = dir.resolve("stopwatch");
        List<String> cmd = List.of(ReferenceTools.GCC, "-O2", "-static", "-no-pie", "-o", stopwatch.toString(), src.toString());
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        assertThat(p.waitFor()).as(String.join(" ", cmd)).isZero();
    }

    private record Run(Map<String, Long> printed, String stdout, Counters counters) {
    }

    private static Run run(GuestClock clock, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Options o = Options.defaults().withStdio(new ByteArrayInputStream(new byte[0]), out, new ByteArrayOutputStream())
                .withClock(clock);
        List<String> argv = new ArrayList<>(List.of("stopwatch"));
        argv.addAll(List.of(args));
        RunResult r = Machine.load(Inputs.open(stopwatch).getFirst().elf(), argv, List.of(), Limits.DEFAULT, o).run();
        assertThat(r.exitCode()).as(r.stop().describe()).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        Map<String, Long> printed = new HashMap<>();
        text.lines().map(l -> l.split(" ")).forEach(f -> printed.put(f[0], Long.parseLong(f[1])));
        return new Run(printed, text, r.counters());
    }

    @Test
    void theInstructionClockPrintsTheSameBytesEveryRunAndCountsAnInstructionANanosecond() throws Exception {
        GuestClock clock = GuestClock.parse("instructions");
        Run first = run(clock);
        Run second = run(clock);
        assertThat(second.stdout()).isEqualTo(first.stdout());
        long end = first.printed().get("end");
        long total = first.counters().instructions();
        // The second clock read comes before the printing and exit: a few thousand instructions before the end.
        assertThat(end).isLessThan(total).isGreaterThan(total - 50_000);
        assertThat(first.printed().get("elapsed")).isGreaterThan(100_000).isLessThan(end);
        assertThat(first.printed().get("realtime")).isEqualTo(GuestClock.EPOCH_SECONDS);
        assertThat(first.printed().get("timeofday")).isEqualTo(GuestClock.EPOCH_SECONDS);
        Run slower = run(GuestClock.parse("instructions@500"));
        assertThat(slower.printed().get("end")).isEqualTo(2 * end);
    }

    @Test
    void theCycleClockReadsTheTimingModelMidRun() throws Exception {
        Run rocket = run(GuestClock.parse("cycles:rocket@1000"));
        assertThat(run(GuestClock.parse("cycles:rocket@1000")).stdout()).isEqualTo(rocket.stdout());
        long cycles = rocket.counters().cycles("rocket").orElseThrow().cycles();
        long end = rocket.printed().get("end");
        assertThat(end).isLessThan(cycles).isGreaterThan(cycles - 100_000);
        assertThat(run(GuestClock.parse("cycles:rocket@2000")).printed().get("end")).isEqualTo(end / 2);
        Run u74 = run(GuestClock.parse("cycles:sifive-u74"));
        long u74Cycles = u74.counters().cycles("sifive-u74").orElseThrow().cycles();
        assertThat(u74.printed().get("end")).isLessThan(u74Cycles).isGreaterThan(u74Cycles - 100_000);
    }

    @Test
    void readingTheCycleClockChangesNeitherTheCountersNorTheModeledCycles() throws Exception {
        Run host = run(new GuestClock.Host(), "200000", "quiet");
        Run cycles = run(GuestClock.parse("cycles:sifive-u74"), "200000", "quiet");
        assertThat(cycles.counters().instructions()).isEqualTo(host.counters().instructions());
        for (String model : List.of("rocket", "sifive-u74")) {
            assertThat(cycles.counters().cycles(model).orElseThrow()).as(model)
                    .isEqualTo(host.counters().cycles(model).orElseThrow());
        }
    }

    @Test
    void spellings() {
        assertThat(GuestClock.parse("host")).isEqualTo(new GuestClock.Host());
        assertThat(GuestClock.parse("instructions")).isEqualTo(new GuestClock.Instructions(1000));
        assertThat(GuestClock.parse("cycles:sifive-u74@1500")).isEqualTo(new GuestClock.Cycles("sifive-u74", 1500));
        assertThat(GuestClock.parse("cycles:sifive-u74@1500").describe()).isEqualTo("cycles:sifive-u74@1500");
        for (String bad : List.of("", "wall", "host@5", "cycles:", "cycles:cortex-a53", "instructions@0", "instructions@fast")) {
            assertThatThrownBy(() -> GuestClock.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        Options rocketOnly = Options.defaults().withTiming(List.of(TimingParameters.preset("rocket")));
        assertThatThrownBy(() -> rocketOnly.withClock(GuestClock.parse("cycles:sifive-u74")))
                .hasMessageContaining("sifive-u74");
    }
}
