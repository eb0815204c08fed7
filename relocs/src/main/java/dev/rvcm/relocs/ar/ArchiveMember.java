package dev.rvcm.relocs.ar;

import dev.rvcm.relocs.elf.FileImage;

/**
 * One regular member of an archive.
 *
 * @param name the member's file name, long names resolved
 * @param headerOffset where its 60-byte header starts in the archive
 * @param body the member's bytes, a read-only slice of the archive named {@code archive(member)}
 */
public record ArchiveMember(String name, long headerOffset, FileImage body) {
}
