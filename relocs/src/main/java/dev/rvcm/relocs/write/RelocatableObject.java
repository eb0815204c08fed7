package dev.rvcm.relocs.write;

import dev.rvcm.relocs.ElfFormatException;
import dev.rvcm.relocs.elf.ElfFile;
import dev.rvcm.relocs.elf.ObjectFileType;
import dev.rvcm.relocs.elf.RelocationTable;
import dev.rvcm.relocs.elf.Section;
import dev.rvcm.relocs.elf.SectionTypes;
import dev.rvcm.relocs.elf.SymbolTable;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A relocatable object (ET_REL) as lists that a transform may change: sections (index 0, the null
 * section, is implicit), symbols (index 0, the null symbol, is implicit) and the relocations of
 * each relocation section. {@link ElfWriter} regenerates {@code .symtab}, {@code .strtab},
 * {@code .shstrtab}, {@code .symtab_shndx} and the relocation sections from these lists and copies
 * every other section's bytes as they are.
 *
 * @param flags e_flags
 * @param osAbi EI_OSABI
 * @param sections sections 1..n
 * @param symbols symbols 1..n of {@code .symtab}
 * @param relocations for each relocation section (by section index), its entries
 */
public record RelocatableObject(int flags, int osAbi, List<OutSection> sections, List<OutSymbol> symbols,
                                Map<Integer, List<OutRelocation>> relocations) {

    /** The object as it was read, ready to be changed and written. */
    public static RelocatableObject of(ElfFile elf) {
        if (elf.header().type() != ObjectFileType.REL) {
            throw new ElfFormatException(elf.source(), ElfFormatException.WHOLE_FILE,
                "only relocatable objects (ET_REL) can be rewritten, this is " + elf.header().type());
        }
        List<OutSection> sections = new ArrayList<>();
        for (Section s : elf.sections().subList(Math.min(1, elf.sections().size()), elf.sections().size())) {
            ByteBuffer bytes = elf.contents(s);
            byte[] contents = new byte[bytes.remaining()];
            bytes.get(contents);
            sections.add(new OutSection(s.name(), s.type(), s.flags(), s.address(), s.addressAlignment(), s.entrySize(),
                s.link(), s.info(), contents, s.size()));
        }
        List<OutSymbol> symbols = new ArrayList<>();
        elf.symbolTable().ifPresent(table -> {
            for (int i = 1; i < table.count(); i++) {
                symbols.add(new OutSymbol(table.name(i), table.info(i), table.other(i), table.sectionIndex(i),
                    table.extendedIndex(i), table.value(i), table.size(i)));
            }
        });
        Map<Integer, List<OutRelocation>> relocations = new HashMap<>();
        for (RelocationTable table : elf.relocationTables()) {
            if (table.section().type() != SectionTypes.SHT_RELA || table.symbols().map(SymbolTable::section)
                .map(Section::type).orElse(SectionTypes.SHT_SYMTAB) != SectionTypes.SHT_SYMTAB) {
                throw new ElfFormatException(elf.source(), table.section().offset(),
                    "relocation section " + table.section().name() + " is not SHT_RELA against .symtab");
            }
            List<OutRelocation> entries = new ArrayList<>(table.count());
            for (int i = 0; i < table.count(); i++) {
                entries.add(new OutRelocation(table.offset(i), table.typeNumber(i), table.symbolIndex(i), table.addend(i)));
            }
            relocations.put(table.section().index(), entries);
        }
        return new RelocatableObject(elf.header().flags(), elf.header().osAbi(), sections, symbols, relocations);
    }

    /** The section with this index (1-based, as in the file). */
    public OutSection section(int index) {
        return sections.get(index - 1);
    }
}
