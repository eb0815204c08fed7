package dev.rvcm.reports.disasm;

import dev.rvcm.isa.IsaRegions;
import dev.rvcm.relocs.elf.ElfFile;
import dev.rvcm.relocs.elf.SymbolTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The symbols objdump may print as block labels, per section, in objdump's order: {@code .symtab}
 * (else {@code .dynsym}, with {@code @VERSION}) without unnamed, section, file, undefined and common
 * symbols, RISC-V mapping symbols and the assembler's fake label {@code ".L0 "}; sorted by address,
 * then as binutils' {@code compare_symbols} does (functions, then objects, globals before locals,
 * larger before smaller, names not starting with '.' first, then by name).
 */
final class SymbolLabels {

    private static final String FAKE_LABEL = ".L0 ";
    private static final Label[] NONE = new Label[0];

    /** One label candidate. */
    record Label(long value, String name, String sortName, boolean function, boolean object, int binding, long size) {
        /** objdump shows the bytes of an object symbol in a code section without disassembling them. */
        boolean dataObject() {
            return object && !function && !name.contains("gnu_compiled") && !name.contains("gcc2_compiled");
        }
    }

    private static final Comparator<Label> OBJDUMP_ORDER = SymbolLabels::compare;

    private final Map<Integer, Label[]> bySection;

    private SymbolLabels(Map<Integer, Label[]> bySection) {
        this.bySection = bySection;
    }

    static SymbolLabels of(ElfFile elf) {
        SymbolTable symbols = elf.symbolTable().filter(t -> t.count() > 1)
                .orElse(elf.dynamicSymbolTable().orElse(null));
        Map<Integer, List<Label>> lists = new HashMap<>();
        if (symbols != null) {
            for (int i = 1, n = symbols.count(); i < n; i++) {
                int type = symbols.type(i);
                if (symbols.unnamed(i) || type == SymbolTable.STT_SECTION || type == SymbolTable.STT_FILE) {
                    continue;
                }
                int section = symbols.sectionIndex(i);
                if (section == SymbolTable.SHN_UNDEF || section >= SymbolTable.SHN_LORESERVE) {
                    continue;
                }
                String raw = symbols.name(i);
                if (raw.isEmpty() || raw.equals(FAKE_LABEL) || IsaRegions.isMappingSymbol(raw)) {
                    continue;
                }
                String name = symbols.displayName(i);
                String sortName = raw; // binutils sorts by the name without its version
                boolean function = type == SymbolTable.STT_FUNC || type == SymbolTable.STT_GNU_IFUNC;
                boolean object = type == SymbolTable.STT_OBJECT;
                lists.computeIfAbsent(section, k -> new ArrayList<>()).add(new Label(symbols.value(i), name, sortName,
                        function, object, symbols.binding(i), symbols.size(i)));
            }
        }
        Map<Integer, Label[]> bySection = new HashMap<>();
        for (Map.Entry<Integer, List<Label>> e : lists.entrySet()) {
            Label[] labels = e.getValue().toArray(Label[]::new);
            Arrays.sort(labels, OBJDUMP_ORDER);
            bySection.put(e.getKey(), labels);
        }
        return new SymbolLabels(bySection);
    }

    /** The labels of a section in objdump's order. */
    Label[] section(int index) {
        return bySection.getOrDefault(index, NONE);
    }

    private static int compare(Label a, Label b) {
        int c = Long.compareUnsigned(a.value(), b.value());
        if (c != 0) {
            return c;
        }
        boolean af = a.sortName().contains("gnu_compiled") || a.sortName().contains("gcc2_compiled");
        boolean bf = b.sortName().contains("gnu_compiled") || b.sortName().contains("gcc2_compiled");
        if (af != bf) {
            return af ? 1 : -1;
        }
        af = fileName(a.sortName());
        bf = fileName(b.sortName());
        if (af != bf) {
            return af ? 1 : -1;
        }
        if (a.function() != b.function()) {
            return a.function() ? -1 : 1;
        }
        if (a.object() != b.object()) {
            return a.object() ? -1 : 1;
        }
        boolean al = a.binding() == SymbolTable.STB_LOCAL;
        boolean bl = b.binding() == SymbolTable.STB_LOCAL;
        if (al != bl) {
            return al ? 1 : -1;
        }
        boolean ag = a.binding() == SymbolTable.STB_GLOBAL;
        boolean bg = b.binding() == SymbolTable.STB_GLOBAL;
        if (ag != bg) {
            return ag ? -1 : 1;
        }
        if (a.size() != b.size()) {
            return Long.compareUnsigned(a.size(), b.size()) > 0 ? -1 : 1;
        }
        boolean ad = a.sortName().startsWith(".");
        boolean bd = b.sortName().startsWith(".");
        if (ad != bd) {
            return ad ? 1 : -1;
        }
        return a.sortName().compareTo(b.sortName());
    }

    /** binutils' heuristic for a file-name symbol: ends in {@code .o} or {@code .a}. */
    private static boolean fileName(String name) {
        int n = name.length();
        return n > 2 && name.charAt(n - 2) == '.' && (name.charAt(n - 1) == 'o' || name.charAt(n - 1) == 'a');
    }
}
