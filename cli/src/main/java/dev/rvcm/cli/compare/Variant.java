package dev.rvcm.cli.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** One variant of a comparison: a program already linked, or objects to (rewrite and) link. */
public sealed interface Variant {
    /** Its name in the report. */
    String name();

    /** How it is made, in a few words. */
    String origin();

    /**
     * A linked program ({@code --variant NAME=PROG}), e.g. the same source built {@code -fPIC} by gcc.
     *
     * @param name its name
     * @param program the executable
     * @param origin how it was made, or its path
     */
    record Prelinked(String name, Path program, String origin) implements Variant {
    }

    /**
     * A program linked from objects and archives, rewritten to {@code model} first if there is one.
     *
     * @param name its name
     * @param origin what the inputs are (e.g. {@code medany objects})
     * @param inputs objects and archives, in link order
     * @param model the code model to rewrite them to; empty for the original link
     */
    record Built(String name, String origin, List<Path> inputs, Optional<CodeModelTarget> model) implements Variant {
        public Built {
            inputs = List.copyOf(inputs);
        }
    }
}
