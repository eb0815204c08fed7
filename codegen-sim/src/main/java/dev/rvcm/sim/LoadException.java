package dev.rvcm.sim;

/**
 * The one error type of this module's boundary: an executable the engine cannot load (not RISC-V
 * RV64, dynamically linked, segments outside the address space…). Carries the file and what was
 * expected; the CLI prints it as one line with exit code 2. Faults of a running guest are not errors:
 * they end the run with {@link RunResult.Stop.Fault}.
 */
public final class LoadException extends RuntimeException {

    private final String file;
    private final long offset;

    public LoadException(String file, long offset, String message) {
        super(file + ": " + message + (offset >= 0 ? " (at file offset 0x" + Long.toHexString(offset) + ")" : ""));
        this.file = file;
        this.offset = offset;
    }

    /** The file that could not be loaded. */
    public String file() {
        return file;
    }

    /** The offset in the file the problem was found at, or -1. */
    public long offset() {
        return offset;
    }
}
