package dev.rvcm.relocs.write;

import dev.rvcm.relocs.elf.SymbolTable;

/**
 * A symbol of an object being written.
 *
 * @param name the name ("" for none)
 * @param info st_info (binding and type)
 * @param other st_other (visibility)
 * @param section the section index, or SHN_UNDEF/SHN_ABS/SHN_COMMON
 * @param extendedIndex true when {@code section} is a real index kept in SHT_SYMTAB_SHNDX (st_shndx is SHN_XINDEX)
 * @param value st_value
 * @param size st_size
 */
public record OutSymbol(String name, int info, int other, int section, boolean extendedIndex, long value, long size) {
    /** True for STB_LOCAL, which ELF wants before every other binding in the table. */
    public boolean local() {
        return binding() == SymbolTable.STB_LOCAL;
    }

    /** STB_*: the binding, {@code st_info >> 4}. */
    public int binding() {
        return info >>> 4;
    }

    /** STT_*: the type, {@code st_info & 0xf}. */
    public int type() {
        return info & 0xf;
    }

    /** STV_*: the visibility, {@code st_other & 3}. */
    public int visibility() {
        return other & 3;
    }

    /** True for STB_WEAK. */
    public boolean weak() {
        return binding() == SymbolTable.STB_WEAK;
    }

    /** True for SHN_UNDEF: defined by another object, or (weak) possibly by none. */
    public boolean undefined() {
        return section == SymbolTable.SHN_UNDEF && !extendedIndex;
    }

    /** True for SHN_ABS: a fixed address that does not move with the image. */
    public boolean absolute() {
        return section == SymbolTable.SHN_ABS && !extendedIndex;
    }

    /** True for STT_SECTION, the symbol standing for its section's start. */
    public boolean sectionSymbol() {
        return type() == SymbolTable.STT_SECTION;
    }

    /**
     * True when another module could provide the definition a reference to this symbol reaches
     * (ELF preemption): global or weak with default visibility, defined here or not. An undefined
     * symbol declared hidden is not: the definition must come from the same module.
     */
    public boolean preemptible() {
        return !local() && visibility() == SymbolTable.STV_DEFAULT;
    }
}
