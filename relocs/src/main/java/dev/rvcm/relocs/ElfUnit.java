package dev.rvcm.relocs;

import dev.rvcm.relocs.elf.ElfFile;
import java.util.Optional;

/**
 * One ELF file as the user named it: a file on its own, or one member of an archive.
 *
 * @param path the path as given
 * @param member the archive member's name, empty for a plain ELF file
 * @param elf the file read
 */
public record ElfUnit(String path, Optional<String> member, ElfFile elf) {
}
