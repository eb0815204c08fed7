package dev.rvcm.reports.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Folds families of sections into one table row each, so that a kernel's audit stays readable:
 * the kernel names a section after a symbol ({@code ___ksymtab+loops_per_jiffy},
 * {@code ___ksymtab_gpl+init_uts_ns}: one family per part before {@code +}) or numbers its levels
 * ({@code .initcall6.init}, {@code .initcall7s.init}: one family {@code .initcall*.init}), and
 * {@code -ffunction-sections}/{@code -fdata-sections} give one {@code .text.NAME}, {@code .data.NAME}
 * … per symbol ({@code .text.*}; the standard {@code .text.unlikely}, {@code .data.rel.ro}… stand alone). The kernel's own {@code .data..percpu}-style names stay apart. A
 * family of one section keeps the section's name. Rows keep the order of each family's first section.
 */
final class SectionFamilies {
    private static final Pattern NUMBERED = Pattern.compile("[0-9]+[^.]*");
    /** Section names that {@code -ffunction-sections}/{@code -fdata-sections} extend with a symbol's name; they stand alone too. */
    private static final List<String> PER_SYMBOL = List.of(".text", ".text.unlikely", ".text.startup", ".text.hot",
        ".text.exit", ".data", ".rodata", ".bss", ".sdata", ".sbss", ".srodata", ".tdata", ".tbss", ".data.rel",
        ".data.rel.local", ".data.rel.ro", ".data.rel.ro.local");

    private SectionFamilies() {
    }

    /** Every section on its own row. */
    static List<SectionRow> each(Map<String, long[]> countsBySection) {
        List<SectionRow> rows = new ArrayList<>(countsBySection.size());
        countsBySection.forEach((name, counts) -> rows.add(new SectionRow(name, 1, counts)));
        return rows;
    }

    /** Families of two or more sections folded into one row, summed. */
    static List<SectionRow> grouped(Map<String, long[]> countsBySection) {
        Map<String, List<String>> members = new LinkedHashMap<>();
        countsBySection.keySet().forEach(name -> members.computeIfAbsent(family(name), f -> new ArrayList<>()).add(name));
        List<SectionRow> rows = new ArrayList<>(members.size());
        members.forEach((family, names) -> {
            if (names.size() == 1) {
                rows.add(new SectionRow(names.getFirst(), 1, countsBySection.get(names.getFirst())));
                return;
            }
            long[] sum = new long[countsBySection.get(names.getFirst()).length];
            for (String name : names) {
                long[] counts = countsBySection.get(name);
                for (int k = 0; k < sum.length; k++) {
                    sum[k] += counts[k];
                }
            }
            rows.add(new SectionRow(family, names.size(), sum));
        });
        return rows;
    }

    /** The family a section name belongs to (its pattern), or the name itself. */
    static String family(String name) {
        int plus = name.indexOf('+');
        if (plus > 0) {
            return name.substring(0, plus + 1) + "*";
        }
        String numbered = NUMBERED.matcher(name).replaceAll("*");
        if (!numbered.equals(name)) {
            return numbered;
        }
        if (PER_SYMBOL.contains(name)) {
            return name;
        }
        String base = null;
        for (String b : PER_SYMBOL) {
            if (name.length() > b.length() + 1 && name.startsWith(b + ".") && name.charAt(b.length() + 1) != '.'
                && (base == null || b.length() > base.length())) {
                base = b;
            }
        }
        return base == null ? name : base + ".*";
    }
}
