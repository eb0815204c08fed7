package dev.rvcm.cli;

/** The documented exit codes of every rvcm command. */
public final class ExitCodes {
    /** Success; for gates: no findings. */
    public static final int OK = 0;
    /** A gate found something (check, audit limits). */
    public static final int FINDINGS = 1;
    /** A usage error or an input rvcm cannot read. */
    public static final int BAD_INPUT = 2;
    /** A bug in rvcm (EX_SOFTWARE). */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }
}
