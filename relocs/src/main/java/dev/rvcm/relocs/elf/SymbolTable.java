package dev.rvcm.relocs.elf;

import dev.rvcm.relocs.ElfFormatException;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * A symbol table (SHT_SYMTAB or SHT_DYNSYM) read in place: entries are Elf64_Sym records of the
 * mapped file (a view of the section from {@link FileImage#region}), accessed by index without one object per symbol. Every name offset and section
 * index was checked when the table was opened; names are decoded once, on first use.
 */
public final class SymbolTable {
    /** Elf64_Sym size. */
    public static final int ENTRY_SIZE = 24;

    public static final int STB_LOCAL = 0;
    public static final int STB_GLOBAL = 1;
    public static final int STB_WEAK = 2;
    public static final int STT_NOTYPE = 0;
    public static final int STT_OBJECT = 1;
    public static final int STT_FUNC = 2;
    public static final int STT_SECTION = 3;
    public static final int STT_FILE = 4;
    public static final int STT_COMMON = 5;
    public static final int STT_TLS = 6;
    public static final int STT_GNU_IFUNC = 10;
    public static final int STV_DEFAULT = 0;
    public static final int STV_INTERNAL = 1;
    public static final int STV_HIDDEN = 2;
    public static final int STV_PROTECTED = 3;
    public static final int SHN_UNDEF = 0;
    public static final int SHN_LORESERVE = 0xff00;
    public static final int SHN_ABS = 0xfff1;
    public static final int SHN_COMMON = 0xfff2;
    public static final int SHN_XINDEX = 0xffff;

    private final ByteBuffer bytes;
    private final Section section;
    private final StringTable names;
    private final List<Section> sections;
    private final int[] extendedIndices;
    private final SymbolVersions versions;
    private final int count;
    private final String[] nameCache;
    private final String[] displayNameCache;

    SymbolTable(String source, FileImage image, Section section, StringTable names, List<Section> sections,
                int[] extendedIndices, SymbolVersions versions) {
        this.section = section;
        this.names = names;
        this.sections = sections;
        this.extendedIndices = extendedIndices;
        this.versions = versions;
        if (section.entrySize() != ENTRY_SIZE) {
            throw new ElfFormatException(source, section.offset(), "symbol table " + section.name()
                + " has entry size " + section.entrySize() + ", expected " + ENTRY_SIZE);
        }
        this.bytes = image.region(section.offset(), section.size(), "symbol table " + section.name());
        this.count = (int) (section.size() / ENTRY_SIZE);
        this.nameCache = new String[count];
        this.displayNameCache = new String[count];
        for (int i = 0; i < count; i++) {
            int at = i * ENTRY_SIZE;
            long nameOffset = Bytes.u32(bytes, at);
            if (nameOffset != 0 && !names.contains(nameOffset)) {
                throw new ElfFormatException(source, section.offset() + at, "symbol " + i + " of " + section.name()
                    + " has name offset " + nameOffset + " past the end of " + names.section().name());
            }
            int shndx = sectionIndex(i);
            if (shndx >= sections.size() && shndx < SHN_LORESERVE) {
                throw new ElfFormatException(source, section.offset() + at, "symbol " + i + " of " + section.name()
                    + " refers to section " + shndx + " of " + sections.size());
            }
        }
    }

    /** The symbol table section. */
    public Section section() {
        return section;
    }

    /** The number of entries, including the null symbol at index 0. */
    public int count() {
        return count;
    }

    /** The symbol's name, "" when it has none. */
    public String name(int index) {
        String name = nameCache[index];
        if (name == null) {
            long offset = Bytes.u32(bytes, at(index));
            name = offset == 0 ? "" : names.string(offset);
            nameCache[index] = name;
        }
        return name;
    }

    /** True when st_name is 0. */
    public boolean unnamed(int index) {
        return bytes.getInt(at(index)) == 0;
    }

    /** st_value. */
    public long value(int index) {
        return bytes.getLong(at(index) + 8);
    }

    /** st_size. */
    public long size(int index) {
        return bytes.getLong(at(index) + 16);
    }

    /** st_info: binding and type. */
    public int info(int index) {
        return Byte.toUnsignedInt(bytes.get(at(index) + 4));
    }

    /** STB_*. */
    public int binding(int index) {
        return info(index) >>> 4;
    }

    /** STT_*. */
    public int type(int index) {
        return info(index) & 0xf;
    }

    /** STV_*: the low two bits of st_other. */
    public int visibility(int index) {
        return bytes.get(at(index) + 5) & 0x3;
    }

    /** st_other as stored (STO_RISCV_VARIANT_CC is 0x80). */
    public int other(int index) {
        return Byte.toUnsignedInt(bytes.get(at(index) + 5));
    }

    /** The section index, with SHN_XINDEX resolved through SHT_SYMTAB_SHNDX. */
    public int sectionIndex(int index) {
        int shndx = Bytes.u16(bytes, at(index) + 6);
        if (shndx == SHN_XINDEX && extendedIndices.length > index) {
            return extendedIndices[index];
        }
        return shndx;
    }

    /** True when st_shndx is SHN_XINDEX and the real index comes from SHT_SYMTAB_SHNDX. */
    public boolean extendedIndex(int index) {
        return Bytes.u16(bytes, at(index) + 6) == SHN_XINDEX;
    }

    /** True for SHN_UNDEF. */
    public boolean undefined(int index) {
        return sectionIndex(index) == SHN_UNDEF;
    }

    /**
     * The name readelf shows for this symbol in a relocation listing: its own name (control
     * characters as {@code ^X}) with its version (as {@code name@VERSION} or {@code name@@VERSION}), or for an unnamed section symbol
     * the section's name, {@code *ABS*} or {@code *COM*}.
     */
    public String displayName(int index) {
        String name = displayNameCache[index];
        if (name == null) {
            name = readDisplayName(index);
            displayNameCache[index] = name;
        }
        return name;
    }

    private String readDisplayName(int index) {
        if (unnamed(index)) {
            int shndx = sectionIndex(index);
            if (type(index) == STT_SECTION && shndx < sections.size()) {
                return sections.get(shndx).name();
            }
            return switch (shndx) {
                case SHN_ABS -> "*ABS*";
                case SHN_COMMON -> "*COM*";
                default -> "";
            };
        }
        return printable(name(index)) + versions.suffix(index, !undefined(index));
    }

    /** Control characters as readelf prints them: {@code ^B} for 0x02 (gas uses it in local labels). */
    private static String printable(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                StringBuilder out = new StringBuilder(name.length() + 4);
                for (int k = 0; k < name.length(); k++) {
                    char d = name.charAt(k);
                    if (d < 0x20 || d == 0x7f) {
                        out.append('^').append((char) (d ^ 0x40));
                    } else {
                        out.append(d);
                    }
                }
                return out.toString();
            }
        }
        return name;
    }

    /** The symbol's version, if the file has GNU symbol versioning for this table. */
    public SymbolVersions versions() {
        return versions;
    }

    /** One symbol as a value object (allocates: not for scans over every symbol). */
    public Symbol symbol(int index) {
        return new Symbol(index, name(index), value(index), size(index), binding(index), type(index),
            visibility(index), sectionIndex(index));
    }

    private int at(int index) {
        return index * ENTRY_SIZE;
    }
}
