package dev.rvcm.relocs.elf;

/** e_type, the kind of ELF file. */
public enum ObjectFileType {
    /** ET_NONE (0). */
    NONE(0),
    /** ET_REL (1): a relocatable object, e.g. {@code foo.o}, {@code vmlinux.o}. */
    REL(1),
    /** ET_EXEC (2): an executable at a fixed address, e.g. {@code vmlinux}. */
    EXEC(2),
    /** ET_DYN (3): a shared object or a position-independent executable. */
    DYN(3),
    /** ET_CORE (4): a core dump. */
    CORE(4),
    /** Any other value; the raw number stays in {@link ElfHeader#rawType()}. */
    UNKNOWN(-1);

    private final int value;

    ObjectFileType(int value) {
        this.value = value;
    }

    static ObjectFileType of(int value) {
        for (ObjectFileType t : values()) {
            if (t.value == value) {
                return t;
            }
        }
        return UNKNOWN;
    }
}
