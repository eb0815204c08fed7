package dev.rvcm.cli;

import dev.rvcm.reports.relocs.RelocsJsonRenderer;
import dev.rvcm.reports.relocs.RelocsTextRenderer;
import dev.rvcm.reports.text.Json;
import dev.rvcm.reports.text.TextSink;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rvcm relocs FILE...}: every relocation of every relocation section, like {@code readelf -rW}. */
@Command(name = "relocs", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"List every relocation of every relocation section, as readelf -rW does, as text or JSON.",
        "Archives list each member. A file that cannot be read gives one line on stderr and exit code 2; "
            + "the other files are still listed."})
final class RelocsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    FileArguments files;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        OutputStream out = StandardOutput.stream(spec);
        InputFiles inputs = new InputFiles(spec);
        if (format == OutputFormat.json) {
            RelocsJsonRenderer renderer = new RelocsJsonRenderer(Json.generator(out));
            renderer.begin();
            files.forEachUnit(inputs, renderer::render, () -> { });
            renderer.end();
        } else {
            TextSink sink = new TextSink(out);
            RelocsTextRenderer renderer = new RelocsTextRenderer(sink);
            files.forEachUnit(inputs, renderer::render, sink::flush);
        }
        return inputs.exitCode();
    }
}
