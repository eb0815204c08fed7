package dev.rvcm.cli;

import dev.rvcm.cli.compare.CodeModelTarget;
import dev.rvcm.cli.compare.Rewriter;
import dev.rvcm.cli.compare.VariantBuildException;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The {@link Rewriter} of {@code rvcm compare} and {@code rvcm demo}: {@code rvcm rewrite IN -o OUT --model M},
 * run in this process through its command line, so that a comparison rewrites exactly as the command does.
 * A refusal (exit 1) or an unreadable input (exit 2) makes the variant unmakeable, with the command's line.
 */
final class CommandRewriter implements Rewriter {
    @Override
    public void rewrite(String variant, Path input, Path output, CodeModelTarget model) throws VariantBuildException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Rvcm.commandLine(OutputStream.nullOutputStream(), err)
            .execute("rewrite", input.toString(), "-o", output.toString(), "--model", model.spelling());
        if (code != ExitCodes.OK) {
            String line = err.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("rvcm rewrite exited with " + code);
            throw new VariantBuildException(variant, line.replaceFirst("^rvcm: ", ""));
        }
    }
}
