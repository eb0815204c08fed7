package dev.rvcm.relocs.elf;

import dev.rvcm.relocs.ElfFormatException;
import dev.rvcm.relocs.kaitai.Elf64Riscv;
import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an {@link ElfFile} from a file image. The header tables are parsed with the Kaitai types of
 * {@code elf64_riscv.ksy}; every offset, size, count, link and index is checked before use, so
 * that a malformed file fails here with one {@link ElfFormatException} and never later.
 */
public final class ElfReader {
    private static final int ELFCLASS64 = 2;
    private static final int ELFDATA2LSB = 1;
    private static final int EHDR_SIZE = 64;
    private static final int PHDR_SIZE = 56;
    private static final int SHDR_SIZE = 64;

    private final String source;
    private final FileImage image;

    private ElfReader(String source, FileImage image) {
        this.source = source;
        this.image = image;
    }

    /** Reads and checks a whole ELF file held in a buffer (from 0 to its limit); {@code source} names it in messages. */
    public static ElfFile read(String source, ByteBuffer image) {
        return read(source, FileImage.of(source, image));
    }

    /** Reads and checks a whole ELF file, of any size; {@code source} names it in messages. */
    public static ElfFile read(String source, FileImage image) {
        return new ElfReader(source, image).read();
    }

    private ElfFile read() {
        ElfHeader header = readHeader();
        List<Section> sections = readSections(header);
        List<Segment> segments = readSegments(header);
        SectionLinks links = new SectionLinks(source, image, sections);
        Optional<SymbolTable> symtab = links.symbolTable(SectionTypes.SHT_SYMTAB);
        Optional<SymbolTable> dynsym = links.symbolTable(SectionTypes.SHT_DYNSYM);
        return new ElfFile(source, image, header, sections, segments, symtab, dynsym,
            links.relocationTables(), links.groups(), links.dynamicEntries(),
            new AttributesReader(source, image).read(sections));
    }

    /** A Kaitai stream over the region [offset, offset+length), whose bounds were checked. */
    private KaitaiStream streamOver(long offset, long length, String what) {
        return new ByteBufferKaitaiStream(image.region(offset, length, what));
    }

    private ElfHeader readHeader() {
        ByteBuffer head = image.region(0, Math.min(image.size(), EHDR_SIZE), "ELF header");
        if (head.limit() < 4 || head.getInt(0) != 0x464c457f) {
            throw new ElfFormatException(source, 0, "not an ELF file (no \\x7fELF magic)");
        }
        if (head.limit() < EHDR_SIZE) {
            throw new ElfFormatException(source, 0, "truncated: the ELF header needs " + EHDR_SIZE
                + " bytes, the file has " + image.size());
        }
        try {
            KaitaiStream stream = new ByteBufferKaitaiStream(head);
            Elf64Riscv.Identification ident = new Elf64Riscv.Identification(stream);
            if (ident.fileClass() != ELFCLASS64) {
                throw new ElfFormatException(source, 4, ident.fileClass() == 1
                    ? "ELF32 file: rvcm reads ELF64 (RV64) files only"
                    : "unknown ELF class " + ident.fileClass() + ", expected 2 (ELF64)");
            }
            if (ident.dataEncoding() != ELFDATA2LSB) {
                throw new ElfFormatException(source, 5, ident.dataEncoding() == 2
                    ? "big-endian ELF file: RISC-V files are little-endian"
                    : "unknown ELF data encoding " + ident.dataEncoding() + ", expected 1 (little-endian)");
            }
            Elf64Riscv.FileHeader h = new Elf64Riscv.FileHeader(stream);
            if (h.machine() != ElfHeader.EM_RISCV) {
                throw new ElfFormatException(source, 18, "machine " + h.machine() + " (" + Machines.name(h.machine())
                    + "), not RISC-V (" + ElfHeader.EM_RISCV + ")");
            }
            return resolveSectionNumbering(ident, h);
        } catch (BufferUnderflowException | KaitaiStream.KaitaiStructError e) {
            throw new ElfFormatException(source, 0, "malformed ELF header", e);
        }
    }

