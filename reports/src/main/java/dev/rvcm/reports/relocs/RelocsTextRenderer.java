package dev.rvcm.reports.relocs;

import dev.rvcm.relocs.ElfUnit;
import dev.rvcm.relocs.elf.ElfFile;
import dev.rvcm.relocs.elf.RelocationTable;
import dev.rvcm.relocs.elf.SymbolTable;
import dev.rvcm.relocs.riscv.RelocationCatalogue;
import dev.rvcm.reports.text.TextSink;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * {@code rvcm relocs} as aligned text: per file (or archive member) a heading, then per relocation
 * section its entries as offset, type, symbol value, symbol name and signed hex addend, in the
 * order readelf -rW lists them.
 */
public final class RelocsTextRenderer {
    private static final int TYPE_WIDTH = 26;
    private static final byte[][] PADDED_TYPE_NAMES = paddedTypeNames();

    private final TextSink out;
    private final Map<SymbolTable, byte[][]> symbolNames = new IdentityHashMap<>();

    public RelocsTextRenderer(TextSink out) {
        this.out = out;
    }

    public void render(ElfUnit unit) {
        ElfFile elf = unit.elf();
        out.append(elf.source()).append(": ");
        out.decimal(elf.relocationTables().size()).append(" relocation sections, ");
        out.decimal(elf.relocationCount()).append(" relocations").newline();
        for (RelocationTable table : elf.relocationTables()) {
            renderTable(elf, table);
        }
        out.newline();
    }

    private void renderTable(ElfFile elf, RelocationTable table) {
        out.newline().append("Relocation section '").append(table.section().name()).append("'");
        if (table.targetSectionIndex() != 0) {
            out.append(" for '").append(elf.section(table.targetSectionIndex()).name()).append("'");
        }
        out.append(", ").decimal(table.count()).append(table.count() == 1 ? " entry:" : " entries:").newline();
        out.padded("Offset", 18).padded("Type", TYPE_WIDTH).padded("Symbol value", 18).append("Symbol + Addend").newline();
        renderEntries(out, table, 0, table.count());
    }

    private void renderEntries(TextSink sink, RelocationTable table, int from, int to) {
        SymbolTable symbols = table.symbols().orElse(null);
        byte[][] names = symbols == null ? new byte[0][] : symbolNames.computeIfAbsent(symbols, s -> new byte[s.count()][]);
        for (int i = from; i < to; i++) {
            sink.hex(table.offset(i), 16).spaces(2);
            int type = table.typeNumber(i);
            if (type >= 0 && type < PADDED_TYPE_NAMES.length) {
                sink.append(PADDED_TYPE_NAMES[type]);
            } else {
                sink.padded(RelocationCatalogue.name(type), TYPE_WIDTH);
            }
            int symbol = table.symbolIndex(i);
            if (symbol != 0 && symbols != null) {
                byte[] name = names[symbol];
                if (name == null) {
                    name = (symbols.displayName(symbol) + ' ').getBytes(StandardCharsets.UTF_8);
                    names[symbol] = name;
                }
                sink.hex(symbols.value(symbol), 16).spaces(2).append(name);
            } else {
                sink.spaces(18);
            }
            long addend = table.addend(i);
            if (addend < 0) {
                sink.append("- 0x").hex(-addend);
            } else {
                sink.append("+ 0x").hex(addend);
            }
            sink.newline();
        }
    }

    private static byte[][] paddedTypeNames() {
        byte[][] names = new byte[256][];
        for (int type = 0; type < names.length; type++) {
            String name = RelocationCatalogue.name(type);
            names[type] = (name + " ".repeat(Math.max(1, TYPE_WIDTH - name.length()))).getBytes(StandardCharsets.US_ASCII);
        }
        return names;
    }
}
