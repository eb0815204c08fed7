package dev.rvcm.cli;

import dev.rvcm.reports.disasm.DisasmJsonRenderer;
import dev.rvcm.reports.disasm.DisasmTextRenderer;
import dev.rvcm.reports.text.Json;
import dev.rvcm.reports.text.TextSink;
import java.io.OutputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rvcm disasm FILE...}: RV64 disassembly in GNU objdump's syntax, relocations interleaved. */
@Command(name = "disasm", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Disassemble the code sections as GNU objdump 2.40 -dr does: the same mnemonics, "
        + "pseudo-instructions, operands and block labels, with each instruction's relocations after it.",
        "JSON lists every instruction's address, encoding and text. Archives list each member."})
final class DisasmCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    FileArguments files;

    @Option(names = "--section", paramLabel = "NAME",
        description = "disassemble only this section (repeatable; any section, as objdump -j)")
    List<String> sections = List.of();

    @Option(names = "--no-aliases", description = "no pseudo-instructions (objdump -M no-aliases)")
    boolean noAliases;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        OutputStream out = StandardOutput.stream(spec);
        InputFiles inputs = new InputFiles(spec);
        Set<String> only = new LinkedHashSet<>(sections);
        if (format == OutputFormat.json) {
            DisasmJsonRenderer renderer = new DisasmJsonRenderer(Json.generator(out), !noAliases, only);
            renderer.begin();
            files.forEachUnit(inputs, renderer::render, () -> { });
            renderer.end();
        } else {
            TextSink sink = new TextSink(out);
            DisasmTextRenderer renderer = new DisasmTextRenderer(sink, !noAliases, only);
            files.forEachUnit(inputs, renderer::render, sink::flush);
        }
        return inputs.exitCode();
    }
}
