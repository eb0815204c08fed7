package dev.rvcm.cli;

import dev.rvcm.relocs.ElfUnit;
import dev.rvcm.reports.disasm.DisasmJsonRenderer;
import dev.rvcm.reports.disasm.DisasmTextRenderer;
import dev.rvcm.reports.text.Json;
import dev.rvcm.reports.text.TextSink;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rvcm disasm FILE...}: RV64 disassembly in GNU objdump's syntax, relocations interleaved. */
@Command(name = "disasm", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Disassemble the code sections as GNU objdump 2.40 -dr does: the same mnemonics, "
        + "pseudo-instructions, operands and block labels, with each instruction's relocations after it.",
        "JSON lists every instruction's address, encoding and text. Archives list each member."})
final class DisasmCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "ELF files (objects, executables, shared objects) or ar archives")
    List<Path> files;

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
        InputFiles inputs = new InputFiles(spec.commandLine().getErr());
        Set<String> only = new LinkedHashSet<>(sections);
        if (format == OutputFormat.json) {
            DisasmJsonRenderer renderer = new DisasmJsonRenderer(Json.generator(out), !noAliases, only);
            renderer.begin();
            for (Path file : files) {
                for (ElfUnit unit : inputs.open(file)) {
                    renderer.render(unit);
                }
            }
            renderer.end();
        } else {
            TextSink sink = new TextSink(out);
            DisasmTextRenderer renderer = new DisasmTextRenderer(sink, !noAliases, only);
            for (Path file : files) {
                for (ElfUnit unit : inputs.open(file)) {
                    renderer.render(unit);
                }
                sink.flush();
            }
        }
        return inputs.exitCode();
    }
}
