package dev.rvcm.cli;

import dev.rvcm.analyzer.Audit;
import dev.rvcm.relocs.ElfUnit;
import dev.rvcm.reports.audit.AuditJsonRenderer;
import dev.rvcm.reports.audit.AuditTextRenderer;
import dev.rvcm.reports.text.Json;
import dev.rvcm.reports.text.TextSink;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rvcm audit FILE...}: every access classified, the inferred code model and the semi-PIC verdict. */
@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Classify every access (PC_RELATIVE, GOT, ABSOLUTE, ABSOLUTE_DATA, GP_RELATIVE, TLS, CALL, BRANCH), "
        + "infer the code model and say what stops the file from running at another address (semi-PIC verdict).",
        "Text gives the summary by kind and section; JSON also lists every access."})
final class AuditCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "ELF files (objects, executables, shared objects) or ar archives")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        OutputStream out = StandardOutput.stream(spec);
        InputFiles inputs = new InputFiles(spec.commandLine().getErr());
        if (format == OutputFormat.json) {
            AuditJsonRenderer renderer = new AuditJsonRenderer(Json.generator(out));
            renderer.begin();
            for (Path file : files) {
                for (ElfUnit unit : inputs.open(file)) {
                    renderer.render(Audit.of(unit));
                }
            }
            renderer.end();
        } else {
            TextSink sink = new TextSink(out);
            AuditTextRenderer renderer = new AuditTextRenderer(sink);
            for (Path file : files) {
                for (ElfUnit unit : inputs.open(file)) {
                    renderer.render(Audit.of(unit));
                }
                sink.flush();
            }
        }
        return inputs.exitCode();
    }
}
