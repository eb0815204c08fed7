package dev.rvcm.cli.compare;

import dev.rvcm.relocs.ElfUnit;
import dev.rvcm.relocs.Inputs;
import dev.rvcm.reports.compare.CompareReport;
import dev.rvcm.reports.compare.ComparedOutput;
import dev.rvcm.reports.compare.DynamicFacts;
import dev.rvcm.reports.compare.DynamicFactsReader;
import dev.rvcm.reports.compare.StaticFacts;
import dev.rvcm.reports.compare.StaticFactsReader;
import dev.rvcm.reports.compare.StepTimes;
import dev.rvcm.reports.compare.VariantMeasurement;
import dev.rvcm.sim.LoadException;
import dev.rvcm.sim.Machine;
import dev.rvcm.sim.Options;
import dev.rvcm.sim.RunResult;
import dev.rvcm.sim.TimingParameters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Makes and measures every variant of a {@link ComparePlan}, as many at a time as the machine has cores
 * (each engine run is one thread; the runs are independent): rewrite and link every variant, then audit and
 * run each, every step timed. The audits find accesses the same way in every variant: from relocations when
 * all were linked with {@code --emit-relocs}, else from instructions. Then sets them against the baseline
 * ({@link CompareReport#of}).
 */
public final class ComparePipeline {
    private final ComparePlan plan;
    private final Progress progress;

    public ComparePipeline(ComparePlan plan, Progress progress) {
        this.plan = plan;
        this.progress = progress;
    }

    /**
     * The comparison.
     *
     * @throws VariantBuildException if a variant cannot be made or loaded (the first such, in variant order)
     */
    public CompareReport run() throws VariantBuildException {
        long start = System.nanoTime();
        int threads = Math.min(plan.variants().size(), Runtime.getRuntime().availableProcessors());
        List<VariantMeasurement> measured = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "rvcm-variant");
            t.setDaemon(true);
            return t;
        })) {
            List<Future<Linked>> linking = new ArrayList<>();
            for (Variant v : plan.variants()) {
                linking.add(pool.submit(() -> link(v)));
            }
            List<Linked> linked = new ArrayList<>();
            for (Future<Linked> f : linking) {
                linked.add(await(f));
            }
            // One way of finding accesses for every variant: relocations only when all of them have them.
            boolean fromRelocations = linked.stream().allMatch(l -> StaticFactsReader.relocatesCode(l.unit().elf()));
            List<Future<VariantMeasurement>> measuring = new ArrayList<>();
            for (Linked l : linked) {
                measuring.add(pool.submit(() -> measure(l, fromRelocations)));
            }
            for (Future<VariantMeasurement> f : measuring) {
                measured.add(await(f));
            }
        }
        RunSettings run = plan.run();
        return CompareReport.of(run.program(), run.arguments(), run.clock().describe(),
            run.timing().stream().map(TimingParameters::name).toList(), measured, Duration.ofNanos(System.nanoTime() - start));
    }

    /** A variant's program, made and opened, with the time its steps took so far. */
    private record Linked(Variant variant, ElfUnit unit, StepTimes steps) {
    }

    private static <T> T await(Future<T> f) throws VariantBuildException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case VariantBuildException b -> throw b;
                case RuntimeException r -> throw r;
                case Error err -> throw err;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** Rewrites and links a built variant; opens its program. */
    private Linked link(Variant v) throws VariantBuildException {
        StepTimes steps = StepTimes.none();
        Path program;
        switch (v) {
            case Variant.Prelinked p -> program = p.program();
            case Variant.Built b -> {
                Path dir = directory(b.name());
                List<Path> inputs = b.inputs();
                if (b.model().isPresent()) {
                    progress.step(b.name(), "rewrite");
                    long t = System.nanoTime();
                    List<Path> rewritten = new ArrayList<>();
                    for (Path in : inputs) {
                        Path out = dir.resolve(in.getFileName());
                        plan.rewriter().rewrite(b.name(), in, out, b.model().get());
                        rewritten.add(out);
                    }
                    inputs = rewritten;
                    steps = steps.with("rewrite", since(t));
                }
                progress.step(b.name(), "link");
                long t = System.nanoTime();
                program = dir.resolve(plan.run().program());
                plan.linker().link(b.name(), inputs, program);
                steps = steps.with("link", since(t));
            }
        }
        List<ElfUnit> units = Inputs.open(program);
        if (units.size() != 1 || units.getFirst().member().isPresent()) {
            throw new VariantBuildException(v.name(), program + ": an archive is not a program");
        }
        progress.step(v.name(), "waiting");
        return new Linked(v, units.getFirst(), steps);
    }

    /** Audits and runs a linked variant. */
    private VariantMeasurement measure(Linked linked, boolean fromRelocations) throws VariantBuildException {
        Variant v = linked.variant();
        ElfUnit unit = linked.unit();
        progress.step(v.name(), "audit");
        long t = System.nanoTime();
        StaticFacts statics = StaticFactsReader.read(unit, plan.own(), fromRelocations);
        StepTimes steps = linked.steps().with("audit", since(t));
        t = System.nanoTime();
        RunSettings run = plan.run();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        Options options = Options.defaults().withMounts(run.mounts())
            .withStdio(new ByteArrayInputStream(run.stdin()), stdout, OutputStream.nullOutputStream())
            .withTiming(run.timing()).withClock(run.clock());
        List<String> argv = new ArrayList<>(List.of(run.program()));
        argv.addAll(run.arguments());
        Machine machine;
        try {
            machine = Machine.load(unit.elf(), argv, List.of(), run.limits(), options);
        } catch (LoadException e) {
            throw new VariantBuildException(v.name(), e.getMessage());
        }
        progress.running(v.name(), machine);
        RunResult result = machine.run();
        steps = steps.with("run", since(t));
        DynamicFacts dynamics = DynamicFactsReader.read(result, unit.elf(), statics, plan.own());
        progress.done(v.name());
        return new VariantMeasurement(v.name(), v.origin(), ComparedOutput.of(result.exitCode(), stdout.toByteArray(), plan.ignore()),
            statics, dynamics, steps);
    }

    private Path directory(String variant) {
        try {
            return Files.createDirectories(plan.workDir().resolve(variant));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
