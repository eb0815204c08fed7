package dev.rvcm.cli;

import dev.rvcm.relocs.ElfUnit;
import dev.rvcm.reports.run.RunStatsRenderer;
import dev.rvcm.sim.Engine;
import dev.rvcm.sim.GuestClock;
import dev.rvcm.sim.Limits;
import dev.rvcm.sim.LoadException;
import dev.rvcm.sim.Machine;
import dev.rvcm.sim.HiddenPath;
import dev.rvcm.sim.Mount;
import dev.rvcm.sim.Options;
import dev.rvcm.sim.RunResult;
import dev.rvcm.sim.TimingParameters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rvcm run [OPTIONS] PROG [ARGS...]}: runs a static RV64 Linux program (or, with {@code --bare-metal}, an
 * HTIF test) in rvcm's engine. The guest's stdin, stdout, stderr and exit code pass through; the
 * statistics, modeled cycles per timing preset included, go to stderr or a file. An unknown
 * {@code --preset} or {@code --timing} parameter is one line on stderr and exit code 2, before the run.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    customSynopsis = "rvcm run [OPTIONS] PROG [ARGS...]",
    description = {"Run a static RV64 Linux program in rvcm's engine, counting what it does.",
        "The guest's stdin/stdout/stderr and exit code pass through; it sees no host file unless mounted (--mount, --host-fs); "
            + "a file it did not find because of that is named after the run. "
            + "A guest fault ends the run with a report and exit code 139 (bad address), 132 (illegal instruction), "
            + "133 (ebreak), 137 (memory limit) or 124 (instruction limit); an unloadable program gives exit code 2.",
        "Statistics include modeled cycles of in-order cores: the timing presets rocket and sifive-u74 (LLVM's "
            + "scheduling models; branch predictor and L1 caches simulated), --preset and --timing choose and tune them, "
            + "--no-timing leaves them out."})
final class RunCommand implements Callable<Integer> {
    enum Stats { none, text, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Rvcm rvcm;

    @Parameters(index = "0", paramLabel = "PROG", description = "a static RV64 executable")
    Path program;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "the guest's arguments")
    List<String> args = new ArrayList<>();

    @Option(names = "--stats", defaultValue = "none", description = "print statistics on stderr: none (default), text or json")
    Stats stats;

    @Option(names = "--stats-json", paramLabel = "FILE", description = "write the statistics as JSON to FILE")
    Path statsFile;

    @Option(names = "--mount", paramLabel = "HOST:GUEST[:ro]", description = "let the guest see a host file or folder")
    List<String> mounts = new ArrayList<>();

    enum HostFs { ro, rw }

    @Option(names = "--host-fs", paramLabel = "ro|rw",
        description = "let the guest see the host's whole file system, read-only or writable, from the host's working "
            + "directory, as qemu-user does (--mount still applies on top)")
    HostFs hostFs;

    @Option(names = "--env", paramLabel = "NAME=VALUE", description = "an environment variable of the guest (none by default)")
    List<String> env = new ArrayList<>();

    @Option(names = "--max-insns", paramLabel = "N", description = "stop after N instructions (exit code 124)")
    long maxInstructions = Long.MAX_VALUE;

    @Option(names = "--max-memory", paramLabel = "BYTES", description = "guest memory limit, e.g. 512M (default 2G)")
    String maxMemory = "2G";

    @Option(names = "--bare-metal", description = "run an HTIF test in machine mode: tohost 1 passes (exit 0), (n<<1)|1 fails test n (exit 1)")
    boolean bareMetal;

    @Option(names = "--preset", paramLabel = "NAME",
        description = "count modeled cycles of this timing preset only (repeatable): rocket, sifive-u74; default both")
    List<String> presets = new ArrayList<>();

    @Option(names = "--no-timing",
        description = "count no modeled cycles, only the counters: faster (the timing model's per-event work can double a run)")
    boolean noTiming;

    @Option(names = "--engine", paramLabel = "NAME", defaultValue = "translate",
        description = "translate (default: hot code becomes JVM bytecode) or interpret; both count the same")
    String engine;

    @Option(names = "--timing", paramLabel = "NAME=VALUE",
        description = "set a timing model parameter of every preset counted (repeatable), e.g. l1d-size=8192, issue-width=2")
    List<String> timing = new ArrayList<>();

