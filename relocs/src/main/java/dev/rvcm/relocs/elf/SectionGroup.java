package dev.rvcm.relocs.elf;

import org.eclipse.collections.api.list.primitive.ImmutableIntList;

/**
 * A section group (SHT_GROUP), e.g. one COMDAT function with its relocations.
 *
 * @param section the group section
 * @param signature the name of the signature symbol (sh_info in the linked symbol table)
 * @param flags the flag word (GRP_COMDAT 1)
 * @param members the indices of the member sections
 */
public record SectionGroup(Section section, String signature, int flags, ImmutableIntList members) {
    /** GRP_COMDAT. */
    public static final int GRP_COMDAT = 1;

    /** True for a COMDAT group: the linker keeps one copy among equal signatures. */
    public boolean comdat() {
        return (flags & GRP_COMDAT) != 0;
    }
}
