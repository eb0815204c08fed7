package dev.rvcm.cli;

import dev.rvcm.analyzer.Audit;
import dev.rvcm.cli.compare.CodeModelTarget;
import dev.rvcm.cli.compare.ComparePipeline;
import dev.rvcm.cli.compare.ComparePlan;
import dev.rvcm.cli.compare.Linker;
import dev.rvcm.cli.compare.Progress;
import dev.rvcm.cli.compare.RunSettings;
import dev.rvcm.cli.compare.TerminalProgress;
import dev.rvcm.cli.compare.Variant;
import dev.rvcm.cli.compare.VariantBuildException;
import dev.rvcm.relocs.ElfUnit;
import dev.rvcm.reports.compare.CompareHtmlRenderer;
import dev.rvcm.reports.compare.CompareJsonRenderer;
import dev.rvcm.reports.compare.CompareMarkdownRenderer;
import dev.rvcm.reports.compare.CompareReport;
import dev.rvcm.reports.compare.CompareTextRenderer;
import dev.rvcm.reports.compare.OwnCode;
import dev.rvcm.reports.compare.StaticComparison;
import dev.rvcm.reports.compare.StaticComparisonRenderer;
import dev.rvcm.reports.text.Json;
import dev.rvcm.reports.text.TextSink;
import dev.rvcm.sim.GuestClock;
import dev.rvcm.sim.Limits;
import dev.rvcm.sim.Mount;
import dev.rvcm.sim.TimingParameters;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rvcm compare INPUT... [-- GUEST_ARGS...]}: code-model variants of one program made, run in the
 * engine with the same arguments, input and clock, and reported side by side; or, with {@code --static},
 * images that cannot run here (kernels) side by side from their audits. Exit 0 when every variant wrote
 * the baseline's output, 1 when one differs, 2 for usage errors, unreadable inputs and variants that
 * cannot be made.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Make code-model variants of a program, run each in rvcm's engine with the same arguments, input and "
        + "clock, and report their static and dynamic cost side by side: code size, GOT entries, boot-time fixups, "
        + "absolute and gp-relative accesses; instructions, loads, GOT loads by symbol, modeled cycles per timing preset, "
        + "overheads against the baseline (the first variant).",
        "Variants: 'original' (INPUT objects, archives or directories of them, linked with --cc), one per --models "
            + "code model (rewritten, then linked), and each --variant NAME=PROG (already linked). Guest arguments "
            + "follow '--'.",
        "Every variant's stdout and exit code must equal the baseline's: a difference is exit 1 with the first "
            + "differing lines, and no numbers.",
        "--static IMAGE...: images side by side from their audits alone (model, accesses by kind and section, "
            + "blockers, boot-time fixups)."})
