package dev.rvcm.analyzer;

import dev.rvcm.relocs.elf.SymbolTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.collections.impl.list.mutable.primitive.ByteArrayList;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;

/**
 * Every access found in one ELF file, column by column (no object per access): where it is
 * (section and place), what it reaches (symbol, addend, resolved target), how
 * ({@link AccessKind}) and the relocation that marks it, if it was found from relocations.
 * Index {@code i} runs from 0 to {@link #count()}.
 */
public final class Accesses {
    /** {@link #relocationType(int)} of an access found from instructions alone. */
    public static final int NO_RELOCATION = -1;
    /** Flag: the target symbol is defined in this file (not SHN_UNDEF). */
    public static final int DEFINED = 1;
    /** Flag: the target symbol is weak. */
    public static final int WEAK = 2;
    /** Flag: the target is an absolute symbol (SHN_ABS). */
    public static final int ABSOLUTE_SYMBOL = 4;
    /** Flag: the target address is known (a linked file, or a constant). */
    public static final int RESOLVED = 8;
    /**
     * Flag: in a relocatable object, the HI20 or PCREL_HI20 of the pair carries R_RISCV_RELAX, so
     * GNU ld may turn the pair into a gp-relative access (or an x0-based one near 0) at link time.
     */
    public static final int RELAXABLE = 16;

    private static final AccessKind[] KINDS = AccessKind.values();

    private final List<SymbolTable> symbolTables;
    private final byte[] kind;
    private final int[] section;
    private final long[] place;
    private final long[] target;
    private final byte[] flags;
    private final int[] relocation;
    private final byte[] symbolTable;
    private final int[] symbol;
    private final long[] addend;

    private Accesses(Builder b) {
        this.symbolTables = List.copyOf(b.symbolTables);
        this.kind = b.kind.toArray();
        this.section = b.section.toArray();
        this.place = b.place.toArray();
        this.target = b.target.toArray();
        this.flags = b.flags.toArray();
        this.relocation = b.relocation.toArray();
        this.symbolTable = b.symbolTable.toArray();
        this.symbol = b.symbol.toArray();
        this.addend = b.addend.toArray();
    }

    /** The number of accesses. */
    public int count() {
        return kind.length;
    }

    public AccessKind kind(int i) {
        return KINDS[kind[i]];
    }

    /** The index of the section holding the access (0 when unknown). */
    public int section(int i) {
        return section[i];
    }

    /** The place: a section offset in objects, an address in linked files (the auipc/lui of a pair). */
    public long place(int i) {
        return place[i];
    }

    /** The target's address, S + A (meaningful when {@link #RESOLVED} is set). */
    public long target(int i) {
        return target[i];
    }

    /** The {@link #DEFINED}, {@link #WEAK}, {@link #ABSOLUTE_SYMBOL}, {@link #RESOLVED}, {@link #RELAXABLE} bits. */
    public int flags(int i) {
        return flags[i];
    }

    /**
     * True when access {@code i} reaches an undefined weak symbol. A static link that finds no
     * definition resolves it to 0 (binutils writes {@code li rd,0} for a lui pair), an address
     * that does not move with the image.
     */
    public boolean reachesUndefinedWeak(int i) {
        return symbol[i] != 0 && (flags[i] & (DEFINED | WEAK)) == WEAK;
    }

    /**
     * True when access {@code i} is lui-absolute code whose target cannot move with the image: an
     * SHN_ABS constant, or, in a linked file, an undefined weak symbol the link resolved to 0. Such
     * accesses block nothing. (In an object an undefined weak symbol may still be defined by the
     * link, as the kernel's {@code kallsyms_*} are.)
     */
    public boolean absoluteToFixedAddress(int i) {
        return kind[i] == AccessKind.ABSOLUTE.ordinal()
            && ((flags[i] & ABSOLUTE_SYMBOL) != 0 || reachesUndefinedWeak(i) && (flags[i] & RESOLVED) != 0);
    }

    /** The type of the relocation marking the access, or {@link #NO_RELOCATION}. */
    public int relocationType(int i) {
        return relocation[i];
    }

    /** The symbol table holding the target symbol, if any. */
    public Optional<SymbolTable> symbolTable(int i) {
        return symbolTable[i] < 0 ? Optional.empty() : Optional.of(symbolTables.get(symbolTable[i]));
    }

    /** The target symbol's index in {@link #symbolTable(int)}, 0 for none. */
    public int symbolIndex(int i) {
        return symbol[i];
    }

    /** The target symbol as readelf shows it, "" for none. */
    public String symbolName(int i) {
        return symbolTable[i] < 0 || symbol[i] == 0 ? "" : symbolTables.get(symbolTable[i]).displayName(symbol[i]);
    }

    /** The addend: target minus symbol value. */
    public long addend(int i) {
        return addend[i];
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
        private final List<SymbolTable> symbolTables = new ArrayList<>();
        private final ByteArrayList kind = new ByteArrayList();
        private final IntArrayList section = new IntArrayList();
        private final LongArrayList place = new LongArrayList();
        private final LongArrayList target = new LongArrayList();
        private final ByteArrayList flags = new ByteArrayList();
        private final IntArrayList relocation = new IntArrayList();
        private final ByteArrayList symbolTable = new ByteArrayList();
        private final IntArrayList symbol = new IntArrayList();
        private final LongArrayList addend = new LongArrayList();

        void add(AccessKind accessKind, int sectionIndex, long at, long targetAddress, int flagBits, int relocationType,
                 SymbolTable symbols, int symbolIndex, long symbolAddend) {
            kind.add((byte) accessKind.ordinal());
            section.add(sectionIndex);
            place.add(at);
            target.add(targetAddress);
            flags.add((byte) flagBits);
            relocation.add(relocationType);
            symbolTable.add(symbols == null ? -1 : tableId(symbols));
            symbol.add(symbolIndex);
            addend.add(symbolAddend);
        }

        private byte tableId(SymbolTable symbols) {
            int id = symbolTables.indexOf(symbols);
            if (id < 0) {
                symbolTables.add(symbols);
                id = symbolTables.size() - 1;
            }
            return (byte) id;
        }

        Accesses build() {
            return new Accesses(this);
        }
    }
}
