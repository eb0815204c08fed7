package dev.rvcm.cli;

import dev.rvcm.relocs.ElfFormatException;
import dev.rvcm.relocs.ElfUnit;
import dev.rvcm.relocs.Inputs;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Opens the files a command was given, one at a time, so that an unreadable file costs one line
 * on stderr and exit code 2 while the others are still processed.
 */
final class InputFiles {
    private final PrintWriter err;
    private int failures;

    InputFiles(PrintWriter err) {
        this.err = err;
    }

    /** The ELF units of {@code file}, or none after reporting why it cannot be read. */
    List<ElfUnit> open(Path file) {
        try {
            return Inputs.open(file);
        } catch (ElfFormatException e) {
            failures++;
            err.println("rvcm: " + e.getMessage());
            err.flush();
            return List.of();
        }
    }

    /** {@link ExitCodes#BAD_INPUT} if any file failed, else {@link ExitCodes#OK}. */
    int exitCode() {
        return failures > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }
}
