package dev.rvcm.cli;

import dev.rvcm.cli.compare.ComparePipeline;
import dev.rvcm.cli.compare.ComparePlan;
import dev.rvcm.cli.compare.Linker;
import dev.rvcm.cli.compare.Progress;
import dev.rvcm.cli.compare.RunSettings;
import dev.rvcm.cli.compare.TerminalProgress;
import dev.rvcm.cli.compare.Variant;
import dev.rvcm.cli.compare.VariantBuildException;
import dev.rvcm.cli.demo.DemoBundle;
import dev.rvcm.cli.demo.DemoVariants;
import dev.rvcm.reports.compare.CompareReport;
import dev.rvcm.reports.compare.DemoRenderer;
import dev.rvcm.reports.compare.DemoReport;
import dev.rvcm.reports.compare.OwnCode;
import dev.rvcm.reports.text.Json;
import dev.rvcm.reports.text.TextSink;
import dev.rvcm.sim.GuestClock;
import dev.rvcm.sim.Limits;
import dev.rvcm.sim.TimingParameters;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rvcm demo [--out DIR]}: every corpus benchmark compared in its code-model variants, written to
 * {@code DIR/index.html} with {@code DIR/index.json} beside it, and a summary on stdout. The benchmarks come
 * with rvcm (their objects, and the programs linked from them): with Debian's riscv64 cross gcc present the
 * demo links the objects itself, without it it runs the bundled programs — the same bytes either way.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Compare the corpus benchmarks (nbody, hashbench, crcsort, matmul) in their code-model variants: medany and "
        + "medlow, each also rewritten by rvcm to semi-pic and pic, and gcc -fPIC; audited and run in rvcm's engine "
        + "with a deterministic clock.",
        "Writes DIR/index.html (one self-contained page with SVG charts) and DIR/index.json, and prints a summary. "
            + "Works without the cross toolchain: the benchmarks' linked programs come with rvcm."})
final class DemoCommand implements Callable<Integer> {
    enum Inputs { auto, rebuild, prebuilt }

    /** How the demo links, exactly as {@code corpus/make-demo.sh} made the bundled programs. */
    static final String CC = "riscv64-linux-gnu-gcc -static";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Rvcm rvcm;

    @Option(names = "--out", paramLabel = "DIR", description = "where to write index.html and index.json (default: a new directory rvcm-demo-* here)")
    Path out;

    @Option(names = "--inputs", defaultValue = "auto",
        description = "auto (default: link the bundled objects when riscv64-linux-gnu-gcc is present, else run the bundled programs), "
            + "rebuild or prebuilt")
    Inputs inputs;

    @Option(names = "--benchmark", paramLabel = "NAME", description = "compare only this benchmark (repeatable; default all)")
    List<String> only = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        Path work = Files.createTempDirectory("rvcm-demo-");
        try {
            DemoBundle bundle = DemoBundle.unpack(work.resolve("bundle"));
            Linker linker = Linker.of(CC, List.of("-lm"));
            boolean rebuild = switch (inputs) {
                case rebuild -> true;
                case prebuilt -> false;
                case auto -> linker.available();
            };
            List<CompareReport> comparisons = new ArrayList<>();
            List<DemoBundle.Benchmark> benchmarks = bundle.benchmarks().stream()
                .filter(b -> only.isEmpty() || only.contains(b.name())).toList();
            if (benchmarks.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no benchmark called " + String.join(", ", only)
                    + " (" + String.join(", ", bundle.benchmarks().stream().map(DemoBundle.Benchmark::name).toList()) + ")");
            }
            for (DemoBundle.Benchmark b : benchmarks) {
                List<Variant> variants = DemoVariants.of(b, rebuild);
                OwnCode own = OwnCode.of(dev.rvcm.relocs.Inputs.open(b.objects("medany").getFirst()));
                RunSettings run = new RunSettings(b.name(), b.arguments(), new byte[0], List.of(),
                    List.copyOf(TimingParameters.PRESETS.values()), GuestClock.parse("instructions"), Limits.DEFAULT);
                ComparePlan plan = new ComparePlan(variants, own, run, List.of(), linker, new CommandRewriter(),
                    Files.createDirectories(work.resolve(b.name())));
                try (Progress progress = TerminalProgress.on(rvcm.stderr, err, variants.stream().map(Variant::name).toList())) {
                    comparisons.add(new ComparePipeline(plan, progress).run());
                }
            }
            DemoReport demo = new DemoReport(rebuild ? "rebuilt from the bundled objects" : "the bundled programs (prebuilt)",
                comparisons, Duration.ofNanos(System.nanoTime() - start));
            Path dir = out != null ? Files.createDirectories(out) : Files.createTempDirectory(Path.of(""), "rvcm-demo-");
            write(dir.resolve("index.html"), sink -> DemoRenderer.html(sink, demo));
            try (OutputStream json = Files.newOutputStream(dir.resolve("index.json"))) {
                DemoRenderer.json(Json.generator(json), demo);
            }
            OutputStream stdout = StandardOutput.stream(spec);
            TextSink sink = new TextSink(stdout);
            sink.append("rvcm demo: ").append(dir.resolve("index.html").toString()).append(" and index.json beside it; ")
                .append(Integer.toString(comparisons.size())).append(" benchmarks, variants ").append(demo.inputs()).newline();
            DemoRenderer.text(sink, demo);
            sink.flush();
            return demo.identicalOutputs() ? ExitCodes.OK : ExitCodes.FINDINGS;
        } catch (VariantBuildException e) {
            err.println("rvcm: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Writes a page through a sink. */
    private static void write(Path file, java.util.function.Consumer<TextSink> page) throws IOException {
        try (OutputStream stream = Files.newOutputStream(file)) {
            TextSink sink = new TextSink(stream);
            page.accept(sink);
            sink.flush();
        }
    }
}
