package dev.rvcm.analyzer.policy;

/** A policy name, policy file or baseline rvcm cannot use; the CLI prints the message and exits with 2. */
public final class PolicyFormatException extends RuntimeException {
    public PolicyFormatException(String message) {
        super(message);
    }
}
