package dev.rvcm.testing;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * An input file of a parameterized test, found only when its case runs: a missing reference input
 * (glibc, a kernel) skips that case alone (fails it under {@code CI=true}), loudly, instead of
 * aborting the parameter list and taking the committed fixtures' cases with it.
 *
 * @param name what the case is called
 * @param find finds the file, or skips or fails the case (see {@link ReferenceTools#requireThat})
 */
public record TestInput(String name, Supplier<Path> find) {
    /** A committed fixture under corpus/fixtures. */
    public static TestInput fixture(String name) {
        return new TestInput(name, () -> Corpus.fixture(name));
    }

    /** A file of Debian's riscv64 glibc. */
    public static TestInput glibc(Path file) {
        return new TestInput(file.getFileName().toString(), () -> Corpus.glibc(file));
    }

    /** A kernel file of shared/corpus. */
    public static TestInput kernel(String model, String file) {
        return new TestInput(model + " " + file, () -> Corpus.kernel(model, file));
    }

    /** The file. */
    public Path path() {
        return find.get();
    }

    @Override
    public String toString() {
        return name;
    }
}
