package dev.rvcm.analyzer;

import dev.rvcm.relocs.elf.ElfFile;
import dev.rvcm.relocs.elf.ObjectFileType;
import dev.rvcm.relocs.elf.RelocationTable;
import dev.rvcm.relocs.elf.SymbolTable;
import dev.rvcm.relocs.riscv.RiscvRelocation;
import java.util.List;
import org.eclipse.collections.impl.set.mutable.primitive.IntHashSet;

/**
 * Finds accesses from relocations: each HI20 (PC-relative, GOT, TLS, absolute) is one access whose
 * LO12 users complete it; an absolute LO12 whose HI20 was relaxed away is an access of its own;
 * calls, branches, data words, gp- and tp-relative relaxed forms are one access each. Label
 * arithmetic (ADD/SUB/SET), ALIGN, RELAX, TPREL_ADD and NONE are not accesses.
 */
public final class AccessScanner {
    private AccessScanner() {
    }

    /** Every relocation-marked access of a file. */
    public static Accesses scan(ElfFile elf) {
        List<RelocationTable> tables = elf.relocationTables();
        Accesses.Builder accesses = new Accesses.Builder();
        boolean linked = elf.header().type() != ObjectFileType.REL;
        for (RelocationTable table : tables) {
            SymbolTable symbols = table.symbols().orElse(null);
            IntHashSet absoluteHighs = absoluteHighSymbols(table);
            for (int i = 0, n = table.count(); i < n; i++) {
                int type = table.typeNumber(i);
                int kind = RelocationKinds.kind(type);
                if (kind == RelocationKinds.NONE) {
                    if (!RelocationKinds.absoluteLow(type) || absoluteHighs.contains(table.symbolIndex(i))) {
                        continue;
                    }
                    kind = AccessKind.ABSOLUTE.ordinal();
                }
                int symbol = table.symbolIndex(i);
                int flags = 0;
                long addend = table.addend(i);
                long target = addend;
                if (symbols == null || symbol == 0) {
                    flags = Accesses.RESOLVED | Accesses.DEFINED;
                } else {
                    int shndx = symbols.sectionIndex(symbol);
                    if (shndx != SymbolTable.SHN_UNDEF) {
                        flags |= Accesses.DEFINED;
                        target += symbols.value(symbol);
                        if (linked || shndx == SymbolTable.SHN_ABS) {
                            flags |= Accesses.RESOLVED;
                        }
                    }
                    if (shndx == SymbolTable.SHN_ABS) {
                        flags |= Accesses.ABSOLUTE_SYMBOL;
                    }
                    if (symbols.binding(symbol) == SymbolTable.STB_WEAK) {
                        flags |= Accesses.WEAK;
                        if (linked && shndx == SymbolTable.SHN_UNDEF && kind == AccessKind.ABSOLUTE.ordinal()) {
                            flags |= Accesses.RESOLVED; // the link wrote 0 into the lui pair (or li rd,0)
                        }
                    }
                }
                long place = table.offset(i);
                if (!linked && carriesRelax(table, i, type)) {
                    flags |= Accesses.RELAXABLE;
                }
                int section = table.targetSectionIndex() != 0 ? table.targetSectionIndex() : Sections.holding(elf, place);
                accesses.add(AccessKind.values()[kind], section, place, target, flags, type, symbols, symbol, addend);
            }
        }
        return accesses.build();
    }

    /**
     * True when entry {@code i} is the high part of a pair (HI20, PCREL_HI20) and the next entry is
     * the R_RISCV_RELAX that the assembler puts at the same offset to allow linker relaxation.
     */
    private static boolean carriesRelax(RelocationTable table, int i, int type) {
        return (type == RiscvRelocation.R_RISCV_HI20.number() || type == RiscvRelocation.R_RISCV_PCREL_HI20.number())
            && i + 1 < table.count() && table.typeNumber(i + 1) == RiscvRelocation.R_RISCV_RELAX.number()
            && table.offset(i + 1) == table.offset(i);
    }

    private static IntHashSet absoluteHighSymbols(RelocationTable table) {
        IntHashSet symbols = new IntHashSet();
        int hi20 = RiscvRelocation.R_RISCV_HI20.number();
        for (int i = 0, n = table.count(); i < n; i++) {
            if (table.typeNumber(i) == hi20) {
                symbols.add(table.symbolIndex(i));
            }
        }
        return symbols;
    }
}
