package dev.rvcm.relocs.elf;

import dev.rvcm.relocs.ElfFormatException;
import dev.rvcm.relocs.riscv.RelocationType;
import dev.rvcm.relocs.riscv.RiscvRelocation;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.OptionalInt;
import org.eclipse.collections.api.map.primitive.MutableLongIntMap;
import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;

/**
 * A relocation section (SHT_RELA or SHT_REL) read in place: entries are Elf64_Rela (or Elf64_Rel)
 * records of the mapped file (a view of the section from {@link FileImage#region}), accessed by index. Symbol indices were checked against the linked
 * symbol table when the table was opened.
 */
public final class RelocationTable {
    /** Elf64_Rela size. */
    public static final int RELA_SIZE = 24;
    /** Elf64_Rel size. */
    public static final int REL_SIZE = 16;

    private final ByteBuffer bytes;
    private final Section section;
    private final SymbolTable symbols;
    private final int entrySize;
    private final int count;
    private MutableLongIntMap highPartsByOffset;

    RelocationTable(String source, FileImage image, Section section, SymbolTable symbols) {
        this.section = section;
        this.symbols = symbols;
        boolean rela = section.type() == SectionTypes.SHT_RELA;
        this.entrySize = rela ? RELA_SIZE : REL_SIZE;
        if (section.entrySize() != entrySize) {
            throw new ElfFormatException(source, section.offset(), "relocation section " + section.name()
                + " has entry size " + section.entrySize() + ", expected " + entrySize);
        }
        this.bytes = image.region(section.offset(), section.size(), "relocation section " + section.name());
        this.count = (int) (section.size() / entrySize);
        int symbolCount = symbols == null ? 1 : symbols.count();
        for (int i = 0; i < count; i++) {
            long symbol = Integer.toUnsignedLong(bytes.getInt(i * entrySize + 12));
            if (symbol >= symbolCount) {
                throw new ElfFormatException(source, section.offset() + (long) i * entrySize, "relocation " + i + " of "
                    + section.name() + " refers to symbol " + symbol + " but "
                    + (symbols == null ? "the section has no symbol table" : symbols.section().name() + " has " + symbolCount));
            }
        }
    }

    /** The relocation section itself. */
    public Section section() {
        return section;
    }

    /** The section these relocations patch (sh_info), or 0 for dynamic relocations. */
    public int targetSectionIndex() {
        return section.info();
    }

    /** True for SHT_RELA (explicit addends). */
    public boolean hasAddends() {
        return entrySize == RELA_SIZE;
    }

    /** The symbol table the entries refer to, if the section links one. */
    public Optional<SymbolTable> symbols() {
        return Optional.ofNullable(symbols);
    }

    /** The number of entries. */
    public int count() {
        return count;
    }

    /** r_offset: a section offset in ET_REL, a virtual address in linked files. */
    public long offset(int index) {
        return bytes.getLong(index * entrySize);
    }

    /** r_info's type part (ELF64_R_TYPE). */
    public int typeNumber(int index) {
        return bytes.getInt(index * entrySize + 8);
    }

    /** The catalogued type, or {@link RelocationType.Unknown} for a number the catalogue lacks. */
    public RelocationType type(int index) {
        return RelocationType.of(typeNumber(index));
    }

    /** r_info's symbol part (ELF64_R_SYM); 0 means no symbol. */
    public int symbolIndex(int index) {
        return bytes.getInt(index * entrySize + 12);
    }

    /** r_addend, 0 for SHT_REL. */
    public long addend(int index) {
        return entrySize == RELA_SIZE ? bytes.getLong(index * entrySize + 16) : 0;
    }

    /** The name readelf shows for the entry's symbol ("" for none). */
    public String symbolName(int index) {
        int symbol = symbolIndex(index);
        return symbol == 0 || symbols == null ? "" : symbols.displayName(symbol);
    }

    /**
     * For a low part that names its auipc by label (PCREL_LO12_I/S, TLSDESC_*_LO12, TLSDESC_CALL):
     * the index of the HI20 entry at that label's address, in this table. Empty for other types,
     * or when no HI20 sits at the label.
     */
    public OptionalInt pairedHigh(int index) {
        RelocationType type = type(index);
        if (!(type instanceof RelocationType.Known(RiscvRelocation r)) || !r.pcrelLow() || symbols == null) {
            return OptionalInt.empty();
        }
        long label = symbols.value(symbolIndex(index));
        int high = highParts().getIfAbsent(label, -1);
        return high < 0 ? OptionalInt.empty() : OptionalInt.of(high);
    }

    private synchronized MutableLongIntMap highParts() {
        if (highPartsByOffset == null) {
            highPartsByOffset = new LongIntHashMap();
            for (int i = 0; i < count; i++) {
                if (RelocationType.of(typeNumber(i)) instanceof RelocationType.Known(RiscvRelocation r) && r.pcrelHigh()) {
                    highPartsByOffset.put(offset(i), i);
                }
            }
        }
        return highPartsByOffset;
    }
}
