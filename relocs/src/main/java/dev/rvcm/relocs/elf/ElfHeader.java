package dev.rvcm.relocs.elf;

/**
 * The ELF file header, with extended section numbering already resolved: {@link #sectionCount()}
 * and {@link #sectionNameTableIndex()} hold the real values even when e_shnum is 0 or e_shstrndx
 * is SHN_XINDEX.
 *
 * @param rawType e_type as stored
 * @param machine e_machine (243 for RISC-V)
 * @param osAbi EI_OSABI
 * @param flags e_flags (EF_RISCV_*)
 * @param entry e_entry
 * @param programHeaderOffset e_phoff
 * @param programHeaderCount e_phnum
 * @param sectionHeaderOffset e_shoff
 * @param sectionCount the number of section headers
 * @param sectionNameTableIndex the index of the section name string table
 */
public record ElfHeader(int rawType, int machine, int osAbi, int flags, long entry,
                        long programHeaderOffset, int programHeaderCount,
                        long sectionHeaderOffset, int sectionCount, int sectionNameTableIndex) {

    /** EM_RISCV. */
    public static final int EM_RISCV = 243;
    /** EF_RISCV_RVC: the file uses compressed instructions. */
    public static final int EF_RISCV_RVC = 0x1;
    /** EF_RISCV_FLOAT_ABI mask: 0 soft, 2 single, 4 double, 6 quad. */
    public static final int EF_RISCV_FLOAT_ABI = 0x6;
    /** EF_RISCV_RVE: the RV32E/RV64E base ISA. */
    public static final int EF_RISCV_RVE = 0x8;
    /** EF_RISCV_TSO: the RVTSO memory model. */
    public static final int EF_RISCV_TSO = 0x10;

    /** The kind of file. */
    public ObjectFileType type() {
        return ObjectFileType.of(rawType);
    }
}
