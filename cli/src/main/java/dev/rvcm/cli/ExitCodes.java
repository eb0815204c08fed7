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
    /** Standard output was closed before everything was written (128 + SIGPIPE, as a C tool would end). */
    public static final int PIPE_CLOSED = 141;

    private ExitCodes() {
    }
}
