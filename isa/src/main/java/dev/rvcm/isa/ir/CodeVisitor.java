package dev.rvcm.isa.ir;

import java.util.List;

/**
 * Visits the contents of one code section, in this order:
 * {@code visitStart ( visitLabel | visitInstruction | visitData )* visitEnd}. A label is visited
 * before the node at its position, at most once. Like an ASM {@code MethodVisitor}, every method
 * passes its event on to the next visitor unchanged, so a transform overrides only what it changes.
 */
public abstract class CodeVisitor {
    private final CodeVisitor next;

    /** @param next the visitor events are passed to, or null to end the chain */
    protected CodeVisitor(CodeVisitor next) {
        this.next = next;
    }

    /** Starts a section: its index in the object and its name. */
    public void visitStart(int section, String name) {
        if (next != null) {
            next.visitStart(section, name);
        }
    }

    /** Marks the position of the next node. */
    public void visitLabel(Label label) {
        if (next != null) {
            next.visitLabel(label);
        }
    }

    /** One instruction: its encoding (16 bits for compressed forms) and its fixups. */
    public void visitInstruction(int word, int length, List<Fixup> fixups) {
        if (next != null) {
            next.visitInstruction(word, length, fixups);
        }
    }

    /** Bytes that are not instructions (data in code, padding), with their fixups. */
    public void visitData(byte[] bytes, List<Fixup> fixups) {
        if (next != null) {
            next.visitData(bytes, fixups);
        }
    }

    /** Ends the section. */
    public void visitEnd() {
        if (next != null) {
            next.visitEnd();
        }
    }
}
