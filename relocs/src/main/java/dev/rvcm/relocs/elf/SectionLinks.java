package dev.rvcm.relocs.elf;

import dev.rvcm.relocs.ElfFormatException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.collections.api.list.primitive.MutableIntList;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

/**
 * Follows sh_link and sh_info between sections: symbol tables to their string tables, relocation
 * sections and groups to their symbol tables, versions to {@code .dynsym}. Each link is checked
 * (in range, not to itself, to a section of the right type) before the linked table is opened.
 */
final class SectionLinks {
    private final String source;
    private final FileImage image;
    private final List<Section> sections;
    private final Map<Integer, SymbolTable> symbolTables = new HashMap<>();

    SectionLinks(String source, FileImage image, List<Section> sections) {
        this.source = source;
        this.image = image;
        this.sections = sections;
    }

    Optional<SymbolTable> symbolTable(int type) {
        for (Section s : sections) {
            if (s.type() == type) {
                return Optional.of(symbolTableAt(s.index()));
            }
        }
        return Optional.empty();
    }

    List<RelocationTable> relocationTables() {
        List<RelocationTable> tables = new ArrayList<>();
        for (Section s : sections) {
            if (s.type() == SectionTypes.SHT_RELA || s.type() == SectionTypes.SHT_REL) {
                SymbolTable symbols = s.link() == 0 ? null : symbolTableAt(linked(s, "symbol table").index());
                if (Integer.toUnsignedLong(s.info()) >= sections.size()) { // sh_info is unsigned; 0 for dynamic relocations
                    throw new ElfFormatException(source, s.offset(), "relocation section " + s.name()
                        + " applies to section " + Integer.toUnsignedString(s.info()) + " of " + sections.size());
                }
                tables.add(new RelocationTable(source, image, s, symbols));
            }
        }
        return tables;
    }

    List<SectionGroup> groups() {
        List<SectionGroup> groups = new ArrayList<>();
        for (Section s : sections) {
            if (s.type() != SectionTypes.SHT_GROUP) {
                continue;
            }
            SymbolTable symbols = symbolTableAt(linked(s, "symbol table").index());
            if (Integer.toUnsignedLong(s.info()) >= symbols.count()) {
                throw new ElfFormatException(source, s.offset(), "group " + s.name() + " names signature symbol "
                    + Integer.toUnsignedString(s.info()) + " of " + symbols.count());
            }
            if (s.size() < 4 || s.size() % 4 != 0) {
                throw new ElfFormatException(source, s.offset(), "group " + s.name() + " has size " + s.size()
                    + ", expected a positive multiple of 4");
            }
            ByteBuffer group = image.region(s.offset(), s.size(), "group " + s.name());
            MutableIntList members = new IntArrayList();
            for (int k = 4; k < group.limit(); k += 4) {
                int member = group.getInt(k);
                if (member <= 0 || member >= sections.size()) {
                    throw new ElfFormatException(source, s.offset() + k, "group " + s.name() + " lists section " + member);
                }
                members.add(member);
            }
            groups.add(new SectionGroup(s, symbols.name(s.info()), group.getInt(0), members.toImmutable()));
        }
        return groups;
    }

    List<DynamicEntry> dynamicEntries() {
        List<DynamicEntry> entries = new ArrayList<>();
        for (Section s : sections) {
            if (s.type() == SectionTypes.SHT_DYNAMIC) {
                ByteBuffer dynamic = image.region(s.offset(), s.size(), "dynamic section " + s.name());
                for (int k = 0; k + 16 <= dynamic.limit(); k += 16) {
                    DynamicEntry e = new DynamicEntry(dynamic.getLong(k), dynamic.getLong(k + 8));
                    if (e.tag() == DynamicEntry.DT_NULL) {
                        break;
                    }
                    entries.add(e);
                }
                break;
            }
        }
        return entries;
    }

    private SymbolTable symbolTableAt(int index) {
        SymbolTable cached = symbolTables.get(index);
        if (cached != null) {
            return cached;
        }
        Section s = sections.get(index);
        if (s.type() != SectionTypes.SHT_SYMTAB && s.type() != SectionTypes.SHT_DYNSYM) {
            throw new ElfFormatException(source, s.offset(), "section " + index + " (" + s.name()
                + ") is linked as a symbol table but has type " + SectionTypes.name(s.type()));
        }
        StringTable names = new StringTable(source, image, linked(s, "string table"));
        SymbolTable table = new SymbolTable(source, image, s, names, sections, extendedIndices(s),
            s.type() == SectionTypes.SHT_DYNSYM ? versions(s) : SymbolVersions.NONE);
        symbolTables.put(index, table);
        return table;
    }

    private int[] extendedIndices(Section symtab) {
        for (Section s : sections) {
            if (s.type() == SectionTypes.SHT_SYMTAB_SHNDX && s.link() == symtab.index()) {
                ByteBuffer table = image.region(s.offset(), s.size(), "extended section indices " + s.name());
                int[] indices = new int[table.limit() / 4];
                for (int i = 0; i < indices.length; i++) {
                    indices[i] = table.getInt(4 * i);
                }
                return indices;
            }
        }
        return new int[0];
    }

    private SymbolVersions versions(Section dynsym) {
        Section versym = null;
        Section verdef = null;
        Section verneed = null;
        for (Section s : sections) {
            switch (s.type()) {
                case SectionTypes.SHT_GNU_VERSYM -> versym = s.link() == dynsym.index() ? s : versym;
                case SectionTypes.SHT_GNU_VERDEF -> verdef = s;
                case SectionTypes.SHT_GNU_VERNEED -> verneed = s;
                default -> { }
            }
        }
        if (versym == null) {
            return SymbolVersions.NONE;
        }
        return SymbolVersions.read(source, image, versym,
            verdef, verdef == null ? null : new StringTable(source, image, linked(verdef, "string table")),
            verneed, verneed == null ? null : new StringTable(source, image, linked(verneed, "string table")));
    }

    /** The section s links to, checked: in range and not s itself. */
    private Section linked(Section s, String what) {
        int link = s.link();
        if (link == s.index()) {
            throw new ElfFormatException(source, s.offset(), "section " + s.index() + " (" + s.name() + ") links to itself");
        }
        if (link <= 0 || link >= sections.size()) {
            throw new ElfFormatException(source, s.offset(), "section " + s.index() + " (" + s.name() + ") links to "
                + Integer.toUnsignedString(link) + ", not a " + what + " (the file has " + sections.size() + " sections)");
        }
        return sections.get(link);
    }
}
