package dev.rvcm.reports.audit;

/**
 * One row of an audit's table by section: a section, or a family of sections folded into one.
 *
 * @param name the section's name, or the family's pattern ({@code ___ksymtab+*}, {@code .initcall*.init})
 * @param sections how many sections the row stands for
 * @param counts accesses by kind, indexed by {@link dev.rvcm.analyzer.AccessKind#ordinal()}
 */
record SectionRow(String name, int sections, long[] counts) {
    /** The name, with the section count after a family's pattern. */
    String label() {
        return sections == 1 ? name : name + " (" + sections + " sections)";
    }
}
