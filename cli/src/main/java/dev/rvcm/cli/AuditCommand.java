package dev.rvcm.cli;

import dev.rvcm.analyzer.Audit;
import dev.rvcm.analyzer.policy.Finding;
import dev.rvcm.analyzer.policy.Policy;
import dev.rvcm.analyzer.policy.PolicyChecker;
import dev.rvcm.reports.audit.AuditHtmlRenderer;
import dev.rvcm.reports.audit.AuditJsonRenderer;
import dev.rvcm.reports.audit.AuditMarkdownRenderer;
import dev.rvcm.reports.audit.AuditTextRenderer;
import dev.rvcm.reports.check.SarifRenderer;
import dev.rvcm.reports.text.Json;
import dev.rvcm.reports.text.TextSink;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rvcm audit FILE...}: every access classified, the inferred code model and the semi-PIC verdict. */
@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Classify every access (PC_RELATIVE, GOT, ABSOLUTE, ABSOLUTE_DATA, GP_RELATIVE, TLS, CALL, BRANCH), "
        + "infer the code model and say what stops the file from running at another address (semi-PIC verdict).",
        "Text gives the verdict, its top blockers and the counts by kind and section; JSON also lists every access."})
final class AuditCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    FileArguments files;

    enum Format { text, json, markdown, html, sarif }

    @Option(names = "--format", defaultValue = "text",
        description = "text (default), json (every access), markdown, html (self-contained, with an SVG chart), "
            + "sarif (the semi-PIC blockers as SARIF 2.1.0 results)")
    Format format;

    enum SectionRows { grouped, all }

    @Option(names = "--sections", defaultValue = "grouped", paramLabel = "grouped|all",
        description = "text, markdown and html: grouped (default) folds families of sections (___ksymtab+*, "
            + ".initcall*.init, .text.*) into one row with a section count; all lists every section (JSON always does)")
    SectionRows sections;

    @Option(names = "--no-relocs", description = "find the accesses from the instructions, ignoring relocation sections "
        + "(the default for linked images that have none; in an object the accesses then have kinds and places, no targets)")
    boolean fromInstructions;

    @Option(names = "--cross-check", description = "for files with relocations (objects and images linked with "
        + "--emit-relocs): find accesses both ways and report how far instructions and relocations agree")
    boolean crossCheck;

    @Override
    public Integer call() throws Exception {
        OutputStream out = StandardOutput.stream(spec);
        InputFiles inputs = new InputFiles(spec);
        switch (format) {
            case json -> {
                AuditJsonRenderer renderer = new AuditJsonRenderer(Json.generator(out));
                renderer.begin();
                forEachAudit(inputs, renderer::render);
                renderer.end();
            }
            case text, markdown -> {
                TextSink sink = new TextSink(out);
                AuditTextRenderer text = new AuditTextRenderer(sink, sections == SectionRows.all);
                AuditMarkdownRenderer markdown = new AuditMarkdownRenderer(sink, sections == SectionRows.all);
                forEachAudit(inputs, audit -> {
                    if (format == Format.text) {
                        text.render(audit);
                    } else {
                        markdown.render(audit);
                    }
                    sink.flush();
                });
            }
            case html -> {
                List<Audit> audits = new ArrayList<>();
                forEachAudit(inputs, audits::add);
                TextSink sink = new TextSink(out);
                new AuditHtmlRenderer(sink, sections == SectionRows.all).render(audits);
                sink.flush();
            }
            case sarif -> {
                Policy semiPic = Policy.preset("semi-pic").orElseThrow();
                PolicyChecker checker = new PolicyChecker(semiPic);
                List<Finding> findings = new ArrayList<>();
                forEachAudit(inputs, audit -> findings.addAll(checker.check(audit)));
                SarifRenderer.render(Json.generator(out), VersionProvider.version(), semiPic, findings);
            }
        }
        return inputs.exitCode();
    }

    /** Audits every unit of every file in order; an unreadable file costs one stderr line. */
    private void forEachAudit(InputFiles inputs, AuditConsumer consumer) throws IOException {
        files.forEachUnit(inputs, unit -> {
            if (crossCheck && unit.elf().relocationTables().isEmpty()) {
                spec.commandLine().getErr().println("rvcm: " + unit.elf().source()
                    + ": --cross-check does not apply: no relocation sections to check the instructions against");
            }
            consumer.accept(Audit.of(unit, fromInstructions, crossCheck));
        }, () -> { });
    }

    @FunctionalInterface
    private interface AuditConsumer {
        void accept(Audit audit) throws IOException;
    }
}
