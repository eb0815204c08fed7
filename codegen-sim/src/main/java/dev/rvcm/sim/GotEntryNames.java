package dev.rvcm.sim;

import dev.rvcm.relocs.elf.ElfFile;
import dev.rvcm.relocs.elf.RelocationTable;
import dev.rvcm.relocs.elf.SymbolTable;
import dev.rvcm.relocs.riscv.RiscvRelocation;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Names a GOT entry after what it holds, for the GOT-load counters. Most entries hold a symbol's
 * address; a TLS initial-exec slot ({@code la.tls.ie}: {@code auipc}, {@code ld}, {@code add rd,rd,tp})
 * holds the thread-pointer offset of a TLS variable, which names no address. A slot is known as one
 * by its relocation when the executable keeps relocations ({@code R_RISCV_TLS_GOT_HI20} at the
 * {@code auipc}, {@code R_RISCV_TLS_TPREL64} at the entry), else by the {@code add} with {@code tp}
 * that follows the load within a few instructions; it is named from the TLS layout, after the TLS
 * symbol at that offset of the TLS segment
 * ({@code errno (TLS)}; a global symbol before a local one at the same offset), or said to be one
 * ({@code TLS offset 0x30}) when no symbol is there. An entry that holds 0 is an undefined weak
 * symbol's, named when the executable kept its GOT_HI20 relocation.
 */
final class GotEntryNames {
    private static final int TP = 4;
    /** How many instructions after a GOT load may hold its {@code add} with {@code tp}. */
    private static final int LOOK_AHEAD = 6;

    private final Memory mem;
    private final Symbols symbols;
    private final long bias;
    private final Map<Long, String> tlsByOffset = new HashMap<>();
    /** Places (auipc or entry, unbiased) of the TLS GOT relocations the executable kept. */
    private final Set<Long> tlsRelocations = new HashSet<>();
    /** The symbols of the R_RISCV_GOT_HI20 relocations the executable kept, by the auipc's place (unbiased). */
    private final Map<Long, String> gotSymbols = new HashMap<>();

    GotEntryNames(ElfFile elf, long bias, Memory mem, Symbols symbols) {
        this.mem = mem;
        this.symbols = symbols;
        this.bias = bias;
        elf.symbolTable().ifPresent(this::tlsSymbols);
        for (RelocationTable table : elf.relocationTables()) {
            gotRelocations(table);
        }
    }

    /** The name of the GOT entry at {@code entry}, loaded by the {@code ld}s at {@code loads}. */
    String name(long entry, Collection<Long> loads) {
        long content;
        try {
            content = mem.load64(entry);
        } catch (GuestFault unmapped) {
            return "0x" + Long.toHexString(entry);
        }
        boolean tls = tlsRelocations.contains(entry - bias);
        for (long pc : loads) {
            tls |= tlsRelocations.contains(pc - 4 - bias) || addsThreadPointer(pc);
        }
        if (tls) {
            return tlsName(content);
        }
        String kept = null;
        for (long pc : loads) {
            kept = kept != null ? kept : gotSymbols.get(pc - 4 - bias);
        }
        if (content == 0) {
            return (kept != null ? kept + " " : "") + Counters.UNDEFINED_WEAK;
        }
        return symbols.at(content);
    }

    private String tlsName(long offset) {
        String name = tlsByOffset.get(offset);
        return name != null ? name + " (TLS)" : "TLS offset 0x" + Long.toHexString(offset);
    }

    /**
     * Whether one of the few instructions after the {@code ld} at {@code pc} adds {@code tp} to the
     * loaded value (compilers schedule other instructions in between).
     */
    private boolean addsThreadPointer(long pc) {
        try {
            int ld = mem.fetch16(pc) | mem.fetch16(pc + 2) << 16;
            int rd = (ld >>> 7) & 31;
            long at = pc + 4;
            for (int n = 0; n < LOOK_AHEAD; n++) {
                int half = mem.fetch16(at);
                if ((half & 3) != 3) {
                    // c.add rd, tp
                    if ((half & 0xf003) == 0x9002 && ((half >>> 7) & 31) == rd && ((half >>> 2) & 31) == TP) {
                        return true;
                    }
                    at += 2;
                    continue;
                }
                int word = half | mem.fetch16(at + 2) << 16;
                int rs1 = (word >>> 15) & 31;
                int rs2 = (word >>> 20) & 31;
                if ((word & 0xfe00707f) == 0x33 && (rs1 == rd && rs2 == TP || rs1 == TP && rs2 == rd)) {
                    return true;
                }
                at += 4;
            }
            return false;
        } catch (GuestFault notCode) {
            return false;
        }
    }

    /** STT_TLS symbols by their offset in the TLS segment (their st_value in a linked file), global ones first. */
    private void tlsSymbols(SymbolTable t) {
        for (boolean local : new boolean[] {false, true}) {
            for (int i = 1; i < t.count(); i++) {
                if (t.type(i) == SymbolTable.STT_TLS && !t.undefined(i) && !t.unnamed(i)
                    && (t.binding(i) == SymbolTable.STB_LOCAL) == local) {
                    tlsByOffset.putIfAbsent(t.value(i), t.name(i));
                }
            }
        }
    }

    /**
     * GOT relocations an executable kept: TLS ones at the auipc (TLS_GOT_HI20) or at the entry
     * (TLS_TPREL64), and the symbols of the others at the auipc (GOT_HI20).
     */
    private void gotRelocations(RelocationTable table) {
        int gotHi20 = RiscvRelocation.R_RISCV_GOT_HI20.number();
        int tlsGotHi20 = RiscvRelocation.R_RISCV_TLS_GOT_HI20.number();
        int tprel64 = RiscvRelocation.R_RISCV_TLS_TPREL64.number();
        for (int i = 0; i < table.count(); i++) {
            int type = table.typeNumber(i);
            if (type == tlsGotHi20 || type == tprel64) {
                tlsRelocations.add(table.offset(i));
            } else if (type == gotHi20 && !table.symbolName(i).isEmpty()) {
                gotSymbols.put(table.offset(i), table.symbolName(i));
            }
        }
    }
}