final class CompareCommand implements Callable<Integer> {
    enum Format { text, json, markdown, html }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Rvcm rvcm;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
        description = "objects, archives or directories of them (the program's own code), or with --static the images")
    List<String> positional = new ArrayList<>();

    @Option(names = "--models", paramLabel = "MODEL[,MODEL]", split = ",", defaultValue = "semi-pic,pic",
        description = "code models to rewrite the INPUT objects to, one variant each: semi-pic, pic (default both; none for none)")
    List<String> models;

    @Option(names = "--variant", paramLabel = "NAME=PROG", description = "add an already linked program as a variant (repeatable)")
    List<String> variants = new ArrayList<>();

    @Option(names = "--cc", paramLabel = "CMD", defaultValue = Linker.DEFAULT,
        description = "the compiler driver that links INPUT variants (default: ${DEFAULT-VALUE})")
    String cc;

    @Option(names = "--link-arg", paramLabel = "ARG", description = "an argument after the inputs of each link, e.g. -lm (repeatable)")
    List<String> linkArgs = new ArrayList<>();

    @Option(names = "--mount", paramLabel = "HOST:GUEST[:ro]", description = "let every guest see a host file or folder")
    List<String> mounts = new ArrayList<>();

    @Option(names = "--stdin", paramLabel = "FILE", description = "every guest's standard input (default: empty)")
    Path stdin;

    @Option(names = "--preset", paramLabel = "NAME", description = "count modeled cycles of this timing preset (repeatable; default rocket and sifive-u74)")
    List<String> presets = new ArrayList<>();

    @Option(names = "--ignore-lines", paramLabel = "REGEX",
        description = "leave stdout lines this regular expression finds out of the comparison, e.g. a benchmark's own timings (repeatable)")
    List<String> ignoreLines = new ArrayList<>();

    @Option(names = "--clock", paramLabel = "MODE", defaultValue = "instructions",
        description = "the guests' clock: instructions[@MHZ] (default: deterministic, one instruction a cycle at 1000 MHz), "
            + "cycles:PRESET[@MHZ] (the preset's modeled cycles) or host")
    String clock;

    @Option(names = "--max-insns", paramLabel = "N", description = "stop each run after N instructions (exit code 124)")
    long maxInstructions = Long.MAX_VALUE;

    @Option(names = "--format", defaultValue = "text", description = "text (default), json, markdown or html (self-contained, with SVG charts)")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report to FILE instead of stdout")
    Path output;

    @Option(names = "--static", description = "compare the INPUT images statically (they are not run)")
    boolean staticOnly;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<String> guestArgs = guestArguments();
        List<String> inputs = positional.subList(0, positional.size() - guestArgs.size());
        if (staticOnly) {
            return compareStatically(inputs, err);
        }
        ComparePlan plan;
        try {
            plan = plan(inputs, guestArgs, err);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (plan == null) {
            return ExitCodes.BAD_INPUT;
        }
        CompareReport report;
        try (Progress progress = TerminalProgress.on(rvcm.stderr, err, plan.variants().stream().map(Variant::name).toList())) {
            report = new ComparePipeline(plan, progress).run();
        } catch (VariantBuildException e) {
            err.println("rvcm: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } finally {
            deleteTree(plan.workDir());
        }
        write(report);
        if (!report.outputs().identical()) {
            report.outputs().differences().forEach(d -> err.println("rvcm: " + d.describe()));
            return ExitCodes.FINDINGS;
        }
        return ExitCodes.OK;
    }

    /** The arguments after the first {@code --}, which picocli also counts among the positional parameters. */
    private List<String> guestArguments() {
        List<String> original = spec.commandLine().getParseResult().originalArgs();
        int dashes = original.indexOf("--");
        return dashes < 0 ? List.of() : List.copyOf(original.subList(dashes + 1, original.size()));
    }

    /** The plan, or null after reporting an unreadable input. */
    private ComparePlan plan(List<String> inputs, List<String> guestArgs, PrintWriter err) throws IOException {
        List<Variant> list = new ArrayList<>();
        List<Path> objects = new ArrayList<>();
        for (String input : inputs) {
            objects.addAll(objectsOf(Path.of(input)));
        }
        List<ElfUnit> units = new ArrayList<>();
        InputFiles files = new InputFiles(err);
        for (Path o : objects) {
            units.addAll(files.open(o));
        }
        if (files.exitCode() != ExitCodes.OK) {
            return null;
        }
        if (!inputs.isEmpty() && objects.isEmpty()) {
            throw new IllegalArgumentException("no object or archive in " + String.join(", ", inputs));
        }
        String program = null;
        if (!objects.isEmpty()) {
            program = stem(objects.getFirst());
            list.add(new Variant.Built("original", "the INPUT objects", objects, Optional.empty()));
            for (String m : models) {
                if (!m.isBlank() && !m.strip().equals("none")) {
                    CodeModelTarget target = CodeModelTarget.parse(m);
                    list.add(new Variant.Built(target.spelling(), "rewritten to " + target.spelling(), objects, Optional.of(target)));
                }
            }
        }
        for (String v : variants) {
            int eq = v.indexOf('=');
            if (eq <= 0 || eq == v.length() - 1) {
                throw new IllegalArgumentException("--variant takes NAME=PROG, got '" + v + "'");
            }
            Path prog = Path.of(v.substring(eq + 1));
            if (!Files.isRegularFile(prog)) {
                err.println("rvcm: " + prog + ": no such file");
                return null;
            }
            list.add(new Variant.Prelinked(v.substring(0, eq), prog, prog.toString()));
            if (program == null) {
                program = prog.getFileName().toString();
            }
        }
        if (list.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare: give INPUT objects or --variant NAME=PROG");
        }
        List<Mount> parsedMounts = new ArrayList<>();
        for (String m : mounts) {
            parsedMounts.add(Mount.parse(m));
        }
        byte[] input = new byte[0];
        if (stdin != null) {
            if (!Files.isReadable(stdin)) {
                err.println("rvcm: " + stdin + ": cannot read --stdin file");
                return null;
            }
            input = Files.readAllBytes(stdin);
        }
        List<TimingParameters> timing = new ArrayList<>();
        for (String name : presets.isEmpty() ? TimingParameters.PRESETS.sequencedKeySet() : presets) {
            if (timing.stream().noneMatch(t -> t.name().equals(name))) {
                timing.add(TimingParameters.preset(name));
            }
        }
        List<Pattern> ignore = new ArrayList<>();
        for (String regex : ignoreLines) {
            ignore.add(Pattern.compile(regex));
        }
        RunSettings run = new RunSettings(program, guestArgs, input, parsedMounts, timing, GuestClock.parse(clock),
            new Limits(maxInstructions, Limits.DEFAULT.maxMemoryBytes()));
        return new ComparePlan(list, OwnCode.of(units), run, ignore, Linker.of(cc, linkArgs), new CommandRewriter(),
            Files.createTempDirectory("rvcm-compare-"));
    }

    /** A file, or the objects and archives of a directory in name order. */
    private static List<Path> objectsOf(Path input) throws IOException {
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        try (Stream<Path> list = Files.list(input)) {
            return list.filter(p -> Files.isRegularFile(p) && (p.toString().endsWith(".o") || p.toString().endsWith(".a")))
                .sorted(Comparator.comparing(Path::toString)).toList();
        }
    }

    private static String stem(Path object) {
        String name = object.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private int compareStatically(List<String> images, PrintWriter err) throws IOException {
        if (images.size() < 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--static compares two or more images");
        }
        InputFiles files = new InputFiles(err);
        List<Audit> audits = new ArrayList<>();
        for (String image : images) {
            for (ElfUnit unit : files.open(Path.of(image))) {
                audits.add(Audit.of(unit));
            }
        }
        if (files.exitCode() != ExitCodes.OK) {
            return files.exitCode();
        }
        StaticComparison comparison = StaticComparison.of(audits);
        emit(out -> {
            if (format == Format.json) {
                StaticComparisonRenderer.json(Json.generator(out), comparison);
                return;
            }
            TextSink sink = new TextSink(out);
            switch (format) {
                case text -> StaticComparisonRenderer.text(sink, comparison);
                case markdown -> StaticComparisonRenderer.markdown(sink, comparison);
                default -> StaticComparisonRenderer.html(sink, comparison);
            }
            sink.flush();
        });
        return ExitCodes.OK;
    }

    private void write(CompareReport report) throws IOException {
        emit(out -> {
            if (format == Format.json) {
                new CompareJsonRenderer(Json.generator(out)).render(report);
                return;
            }
            TextSink sink = new TextSink(out);
            switch (format) {
                case text -> new CompareTextRenderer(sink).render(report);
                case markdown -> new CompareMarkdownRenderer(sink).render(report);
                default -> new CompareHtmlRenderer(sink).render(report);
            }
            sink.flush();
        });
    }

    /** Something that writes a report. */
    @FunctionalInterface
    private interface ReportWriter {
        void write(OutputStream out) throws IOException;
    }

    /** Writes to {@code -o FILE}, or to standard output (left open). */
    private void emit(ReportWriter writer) throws IOException {
        if (output != null) {
            try (OutputStream file = Files.newOutputStream(output)) {
                writer.write(file);
            }
        } else {
            OutputStream stdout = StandardOutput.stream(spec);
            writer.write(stdout);
            stdout.flush();
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
