package dev.rvcm.relocs.write;

import dev.rvcm.relocs.elf.ElfHeader;
import dev.rvcm.relocs.elf.SectionTypes;
import dev.rvcm.relocs.elf.SymbolTable;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link RelocatableObject} as an ELF64 little-endian RISC-V relocatable file: the header,
 * every section's bytes at its alignment, then the section header table. The symbol table is
 * written locals first (as ELF requires; sh_info is the first non-local), symbol references in
 * relocations and groups are renumbered accordingly, the string tables are rebuilt, and extended
 * section numbering is used when there are SHN_LORESERVE sections or more.
 */
public final class ElfWriter {
    private static final int EHDR_SIZE = 64;
    private static final int SHDR_SIZE = 64;

    private final RelocatableObject object;
    private final int[] symbolOrder;
    private final int[] newSymbolIndex;

    private ElfWriter(RelocatableObject object) {
        this.object = object;
        int n = object.symbols().size();
        this.symbolOrder = new int[n];
        this.newSymbolIndex = new int[n + 1];
        int next = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < n; i++) {
                if (object.symbols().get(i).local() == (pass == 0)) {
                    symbolOrder[next] = i;
                    newSymbolIndex[i + 1] = ++next;
                }
            }
        }
    }

    /** The file image. */
    public static byte[] write(RelocatableObject object) {
        return new ElfWriter(object).write();
    }

    private byte[] write() {
        List<OutSection> sections = object.sections();
        int count = sections.size() + 1;
        byte[][] bodies = new byte[count][];
        int symtab = indexOfType(SectionTypes.SHT_SYMTAB);
        Map<String, Integer> shstrtabOffsets = new HashMap<>();
        byte[] shstrtab = stringTable(sections.stream().map(OutSection::name).toList(), shstrtabOffsets);
        int shstrndx = 0;
        for (int i = 1; i < count; i++) {
            OutSection s = sections.get(i - 1);
            bodies[i] = s.contents();
            if (s.type() == SectionTypes.SHT_STRTAB && s.name().equals(".shstrtab")) {
                bodies[i] = shstrtab;
                shstrndx = i;
            }
        }
        int firstGlobal = 1 + (int) object.symbols().stream().filter(OutSymbol::local).count();
        if (symtab > 0) {
            Map<String, Integer> names = new HashMap<>();
            byte[] strtab = stringTable(object.symbols().stream().map(OutSymbol::name).toList(), names);
            int strtabIndex = sections.get(symtab - 1).link();
            bodies[strtabIndex] = strtab;
            bodies[symtab] = symbolTable(names);
            int shndx = indexOfType(SectionTypes.SHT_SYMTAB_SHNDX);
            if (shndx > 0) {
                bodies[shndx] = extendedIndices();
            }
        }
        for (Map.Entry<Integer, List<OutRelocation>> e : object.relocations().entrySet()) {
            bodies[e.getKey()] = relocations(e.getValue());
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[EHDR_SIZE]);
        long[] offsets = new long[count];
        for (int i = 1; i < count; i++) {
            OutSection s = sections.get(i - 1);
            pad(out, Math.max(1, s.alignment()));
            offsets[i] = out.size();
            if (s.type() != SectionTypes.SHT_NOBITS) {
                out.writeBytes(bodies[i]);
            }
        }
        pad(out, 8);
        long shoff = out.size();
        ByteBuffer headers = ByteBuffer.allocate(SHDR_SIZE * count).order(ByteOrder.LITTLE_ENDIAN);
        boolean extended = count >= SymbolTable.SHN_LORESERVE;
        headers.putInt(0).putInt(0).putLong(0).putLong(0).putLong(0).putLong(extended ? count : 0)
            .putInt(extended ? shstrndx : 0).putInt(0).putLong(0).putLong(0);
        for (int i = 1; i < count; i++) {
            OutSection s = sections.get(i - 1);
            long size = s.type() == SectionTypes.SHT_NOBITS ? s.size() : bodies[i].length;
            int info = s.info();
            if (i == symtab) {
                info = firstGlobal;
            } else if (s.type() == SectionTypes.SHT_GROUP) {
                info = newSymbolIndex[info];
            }
            headers.putInt(shstrtabOffsets.get(s.name())).putInt(s.type()).putLong(s.flags()).putLong(s.address())
                .putLong(offsets[i]).putLong(size).putInt(s.link()).putInt(info).putLong(s.alignment()).putLong(s.entrySize());
        }
        out.writeBytes(headers.array());
        byte[] image = out.toByteArray();
        ByteBuffer h = ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN);
        h.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, (byte) object.osAbi()});
        h.position(16);
        h.putShort((short) 1).putShort((short) ElfHeader.EM_RISCV).putInt(1).putLong(0).putLong(0).putLong(shoff)
            .putInt(object.flags()).putShort((short) EHDR_SIZE).putShort((short) 0).putShort((short) 0)
            .putShort((short) SHDR_SIZE).putShort((short) (extended ? 0 : count))
            .putShort((short) (extended ? SymbolTable.SHN_XINDEX : shstrndx));
        return image;
    }

    private int indexOfType(int type) {
        for (int i = 0; i < object.sections().size(); i++) {
            if (object.sections().get(i).type() == type) {
                return i + 1;
            }
        }
        return 0;
    }

    private byte[] symbolTable(Map<String, Integer> names) {
        ByteBuffer table = ByteBuffer.allocate(SymbolTable.ENTRY_SIZE * (symbolOrder.length + 1)).order(ByteOrder.LITTLE_ENDIAN);
        table.position(SymbolTable.ENTRY_SIZE);
        for (int i : symbolOrder) {
            OutSymbol s = object.symbols().get(i);
            int shndx = s.extendedIndex() ? SymbolTable.SHN_XINDEX : s.section();
            table.putInt(s.name().isEmpty() ? 0 : names.get(s.name())).put((byte) s.info()).put((byte) s.other())
                .putShort((short) shndx).putLong(s.value()).putLong(s.size());
        }
        return table.array();
    }

    private byte[] extendedIndices() {
        ByteBuffer table = ByteBuffer.allocate(4 * (symbolOrder.length + 1)).order(ByteOrder.LITTLE_ENDIAN);
        table.position(4);
        for (int i : symbolOrder) {
            OutSymbol s = object.symbols().get(i);
            table.putInt(s.extendedIndex() ? s.section() : 0);
        }
        return table.array();
    }

    private byte[] relocations(List<OutRelocation> entries) {
        ByteBuffer table = ByteBuffer.allocate(24 * entries.size()).order(ByteOrder.LITTLE_ENDIAN);
        for (OutRelocation r : entries) {
            long symbol = newSymbolIndex[r.symbol()];
            table.putLong(r.offset()).putLong((symbol << 32) | Integer.toUnsignedLong(r.type())).putLong(r.addend());
        }
        return table.array();
    }

    private static byte[] stringTable(List<String> strings, Map<String, Integer> offsets) {
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        table.write(0);
        offsets.put("", 0);
        for (String s : strings) {
            if (!offsets.containsKey(s)) {
                offsets.put(s, table.size());
                table.writeBytes(s.getBytes(StandardCharsets.UTF_8));
                table.write(0);
            }
        }
        return table.toByteArray();
    }

    private static void pad(ByteArrayOutputStream out, long alignment) {
        while (out.size() % alignment != 0) {
            out.write(0);
        }
    }
}
