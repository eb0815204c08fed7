package dev.rvcm.analyzer;

/** The code model a file was compiled for, as inferred from how it reaches symbols. */
public enum CodeModel {
    /** -mcmodel=medlow: lui-based absolute addressing. */
    MEDLOW,
    /** -mcmodel=medany: auipc-based PC-relative addressing, no GOT. */
    MEDANY,
    /** -fPIE: PC-relative to what the file defines, GOT only for what it does not. */
    PIE,
    /** -fPIC: the GOT also for defined symbols with default visibility (they may be preempted). */
    PIC,
    /** Several of the above in one file. */
    MIXED,
    /** The code reaches no symbol but by calls and branches, which every model writes alike. */
    UNDETERMINED
}
