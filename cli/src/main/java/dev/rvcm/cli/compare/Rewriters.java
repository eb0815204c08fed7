package dev.rvcm.cli.compare;

import java.util.Optional;

/**
 * The {@link Rewriter} this build has. rvcm's rewriter ({@code rvcm rewrite}, its own issue) is not part
 * of this build yet: until it is, comparisons take linked programs ({@code --variant}) and the original
 * link of the input objects, and ask for no {@code --models}.
 */
public final class Rewriters {
    private Rewriters() {
    }

    public static Optional<Rewriter> inThisBuild() {
        return Optional.empty();
    }
}
