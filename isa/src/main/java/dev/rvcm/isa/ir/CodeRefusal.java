package dev.rvcm.isa.ir;

/**
 * A transform cannot rewrite a place of the code safely (no scratch register, a {@code %lo} without
 * its {@code %hi}, a {@code lui} whose value is used as a number…): where, and why. Not a layout
 * error ({@link CodeLayoutException}); the object is not to be written.
 */
public final class CodeRefusal extends RuntimeException {
    private final String section;
    private final long offset;
    private final String function;
    private final String reason;

    public CodeRefusal(String section, long offset, String function, String reason) {
        super(section + "+0x" + Long.toHexString(offset) + (function.isEmpty() ? "" : " (" + function + ")") + ": " + reason);
        this.section = section;
        this.offset = offset;
        this.function = function;
        this.reason = reason;
    }

    /** The section's name. */
    public String section() {
        return section;
    }

    /** The offset in the section as read. */
    public long offset() {
        return offset;
    }

    /** The enclosing function's name, or empty. */
    public String function() {
        return function;
    }

    /** Why. */
    public String reason() {
        return reason;
    }
}
