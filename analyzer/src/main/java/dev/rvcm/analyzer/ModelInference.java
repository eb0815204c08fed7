package dev.rvcm.analyzer;

import dev.rvcm.relocs.elf.ElfFile;
import dev.rvcm.relocs.elf.Section;
import dev.rvcm.relocs.elf.SymbolTable;
import java.util.Map;
import java.util.TreeMap;

/**
 * Infers the code model from how the code (executable sections) reaches symbols: lui-absolute
 * accesses to relocatable targets mean medlow, auipc ones medany, GOT ones PIE or PIC (PIC when a
 * GOT access targets a symbol the file itself defines with default visibility). A file where more
 * than one form has at least 1% of the accesses is {@link CodeModel#MIXED}. Accesses outside code
 * say nothing: every model writes PC-relative words into {@code .eh_frame} and lui-free pointer
 * words into data; a file whose code reaches no symbol but by calls and branches (the same in every
 * model) is {@link CodeModel#UNDETERMINED}, and {@link #evidence()} says why.
 *
 * @param model the inferred model
 * @param absolute lui-based code accesses to relocatable targets (SHN_ABS constants and undefined weak symbols excluded)
 * @param pcRelative auipc-based code accesses
 * @param got GOT code accesses
 * @param gotToDefined GOT accesses whose symbol this file defines with default visibility
 * @param reason for {@link CodeModel#UNDETERMINED}: why the code does not tell; "" otherwise
 */
public record ModelInference(CodeModel model, long absolute, long pcRelative, long got, long gotToDefined, String reason) {

    /** The evidence, as one sentence. */
    public String evidence() {
        String counts = absolute + " lui-absolute, " + pcRelative + " auipc PC-relative, " + got + " GOT accesses ("
            + gotToDefined + " to symbols defined here with default visibility)";
        return reason.isEmpty() ? counts : reason;
    }

    public static ModelInference of(ElfFile elf, Accesses accesses) {
        long absolute = 0;
        long pcRelative = 0;
        long got = 0;
        long gotToDefined = 0;
        long callsAndBranches = 0;
        Map<String, Long> outsideCode = new TreeMap<>();
        boolean[] code = codeSections(elf);
        for (int i = 0, n = accesses.count(); i < n; i++) {
            AccessKind kind = accesses.kind(i);
            if (!code[accesses.section(i)]) {
                if (kind == AccessKind.PC_RELATIVE || kind == AccessKind.GOT) {
                    outsideCode.merge(elf.section(accesses.section(i)).name(), 1L, Long::sum);
                }
                continue;
            }
            switch (kind) {
                case ABSOLUTE -> absolute += accesses.absoluteToFixedAddress(i) ? 0 : 1;
                case PC_RELATIVE -> pcRelative++;
                case GOT -> {
                    got++;
                    gotToDefined += definedWithDefaultVisibility(accesses, i) ? 1 : 0;
                }
                case CALL, BRANCH -> callsAndBranches++;
                default -> { }
            }
        }
        CodeModel model = classify(absolute, pcRelative, got, gotToDefined);
        String reason = model == CodeModel.UNDETERMINED ? undetermined(code, callsAndBranches, outsideCode) : "";
        return new ModelInference(model, absolute, pcRelative, got, gotToDefined, reason);
    }

    private static String undetermined(boolean[] code, long callsAndBranches, Map<String, Long> outsideCode) {
        boolean hasCode = false;
        for (boolean c : code) {
            hasCode |= c;
        }
        String what = !hasCode ? "no code"
            : callsAndBranches > 0 ? "code that reaches nothing but by calls and branches, alike in every model"
            : "code that reaches no symbol";
        StringBuilder because = new StringBuilder("no code access says which model: the file has ").append(what);
        if (!outsideCode.isEmpty()) {
            because.append("; the PC-relative words outside code (");
            String separator = "";
            for (var e : outsideCode.entrySet()) {
                because.append(separator).append(e.getValue()).append(" in ").append(e.getKey());
                separator = ", ";
            }
            because.append(") are written alike in every model");
        }
        return because.toString();
    }

    /** Indexed by section index: true for executable sections (SHF_EXECINSTR); index 0 (no section) is false. */
    private static boolean[] codeSections(ElfFile elf) {
        boolean[] code = new boolean[Math.max(1, elf.sections().size())];
        for (Section s : elf.sections()) {
            code[s.index()] = s.index() != 0 && s.executable();
        }
        return code;
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
            return CodeModel.UNDETERMINED;
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
