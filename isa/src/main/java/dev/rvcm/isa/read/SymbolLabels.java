package dev.rvcm.isa.read;

import dev.rvcm.isa.IsaRegions;
import dev.rvcm.relocs.elf.ElfFile;
import dev.rvcm.relocs.elf.ObjectFileType;
import dev.rvcm.relocs.elf.RelocationTable;
import dev.rvcm.relocs.elf.Section;
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
 * with binutils' synthetic {@code name@plt} symbols; then as binutils' {@code compare_symbols} does (functions, then objects, globals before locals,
 * larger before smaller, names not starting with '.' first, then by name).
 */
final class SymbolLabels {

    private static final String FAKE_LABEL = ".L0 ";
    private static final Label[] NONE = new Label[0];

    /** One label candidate. */
    record Label(long value, String name, String sortName, int section, boolean function, boolean object, int binding,
                 long size) {
        /** objdump shows the bytes of an object symbol in a code section without disassembling them. */
        boolean synthetic() {
            return sortName.endsWith("@plt") && section >= 0 && name.equals(sortName);
        }

        boolean dataObject() {
            return object && !function && !name.contains("gnu_compiled") && !name.contains("gcc2_compiled");
        }
    }

    private static final Comparator<Label> OBJDUMP_ORDER = SymbolLabels::compare;

    private final Map<Integer, Label[]> bySection;
    /** Every label of every section and the absolute symbols, in objdump's order. */
    private final Label[] all;

    /** Dynamic relocations by r_offset (stable), and the dynamic symbol each names, or {@code null}. */
    private final long[] dynamicOffsets;
    private final Label[] dynamicSymbols;
    private long[] sectionAddresses = new long[0];
    /** Symbols without a section (undefined dynamic symbols named by a relocation). */
    private final java.util.Set<Label> undefined = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private SymbolLabels(Map<Integer, Label[]> bySection, Label[] all, long[] dynamicOffsets, Label[] dynamicSymbols) {
        this.bySection = bySection;
        this.all = all;
        this.dynamicOffsets = dynamicOffsets;
        this.dynamicSymbols = dynamicSymbols;
    }

    private long sectionAddress(int index) {
        return index > 0 && index < sectionAddresses.length ? sectionAddresses[index] : 0;
    }

    /** Whether {@code label} stands for an undefined symbol (objdump shows no offset from it). */
    boolean undefined(Label label) {
        return undefined.contains(label);
    }

