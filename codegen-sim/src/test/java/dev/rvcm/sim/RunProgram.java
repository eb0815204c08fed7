package dev.rvcm.sim;

import dev.rvcm.relocs.Inputs;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in for {@code rvcm run} until the CLI wires the engine: runs {@code PROG [ARGS…]} with the
 * current directory mounted read-only at {@code /work} (the guest's cwd) and prints the stop and the
 * counters to stderr, with the engine's instructions per second (wall and thread CPU time). Used by
 * {@code codegen-sim/bench/engine-vs-qemu.sh}.
 */
public final class RunProgram {

    private RunProgram() {
    }

    public static void main(String[] argv) throws Exception {
        Path prog = Path.of(argv[0]);
        var elf = Inputs.open(prog).getFirst().elf();
        List<String> args = new ArrayList<>(List.of(argv).subList(1, argv.length));
        args.addFirst(prog.getFileName().toString());
        Options options = Options.defaults().withMounts(List.of(new Mount(Path.of(""), "/work", true))).withCwd("/work");
        var threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        RunResult r = Machine.load(elf, args, List.of("LANG=C"), Limits.DEFAULT, options).run();
        long t1 = System.nanoTime();
        long cpu1 = threads.getCurrentThreadCpuTime();
        long n = r.counters().instructions();
        System.err.println(r.stop().describe());
        System.err.printf("rvcm-engine: %d instructions, %.3f s, %.1f M instructions/s (wall), %.1f M/s (thread CPU)%n",
                n, (t1 - t0) / 1e9, n / ((t1 - t0) / 1e3), n / ((cpu1 - cpu0) / 1e3));
        System.err.println(r.counters());
        System.exit(r.exitCode());
    }
}
