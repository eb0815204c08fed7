package dev.rvcm.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The command line's standard output: a UTF-8 {@link PrintWriter} for help and short messages that
 * also hands its byte stream to the renderers of large listings, which write UTF-8 themselves.
 */
final class StandardOutput extends PrintWriter {
    private final OutputStream stream;

    StandardOutput(OutputStream stream) {
        super(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
        this.stream = stream;
    }

    /** The byte stream under a command's output, with any buffered text written out first. */
    static OutputStream stream(CommandLine.Model.CommandSpec spec) {
        PrintWriter out = spec.commandLine().getOut();
        out.flush();
        return ((StandardOutput) out).stream;
    }
}
