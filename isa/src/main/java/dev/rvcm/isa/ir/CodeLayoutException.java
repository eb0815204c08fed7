package dev.rvcm.isa.ir;

/** Code cannot be laid out as asked: a branch out of reach that may not or cannot be fixed. */
public final class CodeLayoutException extends RuntimeException {
    private final String section;
    private final long offset;
    private final String problem;

    /**
     * @param section the section's name
     * @param offset  where the instruction was in the new layout
     * @param problem what is wrong, in words
     */
    public CodeLayoutException(String section, long offset, String problem) {
        super(section + "+0x" + Long.toHexString(offset) + ": " + problem);
        this.section = section;
        this.offset = offset;
        this.problem = problem;
    }

    public String section() {
        return section;
    }

    public long offset() {
        return offset;
    }

    public String problem() {
        return problem;
    }
}
