package dev.rvcm.relocs.elf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Optional;

/**
 * One ELF64 little-endian RISC-V file, read and checked: header, sections, segments, symbol and
 * relocation tables, groups, dynamic entries and RISC-V attributes. Immutable; the bulk tables are
 * views over the mapped file, which may be larger than 2 GiB. Open one with {@link ElfReader#read}.
 *
 * @param source the file name (with the archive member in parentheses) used in messages
 * @param file the whole file
 * @param header the file header
 * @param sections every section header, by index
 * @param segments every program header
 * @param symbolTable {@code .symtab}, if present
 * @param dynamicSymbolTable {@code .dynsym}, if present
 * @param relocationTables every SHT_RELA and SHT_REL section, in section order
 * @param groups every SHT_GROUP section
 * @param dynamicEntries the entries of the dynamic section up to DT_NULL
 * @param attributes {@code .riscv.attributes}, if present
 */
public record ElfFile(String source, FileImage file, ElfHeader header, List<Section> sections,
                      List<Segment> segments, Optional<SymbolTable> symbolTable,
                      Optional<SymbolTable> dynamicSymbolTable, List<RelocationTable> relocationTables,
                      List<SectionGroup> groups, List<DynamicEntry> dynamicEntries,
                      Optional<RiscvAttributes> attributes) {

    public ElfFile {
        sections = List.copyOf(sections);
        segments = List.copyOf(segments);
        relocationTables = List.copyOf(relocationTables);
        groups = List.copyOf(groups);
        dynamicEntries = List.copyOf(dynamicEntries);
    }

    /** The section with this index. */
    public Section section(int index) {
        return sections.get(index);
    }

    /** The first section with this name. */
    public Optional<Section> section(String name) {
        for (Section s : sections) {
            if (s.name().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * The whole file as one little-endian, read-only buffer, for programs that are loaded whole. A
     * file of 2 GiB or more has no such buffer ({@link dev.rvcm.relocs.ElfFormatException}); read
     * its sections with {@link #contents}.
     */
    public ByteBuffer image() {
        return file.region(0, file.size(), "the whole file");
    }

    /** A section's bytes (empty for SHT_NOBITS and SHT_NULL, whose offset and size mean nothing), little-endian, read-only. */
    public ByteBuffer contents(Section section) {
        if (section.noBits() || section.type() == SectionTypes.SHT_NULL) {
            return ByteBuffer.allocate(0).order(ByteOrder.LITTLE_ENDIAN);
        }
        return file.region(section.offset(), section.size(), "section " + section.name());
    }

    /** The total number of relocation entries over all relocation sections. */
    public long relocationCount() {
        long n = 0;
        for (RelocationTable t : relocationTables) {
            n += t.count();
        }
        return n;
    }
}
