package dev.rvcm.relocs;

/**
 * The one error of the relocs module: an input that is not what rvcm can read. It names the
 * file (and archive member), the byte offset where reading stopped, and what was expected there.
 * The CLI prints {@link #getMessage()} as one line and exits with code 2: control characters in it
 * (a member or file name read from the input can hold a newline) are shown as readelf shows them in
 * names, {@code ^J} for a newline, {@code ^?} for DEL.
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
        return visible(offset == WHOLE_FILE
            ? source + ": " + problem
            : source + ": " + problem + " (at offset 0x" + Long.toHexString(offset) + ")");
    }

    /** {@code text} with every control character in caret notation, so that it stays one line. */
    static String visible(String text) {
        if (text.chars().noneMatch(c -> c < 0x20 || c == 0x7f)) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                b.append('^').append((char) (c ^ 0x40));
            } else {
                b.append(c);
            }
        }
        return b.toString();
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
