package dev.rvcm.sim;

import dev.rvcm.relocs.Inputs;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code [--engine interpret|translate] [--threshold N] [--no-timing] PROG [ARGS…]} with the
 * current directory mounted read-only at {@code /work} (the guest's cwd) and prints the stop, the
 * engine's instructions per second (wall and thread CPU time), its statistics (translations, time to
 * the first, heap used) and the counters to stderr. Used by {@code codegen-sim/bench/engine-vs-qemu.sh}.
 */
public final class RunProgram {

    private RunProgram() {
    }

    public static void main(String[] argv) throws Exception {
        Engine engine = Engine.translate();
        boolean timing = true;
        int a = 0;
        for (; a < argv.length && argv[a].startsWith("--"); a++) {
            switch (argv[a]) {
                case "--engine" -> engine = Engine.named(argv[++a]);
                case "--threshold" -> engine = new Engine.Translate(Long.parseLong(argv[++a]));
                case "--no-timing" -> timing = false;
                default -> throw new IllegalArgumentException("unknown option " + argv[a]);
            }
        }
        Path prog = Path.of(argv[a]);
        var elf = Inputs.open(prog).getFirst().elf();
        List<String> args = new ArrayList<>(List.of(argv).subList(a + 1, argv.length));
        args.addFirst(prog.getFileName().toString());
        Options options = Options.defaults().withMounts(List.of(new Mount(Path.of(""), "/work", true))).withCwd("/work")
                .withEngine(engine);
        if (!timing) {
            options = options.withTiming(List.of());
        }
        var threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Machine machine = Machine.load(elf, args, List.of("LANG=C"), Limits.DEFAULT, options);
        RunResult r = machine.run();
        long t1 = System.nanoTime();
        long cpu1 = threads.getCurrentThreadCpuTime();
        long n = r.counters().instructions();
        System.err.println(r.stop().describe());
        EngineStatistics e = machine.engineStatistics();
        Runtime rt = Runtime.getRuntime();
        System.err.printf("rvcm-engine: %s, %d instructions, %.3f s, %.1f M instructions/s (wall), %.1f M/s (thread CPU);"
                        + " %d translations (%d alive, %d evictions), first after %.1f ms; heap used %d MB%n",
                e.engine(), n, (t1 - t0) / 1e9, n / ((t1 - t0) / 1e3), n / ((cpu1 - cpu0) / 1e3), e.translations(),
                e.alive(), e.evictions(), e.firstTranslationNanos() / 1e6, (rt.totalMemory() - rt.freeMemory()) >> 20);
        System.err.println(r.counters());
        System.exit(r.exitCode());
    }
}
