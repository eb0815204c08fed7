package dev.rvcm.isa.ir;

import dev.rvcm.isa.Disassembler;
import java.util.HexFormat;
import java.util.List;

/**
 * Prints the events it sees, in objdump-like syntax with section-relative offsets, and passes them
 * on: labels as {@code name:}, instructions disassembled, data as hex, fixups as
 * {@code ; R_RISCV_n target+addend} (as ASM's Textifier does for classes).
 */
public final class PrintingVisitor extends CodeVisitor {
    private final StringBuilder out;
    private final Disassembler disassembler;
    private long offset;

    public PrintingVisitor(StringBuilder out, Disassembler disassembler, CodeVisitor next) {
        super(next);
        this.out = out;
        this.disassembler = disassembler;
    }

    @Override
    public void visitStart(int section, String name) {
        out.append("section ").append(section).append(' ').append(name).append('\n');
        super.visitStart(section, name);
    }

    @Override
    public void visitLabel(Label label) {
        out.append(label).append(":\n");
        super.visitLabel(label);
    }

    @Override
    public void visitInstruction(int word, int length, List<Fixup> fixups) {
        out.append(String.format("%6x:\t", offset));
        disassembler.append(out, word, offset);
        fixups(fixups);
        offset += length;
        super.visitInstruction(word, length, fixups);
    }

    @Override
    public void visitData(byte[] bytes, List<Fixup> fixups) {
        out.append(String.format("%6x:\t.byte ", offset)).append(HexFormat.of().formatHex(bytes));
        fixups(fixups);
        offset += bytes.length;
        super.visitData(bytes, fixups);
    }

    @Override
    public void visitEnd() {
        out.append("end\n");
        super.visitEnd();
    }

    private void fixups(List<Fixup> fixups) {
        for (Fixup f : fixups) {
            out.append("\t; R_RISCV_").append(f.type()).append(' ').append(switch (f.target()) {
                case Target.LabelTarget(Label label) -> label.name();
                case Target.SymbolTarget(int symbol) -> "symbol#" + symbol;
            });
            if (f.addend() != 0) {
                out.append(f.addend() > 0 ? "+" : "").append(f.addend());
            }
            if (f.offsetInNode() != 0) {
                out.append(" @+").append(f.offsetInNode());
            }
            if (f.resolved()) {
                out.append(" (resolved)");
            }
        }
        out.append('\n');
    }
}