    @Option(names = "--clock", paramLabel = "MODE", defaultValue = "host",
        description = "the guest's clock: host (default), or deterministic, the same every run: instructions[@MHZ] "
            + "(one instruction a cycle) or cycles:PRESET[@MHZ] (the preset's modeled cycles so far); MHZ default 1000")
    String clock;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        noteOptionsAfterProgram(err);
        List<TimingParameters> models = new ArrayList<>();
        GuestClock guestClock;
        if (noTiming && !(presets.isEmpty() && timing.isEmpty())) {
            err.println("rvcm: --no-timing counts no modeled cycles: it takes no --preset or --timing");
            return ExitCodes.BAD_INPUT;
        }
        try {
            List<String> counted = noTiming ? List.of()
                : presets.isEmpty() ? List.copyOf(TimingParameters.PRESETS.sequencedKeySet()) : presets;
            for (String name : counted) {
                TimingParameters p = TimingParameters.preset(name);
                for (String assignment : timing) {
                    p = p.with(assignment);
                }
                if (models.stream().noneMatch(m -> m.name().equals(name))) {
                    models.add(p);
                }
            }
            guestClock = GuestClock.parse(clock);
            guestClock.requireCounted(models);
        } catch (IllegalArgumentException e) {
            err.println("rvcm: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        Limits limits;
        Engine chosen;
        List<Mount> parsedMounts = new ArrayList<>();
        try {
            chosen = Engine.named(engine);
            limits = new Limits(maxInstructions, bytes(maxMemory));
            for (String m : mounts) {
                parsedMounts.add(Mount.parse(m));
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        List<ElfUnit> units = new InputFiles(err).open(program);
        if (units.size() != 1 || units.getFirst().member().isPresent()) {
            if (!units.isEmpty()) {
                err.println("rvcm: " + program + ": an archive is not a program");
            }
            return ExitCodes.BAD_INPUT;
        }
        OutputStream out = StandardOutput.stream(spec);
        RunResult result;
        List<HiddenPath> hidden = List.of();
        try {
            List<String> argv = new ArrayList<>();
            argv.add(program.toString());
            argv.addAll(args);
            err.flush();
            Options options = Options.defaults().withMounts(parsedMounts).withStdio(rvcm.stdin, out, rvcm.stderr)
                .withTiming(models).withEngine(chosen).withClock(guestClock);
            if (hostFs != null) {
                List<Mount> all = new ArrayList<>(List.of(new Mount(Path.of("/"), "/", hostFs == HostFs.ro)));
                all.addAll(parsedMounts);
                options = options.withMounts(all).withCwd(Path.of("").toAbsolutePath().toString());
            }
            Machine machine = bareMetal ? Machine.loadBareMetal(units.getFirst().elf(), limits, models, chosen)
                : Machine.load(units.getFirst().elf(), argv, env, limits, options);
            result = machine.run();
            hidden = machine.hiddenPaths();
        } catch (LoadException e) {
            err.println("rvcm: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        out.flush();
        if (!(result.stop() instanceof RunResult.Stop.Exited)) {
            err.println("rvcm: " + result.stop().describe());
        }
        for (HiddenPath h : hidden) {
            err.println("rvcm: the guest did not find " + h.typed() + ": the host has it (" + h.host() + ") but the sandbox "
                + "hides it; " + h.mount() + " shows it to the guest, --host-fs " + (h.writing() ? "rw" : "ro")
                + " the host's whole file system");
        }
        switch (stats) {
            case text -> RunStatsRenderer.text(err, result);
            case json -> {
                ByteArrayOutputStream json = new ByteArrayOutputStream();
                RunStatsRenderer.json(json, result);
                err.print(json.toString(StandardCharsets.UTF_8));
                err.flush();
            }
            case none -> { }
        }
        if (statsFile != null) {
            try (OutputStream file = Files.newOutputStream(statsFile)) {
                RunStatsRenderer.json(file, result);
            }
        }
        return result.exitCode();
    }

    /**
     * Everything after PROG is the guest's, as with qemu-user and env; an argument there that is one
     * of rvcm run's own long options was most likely meant for rvcm, so say where it went.
     */
    private void noteOptionsAfterProgram(PrintWriter err) {
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (name.startsWith("--") && spec.findOption(name) != null) {
                err.println("rvcm: note: " + name + " comes after " + program + " and goes to the program; "
                    + "rvcm's options go before it: rvcm run [OPTIONS] PROG [ARGS...]");
                return;
            }
        }
    }

    private static long bytes(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        long unit = switch (t.isEmpty() ? ' ' : t.charAt(t.length() - 1)) {
            case 'K' -> 1L << 10;
            case 'M' -> 1L << 20;
            case 'G' -> 1L << 30;
            default -> 1;
        };
        String digits = unit == 1 ? t : t.substring(0, t.length() - 1);
        try {
            return Math.multiplyExact(Long.parseLong(digits), unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("--max-memory takes a size such as 512M, got '" + text + "'");
        }
    }
}
