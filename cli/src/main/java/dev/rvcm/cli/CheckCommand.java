package dev.rvcm.cli;

import dev.rvcm.analyzer.Audit;
import dev.rvcm.analyzer.policy.Finding;
import dev.rvcm.analyzer.policy.Policy;
import dev.rvcm.analyzer.policy.PolicyChecker;
import dev.rvcm.analyzer.policy.PolicyFiles;
import dev.rvcm.analyzer.policy.PolicyFormatException;
import dev.rvcm.reports.check.FindingsJsonRenderer;
import dev.rvcm.reports.check.SarifRenderer;
import dev.rvcm.reports.text.Json;
import dev.rvcm.reports.text.TextSink;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rvcm check FILE... --policy NAME|FILE}: the CI gate. Exit 0 clean, 1 findings, 2 bad input or policy. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Check files against a policy: forbidden access kinds and relocation types per section, "
        + "allowed absolute symbols, allowed dynamic relocations, limits.",
        "Presets: semi-pic, relocatable-kernel, no-absolute-code; or a YAML/TOML policy file.",
        "Exit 0 when clean, 1 on findings, 2 on unreadable input or an unknown policy."})
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

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Policy policy;
        try {
            policy = PolicyFiles.resolve(policyName);
        } catch (PolicyFormatException e) {
            err.println("rvcm: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        InputFiles inputs = new InputFiles(err);
        PolicyChecker checker = new PolicyChecker(policy);
        List<Finding> findings = new ArrayList<>();
        files.forEachUnit(inputs, unit -> findings.addAll(checker.check(Audit.of(unit))), () -> { });
        OutputStream out = StandardOutput.stream(spec);
        switch (format) {
            case text -> {
                TextSink sink = new TextSink(out);
                findings.forEach(f -> sink.append(f.line()).newline());
                sink.flush();
                err.println("rvcm: " + findings.size() + " finding" + (findings.size() == 1 ? "" : "s")
                    + " against policy " + policy.name());
            }
            case json -> FindingsJsonRenderer.render(Json.generator(out), policy, findings);
            case sarif -> SarifRenderer.render(Json.generator(out), VersionProvider.version(), policy, findings);
        }
        if (inputs.exitCode() != ExitCodes.OK) {
            return inputs.exitCode();
        }
        return findings.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
