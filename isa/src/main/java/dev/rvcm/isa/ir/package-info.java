/**
 * The ASM-like IR of code sections: a streaming {@link dev.rvcm.isa.ir.CodeVisitor} with a
 * documented call order, the tree {@link dev.rvcm.isa.ir.InsnList} built by it and replayed with
 * {@code accept}, labels and symbol targets instead of fixed offsets
 * ({@link dev.rvcm.isa.ir.Fixup}), and the object bridge: {@link dev.rvcm.isa.ir.ObjectCodeReader}
 * reads a section of a {@link dev.rvcm.relocs.write.RelocatableObject},
 * {@link dev.rvcm.isa.ir.ObjectCodeWriter} writes it back, and
 * {@link dev.rvcm.isa.ir.ObjectCodeTransform} lifts a code transform to a whole object.
 * {@link dev.rvcm.isa.ir.CheckingVisitor} and {@link dev.rvcm.isa.ir.PrintingVisitor} check and print
 * event streams.
 *
 * <p>Code may move: transforms insert, drop or replace nodes freely. The writer lays the section out
 * again ({@code CodeLayout}), grows branches that no longer reach ({@link dev.rvcm.isa.ir.BranchFixing}),
 * patches the branches the assembler resolved, and keeps the rest of the object in step
 * ({@link dev.rvcm.isa.ir.CodeBindings}): symbol values and sizes, and every section+offset or
 * {@code sym+addend} reference into moved code, so that the ADD/SUB/SET label arithmetic of
 * {@code .eh_frame} and debug sections still measures the code it describes.
 */
package dev.rvcm.isa.ir;
