package dev.rvcm.relocs;

/**
 * The one error of the relocs module: an input that is not what rvcm can read. It names the
 * file (and archive member), the byte offset where reading stopped, and what was expected there.
 * The CLI prints {@link #getMessage()} as one line and exits with code 2.
 */
public final class ElfFormatException extends RuntimeException {
    /** Offset value for problems that belong to the whole file rather than a byte position. */
    public static final long WHOLE_FILE = -1;

    private final String source;
    private final long offset;
    private final String problem;

    public ElfFormatException(String source, long offset, String problem) {
        super(format(source, offset, problem));
        this.source = source;
        this.offset = offset;
        this.problem = problem;
    }

    public ElfFormatException(String source, long offset, String problem, Throwable cause) {
        this(source, offset, problem);
        initCause(cause);
    }

    private static String format(String source, long offset, String problem) {
        return offset == WHOLE_FILE
            ? source + ": " + problem
            : source + ": " + problem + " (at offset 0x" + Long.toHexString(offset) + ")";
    }

    /** The file, with the archive member in parentheses when there is one. */
    public String source() {
        return source;
    }

    /** Where reading stopped, or {@link #WHOLE_FILE}. */
    public long offset() {
        return offset;
    }

    /** What was wrong, without the file name. */
    public String problem() {
        return problem;
    }
}
