package dev.rvcm.relocs.ar;

import java.util.List;

/**
 * A static library: its regular members in archive order (the symbol index and the long-name table
 * are consumed while reading and not listed).
 *
 * @param members the members
 */
public record Archive(List<ArchiveMember> members) {
    public Archive {
        members = List.copyOf(members);
    }
}
