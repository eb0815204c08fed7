package dev.rvcm.analyzer;

import dev.rvcm.isa.IsaRegions;
import dev.rvcm.relocs.elf.ElfFile;
import dev.rvcm.relocs.elf.SymbolTable;
import java.util.Arrays;

/**
 * Names a target address the way a relocation would: the nearest defined symbol at or below it
 * (objects, functions, then untyped labels; no section, file or mapping symbols) and the addend.
 */
final class SymbolsByAddress {
    private final SymbolTable symbols;
    private final long[] addresses;
    private final int[] indices;

    private SymbolsByAddress(SymbolTable symbols, long[] addresses, int[] indices) {
        this.symbols = symbols;
        this.addresses = addresses;
        this.indices = indices;
    }

    static SymbolsByAddress of(ElfFile elf) {
        SymbolTable symbols = elf.symbolTable().or(elf::dynamicSymbolTable).orElse(null);
        if (symbols == null) {
            return new SymbolsByAddress(null, new long[0], new int[0]);
        }
        long[][] entries = new long[symbols.count()][];
        int n = 0;
        for (int i = 1; i < symbols.count(); i++) {
            int type = symbols.type(i);
            int shndx = symbols.sectionIndex(i);
            if (shndx == SymbolTable.SHN_UNDEF || type == SymbolTable.STT_SECTION || type == SymbolTable.STT_FILE
                || symbols.unnamed(i) || IsaRegions.isMappingSymbol(symbols.name(i))) {
                continue;
            }
            long rank = type == SymbolTable.STT_OBJECT || type == SymbolTable.STT_FUNC ? 0 : 1;
            entries[n++] = new long[] {symbols.value(i), rank, i};
        }
        long[][] sorted = Arrays.copyOf(entries, n);
        Arrays.sort(sorted, (a, b) -> {
            int c = Long.compareUnsigned(a[0], b[0]);
            return c != 0 ? c : Long.compare(b[1], a[1]);
        });
        long[] addresses = new long[n];
        int[] indices = new int[n];
        for (int i = 0; i < n; i++) {
            addresses[i] = sorted[i][0];
            indices[i] = (int) sorted[i][2];
        }
        return new SymbolsByAddress(symbols, addresses, indices);
    }

    SymbolTable table() {
        return symbols;
    }

    /** The index of the symbol naming {@code address}, 0 when none lies at or below it. */
    int symbolAt(long address) {
        int low = 0;
        int high = addresses.length - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (Long.compareUnsigned(addresses[mid], address) <= 0) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found < 0 ? 0 : indices[found];
    }
}
