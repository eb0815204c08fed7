package dev.rvcm.isa.ir;

import dev.rvcm.relocs.riscv.RiscvRelocation;
import java.util.List;

/**
 * A transform that moves nearly all code: a 4-byte {@code nop} before every instruction, except where
 * the psABI ties instructions together — between the {@code auipc} and {@code jalr} of a call
 * ({@code R_RISCV_CALL}/{@code CALL_PLT} cover both) and inside the padding an {@code R_RISCV_ALIGN}
 * asks the linker to trim.
 */
final class NopSpreading extends CodeVisitor {
    static final int NOP = 0x00000013;
    private static final int CALL = RiscvRelocation.R_RISCV_CALL.number();
    private static final int CALL_PLT = RiscvRelocation.R_RISCV_CALL_PLT.number();
    private static final int ALIGN = RiscvRelocation.R_RISCV_ALIGN.number();

    private boolean afterCallHalf;
    private long alignPadding;
    int inserted;

    NopSpreading(CodeVisitor next) {
        super(next);
    }

    @Override
    public void visitInstruction(int word, int length, List<Fixup> fixups) {
        boolean align = fixups.stream().anyMatch(f -> f.type() == ALIGN);
        if (!afterCallHalf && (alignPadding <= 0 || align)) {
            super.visitInstruction(NOP, 4, List.of());
            inserted++;
        }
        if (align) {
            alignPadding = fixups.stream().filter(f -> f.type() == ALIGN).mapToLong(Fixup::addend).max().orElse(0);
        }
        alignPadding -= length;
        afterCallHalf = fixups.stream().anyMatch(f -> f.type() == CALL || f.type() == CALL_PLT);
        super.visitInstruction(word, length, fixups);
    }

    @Override
    public void visitData(byte[] bytes, List<Fixup> fixups) {
        afterCallHalf = false;
        alignPadding -= bytes.length;
        super.visitData(bytes, fixups);
    }
}
