package dev.rvcm.sim;

/**
 * A guest fault raised inside the engine: an access to an unmapped or protected address, an illegal
 * instruction, an unsupported operation or an exhausted limit. It never leaves {@link Machine#run()}:
 * the run loop turns it into a {@link RunResult} with {@link RunResult.Stop.Fault}.
 */
final class GuestFault extends RuntimeException {

    /** What went wrong. */
    enum Cause {
        /** Load from an unmapped or unreadable address. */
        LOAD_ACCESS,
        /** Store to an unmapped or read-only address. */
        STORE_ACCESS,
        /** Fetch from an unmapped or non-executable address. */
        FETCH_ACCESS,
        /** An instruction the engine does not decode or may not execute. */
        ILLEGAL_INSTRUCTION,
        /** The guest needs more memory than {@link Limits#maxMemoryBytes()} allows. */
        OUT_OF_MEMORY,
        /** {@code ebreak}. */
        BREAKPOINT,
        /** {@code ecall} on bare metal (a trap, never a stop). */
        ENVIRONMENT_CALL
    }

    private final Cause cause;
    private final long address;

    GuestFault(Cause cause, long address, String message) {
        super(message, null, false, false);
        this.cause = cause;
        this.address = address;
    }

    Cause kind() {
        return cause;
    }

    long address() {
        return address;
    }
}
