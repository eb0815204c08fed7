package dev.rvcm.isa;

import dev.rvcm.relocs.elf.ElfFile;
import dev.rvcm.relocs.elf.RiscvAttributes;
import dev.rvcm.relocs.elf.SymbolTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a file's code sections hold at each address, as GNU objdump 2.40 decides it: the RISC-V
 * mapping symbols of {@code .symtab} ({@code $x}, {@code $x<isa>}, {@code $d}; psABI "Mapping
 * Symbol") cut each section into regions of instructions or data. A {@code $x<isa>} region uses that
 * ISA string (a {@code .n} suffix is ignored); a plain {@code $x} region, and code before the first
 * mapping symbol, uses the file's {@code Tag_RISCV_arch}, else RV64GC. Data regions keep the
 * extensions of the region before them. Sections without mapping symbols are code (when executable)
 * from start to end.
 *
 * <p>Immutable; lookups allocate nothing. Build one per file with {@link #of(ElfFile)}, or one
 * section's {@link Regions} from its mapping symbols with {@link Regions#of(List, Extensions)}; a sweep
 * over a section walks its regions with {@link Regions#cursor(boolean)}.
 *
 * @see <a href="https://github.com/riscv-non-isa/riscv-elf-psabi-doc/blob/master/riscv-elf.adoc#mapping-symbol">psABI: Mapping Symbol</a>
 */
public final class IsaRegions {

    private static final Regions NONE = new Regions(new long[0], new boolean[0], new Extensions[0]);

    private final Extensions fileDefault;
    private final Map<Integer, Regions> bySection;

    private IsaRegions(Extensions fileDefault, Map<Integer, Regions> bySection) {
        this.fileDefault = fileDefault;
        this.bySection = bySection;
    }

    /** The regions of every section of {@code elf} that has mapping symbols. */
    public static IsaRegions of(ElfFile elf) {
        Extensions fileDefault = elf.attributes().flatMap(RiscvAttributes::arch)
                .map(IsaRegions::parseOrNull).orElse(null);
        if (fileDefault == null) {
            fileDefault = Extensions.RV64GC;
        }
        Map<Integer, List<MappingSymbol>> markers = new HashMap<>();
        if (elf.symbolTable().isPresent()) {
            SymbolTable symbols = elf.symbolTable().get();
            for (int i = 1, n = symbols.count(); i < n; i++) {
                if (symbols.unnamed(i) || symbols.type(i) != SymbolTable.STT_NOTYPE) {
                    continue;
                }
                String name = symbols.name(i);
                if (!isMappingSymbol(name)) {
                    continue;
                }
                int section = symbols.sectionIndex(i);
                if (section == SymbolTable.SHN_UNDEF || section >= SymbolTable.SHN_LORESERVE) {
                    continue;
                }
                markers.computeIfAbsent(section, k -> new ArrayList<>()).add(new MappingSymbol(symbols.value(i), name));
            }
        }
        Map<Integer, Regions> bySection = new HashMap<>();
        for (Map.Entry<Integer, List<MappingSymbol>> e : markers.entrySet()) {
            bySection.put(e.getKey(), Regions.of(e.getValue(), fileDefault));
        }
        return new IsaRegions(fileDefault, bySection);
    }

    /**
     * Whether objdump treats {@code name} as a mapping symbol (and never shows it as a label):
     * {@code $x}, {@code $d} or {@code $xrv…}.
     */
    public static boolean isMappingSymbol(String name) {
        return name.equals("$x") || name.equals("$d") || name.startsWith("$xrv");
    }

    private static Extensions parseOrNull(String isa) {
        try {
            return Extensions.parse(isa);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code Tag_RISCV_arch} as extensions, else RV64GC: what code outside any {@code $x<isa>} region uses. */
    public Extensions fileDefault() {
        return fileDefault;
    }

    /** The regions of a section, by section index; none when the section has no mapping symbols. */
    public Regions section(int sectionIndex) {
        return bySection.getOrDefault(sectionIndex, NONE);
    }

    /**
     * The extensions objdump enables at {@code address} of a section: those of the region holding it,
     * else the file's default.
     */
    public Extensions at(int sectionIndex, long address) {
        Regions regions = section(sectionIndex);
        int i = regions.indexAt(address);
        return i < 0 ? fileDefault : regions.extensions(i);
    }

    /** A mapping symbol ({@link #isMappingSymbol(String)}): its value and name. */
    public record MappingSymbol(long address, String name) {
    }

    /**
     * The mapping-symbol regions of one section, in address order: region {@code i} starts at
     * {@link #start(int)} and ends where region {@code i + 1} starts.
     */
    public static final class Regions {
        private final long[] starts;
        private final boolean[] data;
        private final Extensions[] extensions;

        private Regions(long[] starts, boolean[] data, Extensions[] extensions) {
            this.starts = starts;
            this.data = data;
            this.extensions = extensions;
        }

        /**
         * The regions one section's mapping symbols make, for code read from something other than an
         * {@link ElfFile} (a relocatable object being rewritten).
         *
         * @param fileDefault the extensions of a plain {@code $x} region
         */
        public static Regions of(List<MappingSymbol> symbols, Extensions fileDefault) {
            // objdump sorts symbols by address, then name; of several at one address the last counts.
            List<MappingSymbol> markers = new ArrayList<>(symbols);
            markers.sort((a, b) -> {
                int c = Long.compareUnsigned(a.address(), b.address());
                return c != 0 ? c : a.name().compareTo(b.name());
            });
            int n = 0;
            long[] starts = new long[markers.size()];
            boolean[] data = new boolean[markers.size()];
            Extensions[] extensions = new Extensions[markers.size()];
            Extensions current = fileDefault;
            for (MappingSymbol m : markers) {
                if (n > 0 && starts[n - 1] == m.address()) {
                    n--;
                    current = n > 0 ? extensions[n - 1] : fileDefault;
                }
                String name = m.name();
                data[n] = name.equals("$d"); // data keeps the extensions of the code before it
                if (name.equals("$x")) {
                    current = fileDefault;
                } else if (!data[n]) {
                    int dot = name.indexOf('.');
                    Extensions parsed = parseOrNull(dot < 0 ? name.substring(2) : name.substring(2, dot));
                    current = parsed == null ? fileDefault : parsed;
                }
                starts[n] = m.address();
                extensions[n] = current;
                n++;
            }
            return new Regions(Arrays.copyOf(starts, n), Arrays.copyOf(data, n), Arrays.copyOf(extensions, n));
        }

        /** The number of regions. */
        public int count() {
            return starts.length;
        }

        /** Where region {@code i} starts. */
        public long start(int i) {
            return starts[i];
        }

        /** Where region {@code i} ends: the next region's start, or {@code -1} (all ones) for the last. */
        public long end(int i) {
            return i + 1 < starts.length ? starts[i + 1] : -1L;
        }

        /** Whether region {@code i} holds data ({@code $d}) rather than instructions. */
        public boolean isData(int i) {
            return data[i];
        }

        /** The extensions enabled in region {@code i}. */
        public Extensions extensions(int i) {
            return extensions[i];
        }

        /**
         * A cursor for a sweep over the section in address order.
         *
         * @param code whether bytes before the first region are instructions (an executable
         *             section's are)
         */
        public RegionCursor cursor(boolean code) {
            return new RegionCursor(this, code);
        }

        /** The index of the region holding {@code address}, {@code -1} before the first. */
        public int indexAt(long address) {
            int low = 0;
            int high = starts.length - 1;
            int found = -1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                if (Long.compareUnsigned(starts[mid], address) <= 0) {
                    found = mid;
                    low = mid + 1;
                } else {
                    high = mid - 1;
                }
            }
            return found;
        }
    }
}
