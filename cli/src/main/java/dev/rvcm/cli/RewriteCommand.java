package dev.rvcm.cli;

import dev.rvcm.analyzer.rewrite.CodeModelRewrite;
import dev.rvcm.analyzer.rewrite.RewriteOptions;
import dev.rvcm.analyzer.rewrite.TargetModel;
import dev.rvcm.isa.ir.CodeLayoutException;
import dev.rvcm.isa.ir.CodeRefusal;
import dev.rvcm.relocs.ElfFormatException;
import dev.rvcm.relocs.ElfUnit;
import dev.rvcm.relocs.Inputs;
import dev.rvcm.relocs.ar.ArchiveReader;
import dev.rvcm.relocs.ar.ArchiveWriter;
import dev.rvcm.relocs.write.ElfWriter;
import dev.rvcm.relocs.write.OutSymbol;
import dev.rvcm.relocs.write.RelocatableObject;
import dev.rvcm.reports.rewrite.RewriteJsonRenderer;
import dev.rvcm.reports.rewrite.RewriteReport;
import dev.rvcm.reports.rewrite.RewriteTextRenderer;
import dev.rvcm.reports.text.Json;
import dev.rvcm.reports.text.TextSink;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rvcm rewrite IN -o OUT --model semi-pic|pic}: rewrites a medany or medlow object, or every
 * member of an archive, into another code model. Bad input is one line and exit code 2; code that
 * cannot be rewritten safely is refused, located, with exit code 1, and OUT is not written.
 */
@Command(name = "rewrite", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Rewrite a medany or medlow object (or every member of an archive) into the semi-PIC or the PIC code model.",
        "semi-pic: every symbol the image defines PC-relatively (lui pairs become auipc pairs), what it does not define "
            + "(absolute symbols, undefined weak symbols, --external) through the GOT, no hi/lo pair left relaxable into "
            + "a gp-relative access. pic: what gcc -fPIC does: preemptible symbols through the GOT, calls through the PLT.",
        "Code that cannot be rewritten safely (no free register, a lui whose value is used as a number) is refused with "
            + "its place named and exit code 1; OUT is then not written."})
final class RewriteCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "a relocatable object (ET_REL) or an ar archive of them")
    Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "where to write the rewritten object or archive")
    Path output;

    @Option(names = "--model", required = true, paramLabel = "MODEL", description = "semi-pic or pic")
    String model;

    @Option(names = "--external", paramLabel = "REGEX",
        description = "reach the symbols whose names match through the GOT as well (repeatable); semi-pic: symbols outside the image")
    List<String> external = new ArrayList<>();

    @Option(names = "--semi-pic-sections", paramLabel = "REGEX",
        description = "with --model pic: rewrite the code of the sections whose names match semi-PIC instead; for code that "
            + "runs before the image is at its link address and so cannot use addresses from a GOT (a kernel's early boot, "
            + "with the MMU off: '^\\.(head|init)\\.text$')")
    String semiPicSections;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json")
    OutputFormat format;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        RewriteOptions options;
        try {
            List<Pattern> patterns = new ArrayList<>();
            for (String regex : external) {
                patterns.add(Pattern.compile(regex));
            }
            options = new RewriteOptions(TargetModel.of(model), patterns, Optional.ofNullable(semiPicSections).map(Pattern::compile));
        } catch (IllegalArgumentException e) {
            String message = e instanceof PatternSyntaxException p ? "'" + p.getPattern() + "' is no regular expression: "
                + p.getDescription() : e.getMessage();
            throw new CommandLine.ParameterException(spec.commandLine(), message);
        }
        List<ElfUnit> units = new InputFiles(err).open(input);
        if (units.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        boolean archive = ArchiveReader.isArchive(Inputs.map(input));
        List<RewriteReport.Rewritten> results = new ArrayList<>();
        List<ArchiveWriter.Entry> members = new ArrayList<>();
        byte[] single = null;
        for (ElfUnit unit : units) {
            String where = unit.path() + unit.member().map(m -> "(" + m + ")").orElse("");
            RelocatableObject object;
            try {
                object = RelocatableObject.of(unit.elf());
            } catch (ElfFormatException e) {
                err.println("rvcm: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            try {
                results.add(new RewriteReport.Rewritten(unit.path(), unit.member(), CodeModelRewrite.rewrite(object, options)));
            } catch (CodeRefusal | CodeLayoutException e) {
                err.println("rvcm: " + where + ": " + e.getMessage() + "; " + output + " not written");
                return ExitCodes.FINDINGS;
            }
            byte[] bytes = ElfWriter.write(object);
            if (archive) {
                members.add(new ArchiveWriter.Entry(unit.member().orElseThrow(), bytes, definedGlobals(object)));
            } else {
                single = bytes;
            }
        }
        write(archive ? ArchiveWriter.write(members) : single);
        RewriteReport report = new RewriteReport(input.toString(), output.toString(), options.model(), results);
        if (format == OutputFormat.json) {
            RewriteJsonRenderer.render(Json.generator(StandardOutput.stream(spec)), report);
        } else {
            RewriteTextRenderer.render(new TextSink(StandardOutput.stream(spec)), report);
        }
        return ExitCodes.OK;
    }

    /** Writes OUT whole or not at all: into a temporary file beside it, then moved over it. */
    private void write(byte[] bytes) throws IOException {
        Path dir = output.toAbsolutePath().getParent();
        Path partial = Files.createTempFile(dir, output.getFileName().toString(), ".part");
        try {
            Files.write(partial, bytes);
            Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The symbols an archive's index lists for a member: global and weak ones it defines. */
    private static List<String> definedGlobals(RelocatableObject object) {
        List<String> names = new ArrayList<>();
        for (OutSymbol s : object.symbols()) {
            if (!s.local() && !s.undefined() && !s.name().isEmpty()) {
                names.add(s.name());
            }
        }
        return names;
    }
}
