package dev.rvcm.isa;

import dev.rvcm.testing.ReferenceTools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Assembles arbitrary words with {@code .insn} under a given ISA string into a throw-away object file,
 * so that objdump can be asked about encodings no real binary contains.
 */
final class Probe {

    private Probe() {
    }

    /** Writes {@code words} (16-bit ones are those whose low two bits are not 11) to an object in {@code dir}. */
    static Path assemble(Path dir, String isa, int[] words) {
        List<String> lines = new ArrayList<>(words.length + 2);
        lines.add(".attribute arch, \"" + isa + "\"");
        lines.add(".text");
        for (int w : words) {
            lines.add((w & 3) == 3 ? ".insn 4, 0x%08x".formatted(w) : ".insn 2, 0x%04x".formatted(w & 0xffff));
        }
        try {
            Path source = dir.resolve("probe.s");
            Path object = dir.resolve("probe.o");
            Files.write(source, lines);
            Differential.run(ReferenceTools.AS, "-o", object.toString(), source.toString());
            return object;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
