package dev.rvcm.relocs.elf;

/**
 * One symbol, copied out of a {@link SymbolTable}.
 *
 * @param index the index in its table
 * @param name the name ("" when none)
 * @param value st_value
 * @param size st_size
 * @param binding STB_*
 * @param type STT_*
 * @param visibility STV_*
 * @param sectionIndex the section index (SHN_XINDEX resolved), or SHN_UNDEF/SHN_ABS/SHN_COMMON
 */
public record Symbol(int index, String name, long value, long size, int binding, int type, int visibility,
                     int sectionIndex) {
}
