package dev.rvcm.cli;

import dev.rvcm.analyzer.Audit;
import dev.rvcm.analyzer.policy.Baseline;
import dev.rvcm.analyzer.policy.Finding;
import dev.rvcm.analyzer.policy.Policy;
import dev.rvcm.analyzer.policy.PolicyChecker;
import dev.rvcm.analyzer.policy.PolicyFiles;
import dev.rvcm.analyzer.policy.PolicyFormatException;
import dev.rvcm.reports.check.BaselineUse;
import dev.rvcm.reports.check.FindingsJsonRenderer;
import dev.rvcm.reports.check.SarifRenderer;
import dev.rvcm.reports.text.Json;
import dev.rvcm.reports.text.TextSink;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rvcm check FILE... --policy NAME|FILE}: the CI gate. Exit 0 clean, 1 findings, 2 bad input or policy. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Check files against a policy: forbidden access kinds and relocation types per section, "
        + "allowed absolute symbols, allowed dynamic relocations, limits.",
        "Presets: semi-pic, relocatable-kernel, no-absolute-code; or a YAML/TOML policy file.",
        "With --baseline, only findings the baseline does not account for count (matched by member, section, "
            + "function, kind and symbol: what survives a rebuild).",
        "Exit 0 when clean, 1 on (new) findings, 2 on unreadable input, an unknown policy or a bad baseline; "
            + "--write-baseline alone exits 0 once the findings are recorded."})
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json, sarif }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    FileArguments files;

    @Option(names = "--policy", required = true, paramLabel = "NAME|FILE",
        description = "semi-pic, relocatable-kernel, no-absolute-code, or a .yaml/.yml/.toml policy file")
    String policyName;

    @Option(names = "--format", defaultValue = "text", description = "text (default: one finding a line), json or sarif")
    Format format;

    @Option(names = "--baseline", paramLabel = "FILE",
        description = "the JSON of an earlier 'rvcm check --format json' or 'rvcm audit --format json': report and fail "
            + "only on findings it does not hold")
    Path baselineFile;

    @Option(names = "--write-baseline", paramLabel = "FILE",
        description = "record every finding of this run (as 'check --format json') in FILE, for a later --baseline")
    Path writeBaseline;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Policy policy;
        Optional<Baseline> baseline;
        try {
            policy = PolicyFiles.resolve(policyName);
            baseline = baselineFile == null ? Optional.empty() : Optional.of(Baseline.read(baselineFile));
        } catch (PolicyFormatException e) {
            err.println("rvcm: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        InputFiles inputs = new InputFiles(spec);
        PolicyChecker checker = new PolicyChecker(policy);
        List<Finding> findings = new ArrayList<>();
        files.forEachUnit(inputs, unit -> findings.addAll(checker.check(Audit.of(unit))), () -> { });
        if (writeBaseline != null && !record(err, policy, findings)) {
            return ExitCodes.BAD_INPUT;
        }
        List<Finding> reported = baseline.map(b -> b.newFindings(findings)).orElse(findings);
        Optional<BaselineUse> use = baseline.map(b -> new BaselineUse(baselineFile.toString(), findings.size() - reported.size()));
        OutputStream out = StandardOutput.stream(spec);
        switch (format) {
            case text -> {
                TextSink sink = new TextSink(out);
                reported.forEach(f -> sink.append(f.line()).newline());
                sink.flush();
                err.println("rvcm: " + reported.size() + (baseline.isPresent() ? " new" : "") + " finding"
                    + (reported.size() == 1 ? "" : "s") + " against policy " + policy.name()
                    + use.map(u -> " (" + u.knownFindings() + " more known from the baseline " + u.path() + ")").orElse(""));
            }
            case json -> FindingsJsonRenderer.render(Json.generator(out), policy, reported, use);
            case sarif -> SarifRenderer.render(Json.generator(out), VersionProvider.version(), policy, reported, baseline.isPresent());
        }
        if (inputs.exitCode() != ExitCodes.OK) {
            return inputs.exitCode();
        }
        if (writeBaseline != null && baseline.isEmpty()) {
            return ExitCodes.OK;
        }
        return reported.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    /** Writes every finding to {@link #writeBaseline} (through a file beside it, moved into place); false after saying why not. */
    private boolean record(PrintWriter err, Policy policy, List<Finding> findings) {
        Path target = writeBaseline.toAbsolutePath();
        try {
            Path partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
            try (OutputStream file = Files.newOutputStream(partial)) {
                FindingsJsonRenderer.render(Json.generator(file), policy, findings);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            err.println("rvcm: cannot write the baseline " + writeBaseline + ": " + e.getMessage());
            return false;
        }
        err.println("rvcm: " + findings.size() + " finding" + (findings.size() == 1 ? "" : "s") + " recorded in " + writeBaseline);
        return true;
    }
}
