package dev.rvcm.reports.compare;

/**
 * The code accesses that matter to the code-model question, counted in a whole image or in the
 * program's own functions.
 *
 * @param absolute lui-absolute accesses to relocatable targets (semi-PIC blockers)
 * @param gpRelative gp-relative accesses (semi-PIC blockers)
 * @param got accesses through a GOT entry
 */
public record AccessCounts(long absolute, long gpRelative, long got) {
}
