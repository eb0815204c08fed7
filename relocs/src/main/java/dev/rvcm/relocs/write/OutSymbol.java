package dev.rvcm.relocs.write;

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
        return (info >>> 4) == 0;
    }
}