    static SymbolLabels of(ElfFile elf) {
        SymbolTable symbols = elf.symbolTable().filter(t -> t.count() > 1)
                .orElse(elf.dynamicSymbolTable().orElse(null));
        Map<Integer, List<Label>> lists = new HashMap<>();
        List<Label> sectionSymbols = new ArrayList<>();
        if (symbols != null) {
            for (int i = 1, n = symbols.count(); i < n; i++) {
                int type = symbols.type(i);
                if (type == SymbolTable.STT_SECTION) {
                    int shndx = symbols.sectionIndex(i);
                    if (shndx > 0 && shndx < elf.sections().size() && elf.section(shndx).allocated()) {
                        Section target = elf.section(shndx);
                        sectionSymbols.add(new Label(symbols.value(i), target.name(), target.name(), shndx, false, false,
                            SymbolTable.STB_LOCAL, 0));
                    }
                    continue;
                }
                if (symbols.unnamed(i) || type == SymbolTable.STT_FILE) {
                    continue;
                }
                int section = symbols.sectionIndex(i);
                if (section == SymbolTable.SHN_UNDEF || section >= SymbolTable.SHN_LORESERVE && section != SymbolTable.SHN_ABS) {
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
                        section, function, object, symbols.binding(i), symbols.size(i)));
            }
        }
        addPltSymbols(elf, lists);
        Map<Integer, Label[]> bySection = new HashMap<>();
        List<Label> all = new ArrayList<>();
        for (Map.Entry<Integer, List<Label>> e : lists.entrySet()) {
            all.addAll(e.getValue());
            if (e.getKey() == SymbolTable.SHN_ABS) {
                continue;
            }
            Label[] labels = e.getValue().toArray(Label[]::new);
            Arrays.sort(labels, OBJDUMP_ORDER);
            bySection.put(e.getKey(), labels);
        }
        all.addAll(sectionSymbols); // objdump 2.40 names addresses by allocated sections' symbols too, never blocks
        Label[] sorted = all.toArray(Label[]::new);
        Arrays.sort(sorted, OBJDUMP_ORDER);
        // objdump -d pre-loads the dynamic relocations and names an address a relocation patches by its symbol
        SymbolTable dynamic = elf.dynamicSymbolTable().orElse(null);
        List<long[]> keys = new ArrayList<>();
        List<Label> named = new ArrayList<>();
        Map<Integer, Label> bySymbol = new HashMap<>();
        List<Label> undefinedLabels = new ArrayList<>();
        if (dynamic != null && elf.header().type() != ObjectFileType.REL) {
            for (RelocationTable table : elf.relocationTables()) {
                if (table.symbols().orElse(null) != dynamic) {
                    continue;
                }
                for (int i = 0, n = table.count(); i < n; i++) {
                    int symbol = table.symbolIndex(i);
                    Label label = null;
                    if (symbol != 0 && dynamic.sectionIndex(symbol) != SymbolTable.SHN_ABS) {
                        label = bySymbol.get(symbol);
                        if (label == null) {
                            int type = dynamic.type(symbol);
                            label = new Label(dynamic.value(symbol), dynamic.displayName(symbol), dynamic.name(symbol),
                                dynamic.sectionIndex(symbol), type == SymbolTable.STT_FUNC || type == SymbolTable.STT_GNU_IFUNC,
                                type == SymbolTable.STT_OBJECT, dynamic.binding(symbol), dynamic.size(symbol));
                            bySymbol.put(symbol, label);
                            if (dynamic.undefined(symbol)) {
                                undefinedLabels.add(label);
                            }
                        }
                    }
                    keys.add(new long[] {table.offset(i), keys.size()});
                    named.add(label);
                }
            }
        }
        keys.sort((a, b) -> {
            int c = Long.compareUnsigned(a[0], b[0]);
            return c != 0 ? c : Long.compare(a[1], b[1]);
        });
        long[] offsets = new long[keys.size()];
        Label[] symbolsByOffset = new Label[keys.size()];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = keys.get(i)[0];
            symbolsByOffset[i] = named.get((int) keys.get(i)[1]);
        }
        SymbolLabels result = new SymbolLabels(bySection, sorted, offsets, symbolsByOffset);
        result.undefined.addAll(undefinedLabels);
        result.sectionAddresses = elf.sections().stream().mapToLong(Section::address).toArray();

        return result;
    }

    /**
     * binutils' synthetic {@code name@plt} symbols of an executable or shared object: one per
     * {@code .rela.plt} entry, at {@code .plt + 32 + 16 * i} (the RISC-V PLT header and entry sizes),
     * named after the entry's dynamic symbol ({@code *ABS*+0x<addend>} for none).
     */
    private static void addPltSymbols(ElfFile elf, Map<Integer, List<Label>> lists) {
        ObjectFileType type = elf.header().type();
        SymbolTable dynamic = elf.dynamicSymbolTable().orElse(null);
        Section plt = elf.section(".plt").orElse(null);
        if (type != ObjectFileType.DYN && type != ObjectFileType.EXEC || dynamic == null || plt == null) {
            return;
        }
        for (RelocationTable table : elf.relocationTables()) {
            if (!table.section().name().equals(".rela.plt") || table.symbols().orElse(null) != dynamic) {
                continue;
            }
            for (int i = 0, n = table.count(); i < n; i++) {
                int symbol = table.symbolIndex(i);
                StringBuilder name = new StringBuilder(symbol == 0 ? "*ABS*" : dynamic.name(symbol));
                long addend = table.addend(i);
                if (addend != 0) {
                    name.append("+0x").append(Long.toHexString(addend));
                }
                name.append("@plt");
                int symbolType = symbol == 0 ? SymbolTable.STT_SECTION : dynamic.type(symbol);
                boolean local = symbol != 0 && dynamic.binding(symbol) == SymbolTable.STB_LOCAL;
                String text = name.toString();
                lists.computeIfAbsent(plt.index(), k -> new ArrayList<>()).add(new Label(plt.address() + 32 + 16L * i,
                        text, text, plt.index(), symbolType == SymbolTable.STT_FUNC || symbolType == SymbolTable.STT_GNU_IFUNC,
                        symbolType == SymbolTable.STT_OBJECT, local ? SymbolTable.STB_LOCAL : SymbolTable.STB_GLOBAL, 0));
            }
        }
    }

    /** The last symbol of this name in objdump's order, or {@code null}. */
    Label named(String name) {
        Label found = null;
        for (Label label : all) {
            if (label.sortName().equals(name)) {
                found = label;
            }
        }
        return found;
    }

    /**
     * The symbol objdump names an address by (its find_symbol_for_address): with {@code inSection}
     * (a file with relocations, an address inside the section being shown), the section's last
     * symbol at or before the address, else its first; otherwise the last symbol of any section at
     * or before it (the shown section's first among equals), else the very first. {@code null} when
     * there is none.
     */
    Label nameFor(long address, int section, boolean inSection) {
        Label[] labels = inSection ? section(section) : all;
        if (labels.length == 0) {
            return null;
        }
        int found = lastAtOrBefore(labels, address);
        if (found < 0) {
            found = 0;
        }
        long value = labels[found].value();
        int first = found;
        while (first > 0 && labels[first - 1].value() == value) {
            first--;
        }
        Label chosen = labels[first];
        if (!inSection) {
            for (int i = first; i < labels.length && labels[i].value() == value; i++) {
                if (labels[i].section() == section) {
                    chosen = labels[i];
                    break;
                }
            }
            // binutils compares the symbol's section-relative value with the address here
            if (chosen.value() - sectionAddress(chosen.section()) != address && dynamicOffsets.length > 0
                && !chosen.synthetic()) {
                Label relocated = relocatedAt(address);
                if (relocated != null) {
                    return relocated;
                }
            }

        }
        return chosen;
    }

    /** The symbol of the first dynamic relocation at {@code address} that names one. */
    private Label relocatedAt(long address) {
        int low = 0;
        int high = dynamicOffsets.length - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = Long.compareUnsigned(dynamicOffsets[mid], address);
            if (c < 0) {
                low = mid + 1;
            } else {
                if (c == 0) {
                    found = mid;
                }
                high = mid - 1;
            }
        }
        for (int i = found; i >= 0 && i < dynamicOffsets.length && dynamicOffsets[i] == address; i++) {
            if (dynamicSymbols[i] != null) {
                return dynamicSymbols[i];
            }
        }
        return null;
    }

    private static int lastAtOrBefore(Label[] labels, long address) {
        int low = 0;
        int high = labels.length - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (Long.compareUnsigned(labels[mid].value(), address) <= 0) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
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
