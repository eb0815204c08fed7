package dev.rvcm.cli;

import dev.rvcm.relocs.ElfFormatException;
import dev.rvcm.relocs.ElfUnit;
import dev.rvcm.relocs.Inputs;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Opens the files a command was given, one at a time, so that an unreadable file costs one line
 * on stderr and exit code 2 while the others are still processed. {@code -} is standard input, read
 * to its end, for the commands that read files (not for {@code rvcm run}, whose standard input is
 * the guest's).
 */
final class InputFiles {
    /** The file name that stands for standard input. */
    static final String STANDARD_INPUT = "-";

    private final PrintWriter err;
    private final Optional<InputStream> stdin;
    private int failures;

    /** For a command whose {@code -} is standard input: the root command's. */
    InputFiles(CommandLine.Model.CommandSpec spec) {
        this.err = spec.commandLine().getErr();
        this.stdin = Optional.of(((Rvcm) spec.root().userObject()).stdin);
    }

    /** For rvcm run, whose standard input is the guest's. */
    InputFiles(PrintWriter err) {
        this.err = err;
        this.stdin = Optional.empty();
    }

    /** The ELF units of {@code file}, or none after reporting why it cannot be read. */
    List<ElfUnit> open(Path file) {
        try {
            if (file.toString().equals(STANDARD_INPUT)) {
                return Inputs.read(STANDARD_INPUT, stdin.orElseThrow(() -> new ElfFormatException(STANDARD_INPUT,
                    ElfFormatException.WHOLE_FILE, "standard input is the guest's in rvcm run; name the program's file")));
            }
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
