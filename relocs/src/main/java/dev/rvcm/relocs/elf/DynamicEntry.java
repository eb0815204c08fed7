package dev.rvcm.relocs.elf;

/**
 * One entry of the dynamic section (Elf64_Dyn).
 *
 * @param tag d_tag (DT_NEEDED 1, DT_RELA 7, DT_RELASZ 8, DT_TEXTREL 22, DT_FLAGS 30, DT_RELR 36 …)
 * @param value d_val or d_ptr
 */
public record DynamicEntry(long tag, long value) {
    public static final long DT_NULL = 0;
    public static final long DT_NEEDED = 1;
    public static final long DT_RELA = 7;
    public static final long DT_RELASZ = 8;
    public static final long DT_SONAME = 14;
    public static final long DT_TEXTREL = 22;
    public static final long DT_FLAGS = 30;
    public static final long DT_RELRSZ = 35;
    public static final long DT_RELR = 36;
    public static final long DT_FLAGS_1 = 0x6ffffffbL;
}
