package dev.rvcm.isa.ir;

/**
 * A relocation attached to an instruction or a data node: the R_RISCV_* type, its target, the addend
 * and where in the node it applies ({@code 0} for instructions). {@code R_RISCV_RELAX} and
 * {@code R_RISCV_ALIGN} are fixups like the others: properties of the node that carries them.
 *
 * <p>A <em>resolved</em> fixup stands for what the assembler computed itself: a branch or jump to a
 * label of the same section for which the object has no relocation. The writer patches its
 * displacement into the instruction instead of emitting a relocation, so that such branches follow the
 * code when it moves; its target is a label and its addend the distance from that label.
 *
 * @param type the R_RISCV_* number
 * @param target a label or symbol; a symbol target with index 0 means no symbol
 * @param addend r_addend
 * @param offsetInNode where the relocation applies, from the node's start
 * @param resolved true for a branch the assembler resolved (no relocation in the object)
 */
public record Fixup(int type, Target target, long addend, int offsetInNode, boolean resolved) {

    /** A fixup that is a relocation of the object. */
    public Fixup(int type, Target target, long addend, int offsetInNode) {
        this(type, target, addend, offsetInNode, false);
    }

    /** The same fixup at another offset in its node. */
    public Fixup at(int offset) {
        return new Fixup(type, target, addend, offset, resolved);
    }
}
