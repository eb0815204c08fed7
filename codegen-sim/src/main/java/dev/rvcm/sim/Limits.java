package dev.rvcm.sim;

/**
 * Resource limits of one run.
 *
 * @param maxInstructions the run stops with {@link RunResult.Stop.LimitReached} after this many
 *                        retired instructions ({@code Long.MAX_VALUE}: no limit)
 * @param maxMemoryBytes  guest memory (touched pages, 4 KiB each) may not grow beyond this; a larger
 *                        {@code brk}/{@code mmap} fails with {@code ENOMEM}, touching a page beyond it
 *                        stops the run with a fault
 */
public record Limits(long maxInstructions, long maxMemoryBytes) {

    /** No instruction limit, 2 GiB of guest memory. */
    public static final Limits DEFAULT = new Limits(Long.MAX_VALUE, 2L << 30);

    public Limits {
        if (maxInstructions <= 0 || maxMemoryBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
