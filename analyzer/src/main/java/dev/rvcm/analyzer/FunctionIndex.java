package dev.rvcm.analyzer;

import dev.rvcm.relocs.elf.ElfFile;
import dev.rvcm.relocs.elf.ObjectFileType;
import dev.rvcm.relocs.elf.SymbolTable;
import java.util.Arrays;
import java.util.Optional;

/**
 * Finds the function (STT_FUNC symbol) enclosing a place: by address in linked files, by section
 * and offset in objects. Built once per file, looked up by binary search.
 */
public final class FunctionIndex {
    private final SymbolTable symbols;
    private final boolean linked;
    private final long[] keys;
    private final int[] symbolIndex;

    private FunctionIndex(SymbolTable symbols, boolean linked, long[] keys, int[] symbolIndex) {
        this.symbols = symbols;
        this.linked = linked;
        this.keys = keys;
        this.symbolIndex = symbolIndex;
    }

    public static FunctionIndex of(ElfFile elf) {
        SymbolTable symbols = elf.symbolTable().or(elf::dynamicSymbolTable).orElse(null);
        boolean linked = elf.header().type() != ObjectFileType.REL;
        if (symbols == null) {
            return new FunctionIndex(null, linked, new long[0], new int[0]);
        }
        int n = 0;
        long[][] entries = new long[symbols.count()][];
        for (int i = 1; i < symbols.count(); i++) {
            if (symbols.type(i) == SymbolTable.STT_FUNC && symbols.sectionIndex(i) != SymbolTable.SHN_UNDEF) {
                entries[n++] = new long[] {key(linked, symbols.sectionIndex(i), symbols.value(i)), i};
            }
        }
        long[][] sorted = Arrays.copyOf(entries, n);
        Arrays.sort(sorted, (a, b) -> Long.compareUnsigned(a[0], b[0]));
        long[] keys = new long[n];
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = sorted[i][0];
            index[i] = (int) sorted[i][1];
        }
        return new FunctionIndex(symbols, linked, keys, index);
    }

    /** The function whose [value, value+size) holds the place, if any. */
    public Optional<String> enclosing(int section, long place) {
        return at(section, place).map(FunctionPlace::function);
    }

    /** The function whose [value, value+size) holds the place, with the place's offset in it, if any. */
    public Optional<FunctionPlace> at(int section, long place) {
        long key = key(linked, section, place);
        int lo = 0;
        int hi = keys.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (Long.compareUnsigned(keys[mid], key) <= 0) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found < 0) {
            return Optional.empty();
        }
        int symbol = symbolIndex[found];
        long start = symbols.value(symbol);
        boolean sameSection = linked || symbols.sectionIndex(symbol) == section;
        long size = Math.max(1, symbols.size(symbol));
        return sameSection && Long.compareUnsigned(place - start, size) < 0
            ? Optional.of(new FunctionPlace(symbols.name(symbol), place - start)) : Optional.empty();
    }

    private static long key(boolean linked, int section, long value) {
        return linked ? value : ((long) section << 40) | (value & 0xff_ffff_ffffL);
    }
}
