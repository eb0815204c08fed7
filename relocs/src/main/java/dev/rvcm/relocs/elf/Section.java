package dev.rvcm.relocs.elf;

/**
 * One section header (Elf64_Shdr) with its resolved name.
 *
 * @param index the section's index in the section header table
 * @param name the name from the section name string table
 * @param type sh_type (see {@link SectionTypes})
 * @param flags sh_flags
 * @param address sh_addr
 * @param offset sh_offset
 * @param size sh_size
 * @param link sh_link
 * @param info sh_info
 * @param addressAlignment sh_addralign
 * @param entrySize sh_entsize
 */
public record Section(int index, String name, int type, long flags, long address, long offset, long size,
                      int link, int info, long addressAlignment, long entrySize) {

    /** SHF_WRITE. */
    public static final long SHF_WRITE = 0x1;
    /** SHF_ALLOC. */
    public static final long SHF_ALLOC = 0x2;
    /** SHF_EXECINSTR. */
    public static final long SHF_EXECINSTR = 0x4;
    /** SHF_INFO_LINK: sh_info holds a section index. */
    public static final long SHF_INFO_LINK = 0x40;
    /** SHF_GROUP: the section is a member of a section group. */
    public static final long SHF_GROUP = 0x200;
    /** SHF_TLS. */
    public static final long SHF_TLS = 0x400;

    /** True when the section occupies no bytes in the file (SHT_NOBITS, e.g. .bss). */
    public boolean noBits() {
        return type == SectionTypes.SHT_NOBITS;
    }

    /** True when the section holds instructions. */
    public boolean executable() {
        return (flags & SHF_EXECINSTR) != 0;
    }

    /** True when the section is loaded into memory. */
    public boolean allocated() {
        return (flags & SHF_ALLOC) != 0;
    }
}
