package dev.rvcm.cli.compare;

import java.nio.file.Path;

/** Rewrites one object or archive to another code model ({@code rvcm rewrite IN -o OUT --model M}). */
@FunctionalInterface
public interface Rewriter {
    /**
     * Writes {@code input} rewritten to {@code model} as {@code output}.
     *
     * @throws VariantBuildException naming the place, when the input cannot be rewritten safely or read
     */
    void rewrite(String variant, Path input, Path output, CodeModelTarget model) throws VariantBuildException;
}
