package dev.rvcm.analyzer.rewrite;

import dev.rvcm.isa.ir.BranchFixing;
import dev.rvcm.isa.ir.CodeTransform;
import dev.rvcm.isa.ir.Node;
import dev.rvcm.isa.ir.ObjectCodeTransform;
import dev.rvcm.relocs.elf.Section;
import dev.rvcm.relocs.riscv.RiscvRelocation;
import dev.rvcm.relocs.write.OutRelocation;
import dev.rvcm.relocs.write.OutSymbol;
import dev.rvcm.relocs.write.RelocatableObject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites a relocatable object into a {@link TargetModel}, in place: each code section through a
 * fresh {@link CodeModelTransform} between two counters of instructions, branches that no longer
 * reach grown ({@link BranchFixing#EXPAND}). What it did is the {@link Result}.
 */
public final class CodeModelRewrite {
    private static final int GOT_HI20 = RiscvRelocation.R_RISCV_GOT_HI20.number();
    private static final int R_64 = RiscvRelocation.R_RISCV_64.number();
    private static final int R_32 = RiscvRelocation.R_RISCV_32.number();

    private CodeModelRewrite() {
    }

    /**
     * What a rewrite of one object did.
     *
     * @param model              the model it made
     * @param changes            how often each change was made
     * @param codeBytesBefore    bytes of code (every SHF_EXECINSTR section) before
     * @param codeBytesAfter     and after
     * @param instructionsBefore instructions before
     * @param instructionsAfter  and after
     * @param gotEntries         distinct symbols the code reaches through the GOT: the GOT entries the link makes for it
     * @param dataWords          absolute pointer words (R_RISCV_64/32) in allocated sections: the boot-time
     *                           RELATIVE fixups of an image that moves
     */
    public record Result(TargetModel model, Map<Change, Integer> changes, long codeBytesBefore, long codeBytesAfter,
                         long instructionsBefore, long instructionsAfter, int gotEntries, int dataWords) {
        public Result {
            changes = Map.copyOf(changes);
        }
    }

    /**
     * @throws dev.rvcm.isa.ir.CodeRefusal         when a place of the code cannot be rewritten safely
     * @throws dev.rvcm.isa.ir.CodeLayoutException when a branch cannot be made to reach
     */
    public static Result rewrite(RelocatableObject object, RewriteOptions options) {
        Map<Change, Integer> tally = CodeModelTransform.newTally();
        long codeBefore = codeBytes(object);
        long[] instructions = new long[2];
        GlobalNames names = new GlobalNames(object);
        ObjectCodeTransform.transform(object, context -> counting(instructions, 0)
            .andThen(new CodeModelTransform(options.modelFor(context.name()), options.named(), names, tally))
            .andThen(counting(instructions, 1)), BranchFixing.EXPAND);
        return new Result(options.model(), tally, codeBefore, codeBytes(object), instructions[0], instructions[1],
            gotEntries(object), dataWords(object));
    }

    private static CodeTransform counting(long[] counts, int slot) {
        return (b, node) -> {
            if (node instanceof Node.InstructionNode) {
                counts[slot]++;
            }
            b.with(node);
        };
    }

    private static long codeBytes(RelocatableObject object) {
        long bytes = 0;
        for (int s = 1; s <= object.sections().size(); s++) {
            if (ObjectCodeTransform.isCode(object, s)) {
                bytes += object.section(s).size();
            }
        }
        return bytes;
    }

    private static int gotEntries(RelocatableObject object) {
        Set<String> symbols = new HashSet<>();
        for (List<OutRelocation> table : object.relocations().values()) {
            for (OutRelocation r : table) {
                if (r.type() == GOT_HI20 && r.symbol() > 0) {
                    OutSymbol symbol = object.symbols().get(r.symbol() - 1);
                    symbols.add(symbol.local() ? symbol.name() + "#" + r.symbol() : symbol.name());
                }
            }
        }
        return symbols.size();
    }

    private static int dataWords(RelocatableObject object) {
        int words = 0;
        for (Map.Entry<Integer, List<OutRelocation>> e : object.relocations().entrySet()) {
            int target = object.section(e.getKey()).info();
            if (target <= 0 || target > object.sections().size() || (object.section(target).flags() & Section.SHF_ALLOC) == 0) {
                continue;
            }
            for (OutRelocation r : e.getValue()) {
                words += r.type() == R_64 || r.type() == R_32 ? 1 : 0;
            }
        }
        return words;
    }
}