    private ElfHeader resolveSectionNumbering(Elf64Riscv.Identification ident, Elf64Riscv.FileHeader h) {
        long shoff = h.shoff();
        int count = h.shnum();
        int names = h.shstrndx();
        if (shoff != 0) {
            if (count > 0 && h.shentsize() != SHDR_SIZE) {
                throw new ElfFormatException(source, 58, "section header size " + h.shentsize() + ", expected " + SHDR_SIZE);
            }
            Bytes.checkRange(source, image, shoff, SHDR_SIZE, "section header 0");
            Elf64Riscv.SectionHeader first = new Elf64Riscv.SectionHeader(streamOver(shoff, SHDR_SIZE, "section header 0"));
            if (count == 0) {
                count = Bytes.toIndex(source, shoff, first.size(), "extended section count");
            }
            if (names == SymbolTable.SHN_XINDEX) {
                names = (int) first.link();
            }
        } else {
            count = 0;
        }
        Bytes.checkRange(source, image, shoff, (long) count * SHDR_SIZE, "section header table of " + count + " entries");
        if (count > 0 && names >= count) {
            throw new ElfFormatException(source, 62, "section name table index " + names + " is not below the section count " + count);
        }
        if (h.phnum() > 0) {
            if (h.phentsize() != PHDR_SIZE) {
                throw new ElfFormatException(source, 54, "program header size " + h.phentsize() + ", expected " + PHDR_SIZE);
            }
            Bytes.checkRange(source, image, h.phoff(), (long) h.phnum() * PHDR_SIZE,
                "program header table of " + h.phnum() + " entries");
        }
        return new ElfHeader(h.type(), h.machine(), ident.osAbi(), (int) h.flags(), h.entry(), h.phoff(),
            h.phnum(), shoff, count, names);
    }

    private List<Section> readSections(ElfHeader header) {
        int count = header.sectionCount();
        Elf64Riscv.SectionHeader[] raw = new Elf64Riscv.SectionHeader[count];
        KaitaiStream stream = streamOver(header.sectionHeaderOffset(), (long) count * SHDR_SIZE, "section header table");
        for (int i = 0; i < count; i++) {
            raw[i] = new Elf64Riscv.SectionHeader(stream);
        }
        StringTable names = null;
        if (count > 0 && header.sectionNameTableIndex() != SymbolTable.SHN_UNDEF) {
            Elf64Riscv.SectionHeader n = raw[header.sectionNameTableIndex()];
            names = new StringTable(source, image, section(header.sectionNameTableIndex(), ".shstrtab", n));
        }
        List<Section> sections = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Elf64Riscv.SectionHeader s = raw[i];
            long at = header.sectionHeaderOffset() + (long) i * SHDR_SIZE;
            if (names != null && s.nameOffset() != 0 && !names.contains(s.nameOffset())) {
                throw new ElfFormatException(source, at, "section " + i + " has name offset " + s.nameOffset()
                    + " past the end of the section name table");
            }
            String name = names == null ? "" : names.string(s.nameOffset());
            Section section = section(i, name, s);
            if (!section.noBits() && section.type() != SectionTypes.SHT_NULL) {
                Bytes.checkRange(source, image, section.offset(), section.size(), "section " + i + " (" + name + ")");
            }
            sections.add(section);
        }
        return sections;
    }

    private Section section(int index, String name, Elf64Riscv.SectionHeader s) {
        return new Section(index, name, (int) s.type(), s.flags(), s.addr(), s.offset(), s.size(), (int) s.link(),
            (int) s.info(), s.addralign(), s.entsize());
    }

    private List<Segment> readSegments(ElfHeader header) {
        List<Segment> segments = new ArrayList<>(header.programHeaderCount());
        KaitaiStream stream = header.programHeaderCount() == 0 ? null
            : streamOver(header.programHeaderOffset(), (long) header.programHeaderCount() * PHDR_SIZE, "program header table");
        for (int i = 0; i < header.programHeaderCount(); i++) {
            Elf64Riscv.ProgramHeader p = new Elf64Riscv.ProgramHeader(stream);
            segments.add(new Segment((int) p.type(), (int) p.flags(), p.offset(), p.vaddr(), p.paddr(), p.filesz(),
                p.memsz(), p.align()));
        }
        return segments;
    }
}
