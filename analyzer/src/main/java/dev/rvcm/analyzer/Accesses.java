package dev.rvcm.analyzer;

import dev.rvcm.relocs.elf.RelocationTable;
import java.util.List;
import org.eclipse.collections.impl.list.mutable.primitive.ByteArrayList;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;

/**
 * Every access found in one ELF file, column by column (no object per access): where it is (the
 * relocation that marks it, its section and place), what it reaches (symbol, addend, resolved
 * target) and how ({@link AccessKind}). Index {@code i} runs from 0 to {@link #count()}.
 */
public final class Accesses {
    private static final AccessKind[] KINDS = AccessKind.values();

    private final List<RelocationTable> tables;
    private final byte[] kind;
    private final int[] table;
    private final int[] entry;
    private final long[] target;
    private final byte[] flags;

    /** Flag: the target symbol is defined in this file (not SHN_UNDEF). */
    public static final int DEFINED = 1;
    /** Flag: the target symbol is weak. */
    public static final int WEAK = 2;
    /** Flag: the target is an absolute symbol (SHN_ABS). */
    public static final int ABSOLUTE_SYMBOL = 4;
    /** Flag: the target address is known (a linked file, or a constant). */
    public static final int RESOLVED = 8;

    private Accesses(List<RelocationTable> tables, byte[] kind, int[] table, int[] entry, long[] target, byte[] flags) {
        this.tables = tables;
        this.kind = kind;
        this.table = table;
        this.entry = entry;
        this.target = target;
        this.flags = flags;
    }

    /** The number of accesses. */
    public int count() {
        return kind.length;
    }

    public AccessKind kind(int i) {
        return KINDS[kind[i]];
    }

    /** The relocation table holding the relocation that marks access {@code i}. */
    public RelocationTable table(int i) {
        return tables.get(table[i]);
    }

    /** That relocation's index in {@link #table(int)}. */
    public int entry(int i) {
        return entry[i];
    }

    /** r_offset of the marking relocation: a section offset in objects, an address in linked files. */
    public long place(int i) {
        return table(i).offset(entry[i]);
    }

    /** The relocation type number. */
    public int relocationType(int i) {
        return table(i).typeNumber(entry[i]);
    }

    /** The target's address, S + A (meaningful when {@link #RESOLVED} is set). */
    public long target(int i) {
        return target[i];
    }

    /** The {@link #DEFINED}, {@link #WEAK}, {@link #ABSOLUTE_SYMBOL}, {@link #RESOLVED} bits. */
    public int flags(int i) {
        return flags[i];
    }

    /** Counts per kind, indexed by ordinal. */
    public long[] countsByKind() {
        long[] counts = new long[KINDS.length];
        for (byte k : kind) {
            counts[k]++;
        }
        return counts;
    }

    /** Accumulates accesses while a file is scanned. */
    static final class Builder {
        private final List<RelocationTable> tables;
        private final ByteArrayList kind = new ByteArrayList();
        private final IntArrayList table = new IntArrayList();
        private final IntArrayList entry = new IntArrayList();
        private final LongArrayList target = new LongArrayList();
        private final ByteArrayList flags = new ByteArrayList();

        Builder(List<RelocationTable> tables) {
            this.tables = tables;
        }

        void add(int kindOrdinal, int tableIndex, int entryIndex, long targetAddress, int flagBits) {
            kind.add((byte) kindOrdinal);
            table.add(tableIndex);
            entry.add(entryIndex);
            target.add(targetAddress);
            flags.add((byte) flagBits);
        }

        Accesses build() {
            return new Accesses(tables, kind.toArray(), table.toArray(), entry.toArray(), target.toArray(), flags.toArray());
        }
    }
}
