package dev.rvcm.isa.ir;

/**
 * A relocation attached to an instruction or a data node: the R_RISCV_* type, its target, the addend
 * and where in the node it applies ({@code 0} for instructions). {@code R_RISCV_RELAX} and
 * {@code R_RISCV_ALIGN} are fixups like the others: properties of the node that carries them.
 *
 * @param type the R_RISCV_* number
 * @param target a label or symbol; a symbol target with index 0 means no symbol
 * @param addend r_addend
 * @param offsetInNode where the relocation applies, from the node's start
 */
public record Fixup(int type, Target target, long addend, int offsetInNode) {
}
