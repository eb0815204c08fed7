package dev.rvcm.cli.compare;

/** A variant could not be made or loaded: a rewrite refused, a link failed, a program the engine cannot run. */
public final class VariantBuildException extends Exception {
    private static final long serialVersionUID = 1L;

    public VariantBuildException(String variant, String message) {
        super(variant + ": " + message);
    }
}
