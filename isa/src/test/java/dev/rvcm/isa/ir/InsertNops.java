package dev.rvcm.isa.ir;

import java.util.List;

/** A transform that puts {@code bytes} of 4-byte {@code nop}s right after the label named {@code label}. */
final class InsertNops extends CodeVisitor {
    private final String label;
    private final int bytes;

    InsertNops(CodeVisitor next, String label, int bytes) {
        super(next);
        this.label = label;
        this.bytes = bytes;
    }

    @Override
    public void visitLabel(Label l) {
        super.visitLabel(l);
        if (l.name().equals(label)) {
            for (int i = 0; i < bytes; i += 4) {
                super.visitInstruction(NopSpreading.NOP, 4, List.of());
            }
        }
    }
}
