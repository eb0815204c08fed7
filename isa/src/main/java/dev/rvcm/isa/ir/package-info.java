/**
 * The ASM-like IR of code sections: a streaming {@link dev.rvcm.isa.ir.CodeVisitor} with a
 * documented call order, the tree {@link dev.rvcm.isa.ir.InsnList} built by it and replayed with
 * {@code accept}, labels and symbol targets instead of fixed offsets
 * ({@link dev.rvcm.isa.ir.Fixup}), and the object bridge: {@link dev.rvcm.isa.ir.ObjectCodeReader}
 * reads a section of a {@link dev.rvcm.relocs.write.RelocatableObject},
 * {@link dev.rvcm.isa.ir.ObjectCodeWriter} writes it back. {@link dev.rvcm.isa.ir.CheckingVisitor}
 * and {@link dev.rvcm.isa.ir.PrintingVisitor} check and print event streams.
 *
 * <p>Still to come: moving code (sizes that change), with branch fixing and the label arithmetic
 * of {@code .eh_frame} kept consistent.
 */
package dev.rvcm.isa.ir;
