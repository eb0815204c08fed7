package dev.rvcm.cli;

import dev.rvcm.relocs.ElfUnit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The {@code FILE...} arguments of the commands that read ELF files and archives (a picocli mixin). */
final class FileArguments {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "ELF files (objects, executables, shared objects) or ar archives, of any size; - reads standard input to its end")
    List<Path> files;

    /** What a command does with one ELF file or archive member. */
    @FunctionalInterface
    interface UnitAction {
        void accept(ElfUnit unit) throws IOException;
    }

    /**
     * Hands every unit of every file to {@code each}, in order, running {@code afterFile} after each
     * file; an unreadable file costs one line on stderr (see {@link InputFiles}).
     */
    void forEachUnit(InputFiles inputs, UnitAction each, Runnable afterFile) throws IOException {
        for (Path file : files) {
            for (ElfUnit unit : inputs.open(file)) {
                each.accept(unit);
            }
            afterFile.run();
        }
    }
}
