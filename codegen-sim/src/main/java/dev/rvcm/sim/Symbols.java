package dev.rvcm.sim;

import dev.rvcm.relocs.elf.ElfFile;
import dev.rvcm.relocs.elf.SymbolTable;
import java.util.Map;
import java.util.TreeMap;

/**
 * Names for guest addresses from the executable's {@code .symtab}: the function containing a pc, and
 * the symbol a GOT entry points at. Used only after a run, to attribute counters and locate a fault.
 */
final class Symbols {

    private record Function(long end, String name) {
    }

    private final TreeMap<Long, Function> functions = new TreeMap<>();
    private final Map<Long, String> byAddress = new TreeMap<>();

    Symbols(ElfFile elf, long bias) {
        if (elf.symbolTable().isEmpty()) {
            return;
        }
        SymbolTable t = elf.symbolTable().get();
        for (int i = 1; i < t.count(); i++) {
            if (t.undefined(i) || t.unnamed(i)) {
                continue;
            }
            int type = t.type(i);
            String name = t.name(i);
            if (name.isEmpty() || name.startsWith("$") || type == SymbolTable.STT_SECTION || type == SymbolTable.STT_FILE
                    || type == SymbolTable.STT_TLS) {
                continue;
            }
            long value = t.value(i) + bias;
            if (type == SymbolTable.STT_FUNC || type == SymbolTable.STT_GNU_IFUNC) {
                Function old = functions.get(value);
                if (old == null || t.binding(i) == SymbolTable.STB_GLOBAL) {
                    functions.put(value, new Function(value + Math.max(1, t.size(i)), name));
                }
            }
            if (type != SymbolTable.STT_NOTYPE || !byAddress.containsKey(value)) {
                byAddress.put(value, name);
            }
        }
    }

    /** The function containing {@code pc}, or its address in hex. */
    String function(long pc) {
        Map.Entry<Long, Function> e = functions.floorEntry(pc);
        if (e != null && Long.compareUnsigned(pc, e.getValue().end()) < 0) {
            return e.getValue().name();
        }
        return "0x" + Long.toHexString(pc);
    }

    /** The function containing {@code pc} and the offset in it ({@code main+0x1a}, {@code main} at its start), or "". */
    String locate(long pc) {
        Map.Entry<Long, Function> e = functions.floorEntry(pc);
        if (e == null || Long.compareUnsigned(pc, e.getValue().end()) >= 0) {
            return "";
        }
        long offset = pc - e.getKey();
        return offset == 0 ? e.getValue().name() : e.getValue().name() + "+0x" + Long.toHexString(offset);
    }

    /** The symbol at exactly {@code address}, or its address in hex. */
    String at(long address) {
        String name = byAddress.get(address);
        return name != null ? name : "0x" + Long.toHexString(address);
    }
}
