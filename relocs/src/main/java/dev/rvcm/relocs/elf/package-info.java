/**
 * The immutable ELF64 model ({@link dev.rvcm.relocs.elf.ElfFile}: header, sections, segments,
 * symbol and relocation tables as views over the mapped file, groups, dynamic entries, RISC-V
 * attributes) and {@link dev.rvcm.relocs.elf.ElfReader}, which checks every offset, size, count,
 * link and index while reading so that malformed input fails with one
 * {@link dev.rvcm.relocs.ElfFormatException}.
 */
package dev.rvcm.relocs.elf;
