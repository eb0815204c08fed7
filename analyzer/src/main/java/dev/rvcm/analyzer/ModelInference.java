package dev.rvcm.analyzer;

import dev.rvcm.relocs.elf.SymbolTable;

/**
 * Infers the code model from the code accesses: lui-absolute ones to relocatable targets mean
 * medlow, auipc ones medany, GOT ones PIE or PIC (PIC when a GOT access targets a symbol the file
 * itself defines with default visibility). A file where more than one form has at least 1% of the
 * accesses is {@link CodeModel#MIXED}.
 *
 * @param model the inferred model
 * @param absolute lui-based accesses to relocatable targets (SHN_ABS constants excluded)
 * @param pcRelative auipc-based accesses
 * @param got GOT accesses
 * @param gotToDefined GOT accesses whose symbol this file defines with default visibility
 */
public record ModelInference(CodeModel model, long absolute, long pcRelative, long got, long gotToDefined) {

    /** The evidence, as one sentence. */
    public String evidence() {
        return absolute + " lui-absolute, " + pcRelative + " auipc PC-relative, " + got + " GOT accesses ("
            + gotToDefined + " to symbols defined here with default visibility)";
    }

    public static ModelInference of(Accesses accesses) {
        long absolute = 0;
        long pcRelative = 0;
        long got = 0;
        long gotToDefined = 0;
        for (int i = 0, n = accesses.count(); i < n; i++) {
            switch (accesses.kind(i)) {
                case ABSOLUTE -> absolute += (accesses.flags(i) & Accesses.ABSOLUTE_SYMBOL) == 0 ? 1 : 0;
                case PC_RELATIVE -> pcRelative++;
                case GOT -> {
                    got++;
                    gotToDefined += definedWithDefaultVisibility(accesses, i) ? 1 : 0;
                }
                default -> { }
            }
        }
        return new ModelInference(classify(absolute, pcRelative, got, gotToDefined), absolute, pcRelative, got, gotToDefined);
    }

    private static boolean definedWithDefaultVisibility(Accesses accesses, int i) {
        if ((accesses.flags(i) & Accesses.DEFINED) == 0) {
            return false;
        }
        int symbol = accesses.symbolIndex(i);
        return symbol != 0 && accesses.symbolTable(i).map(s -> s.visibility(symbol) == SymbolTable.STV_DEFAULT
            && s.binding(symbol) != SymbolTable.STB_LOCAL).orElse(false);
    }

    private static CodeModel classify(long absolute, long pcRelative, long got, long gotToDefined) {
        long total = absolute + pcRelative + got;
        if (total == 0) {
            return CodeModel.UNKNOWN;
        }
        int forms = (significant(absolute, total) ? 1 : 0) + (significant(pcRelative + got, total) ? 1 : 0);
        if (forms > 1) {
            return CodeModel.MIXED;
        }
        if (significant(absolute, total)) {
            return CodeModel.MEDLOW;
        }
        if (got == 0) {
            return CodeModel.MEDANY;
        }
        return gotToDefined > 0 ? CodeModel.PIC : CodeModel.PIE;
    }

    private static boolean significant(long part, long total) {
        return part > 0 && part * 100 >= total;
    }
}
