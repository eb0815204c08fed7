package dev.rvcm.relocs.elf;

/**
 * One program header (Elf64_Phdr).
 *
 * @param type p_type (PT_LOAD 1, PT_DYNAMIC 2, PT_INTERP 3, PT_NOTE 4, PT_PHDR 6, PT_TLS 7, PT_GNU_RELRO …)
 * @param flags p_flags (PF_X 1, PF_W 2, PF_R 4)
 * @param offset p_offset
 * @param virtualAddress p_vaddr
 * @param physicalAddress p_paddr
 * @param fileSize p_filesz
 * @param memorySize p_memsz
 * @param alignment p_align
 */
public record Segment(int type, int flags, long offset, long virtualAddress, long physicalAddress,
                     long fileSize, long memorySize, long alignment) {
    /** PT_LOAD. */
    public static final int PT_LOAD = 1;
    /** PT_DYNAMIC. */
    public static final int PT_DYNAMIC = 2;
    /** PT_INTERP. */
    public static final int PT_INTERP = 3;
    /** PT_TLS. */
    public static final int PT_TLS = 7;
}
