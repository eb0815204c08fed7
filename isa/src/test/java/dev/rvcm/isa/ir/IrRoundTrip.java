package dev.rvcm.isa.ir;

import dev.rvcm.relocs.elf.ElfFile;
import dev.rvcm.relocs.elf.Section;
import dev.rvcm.relocs.elf.SectionTypes;
import dev.rvcm.relocs.write.ElfWriter;
import dev.rvcm.relocs.write.RelocatableObject;

/** Sends every code section of an object through the IR and back: reader, checking visitor, tree, writer. */
final class IrRoundTrip {
    private IrRoundTrip() {
    }

    /** The object written back after its code went through the IR; counts instructions seen into {@code counter}. */
    static byte[] throughIr(ElfFile elf, long[] counter) {
        RelocatableObject object = RelocatableObject.of(elf);
        for (int s = 1; s <= object.sections().size(); s++) {
            if ((object.section(s).flags() & Section.SHF_EXECINSTR) != 0 && object.section(s).type() == SectionTypes.SHT_PROGBITS) {
                ObjectCodeReader reader = new ObjectCodeReader(object, s);
                InsnList code = new InsnList();
                reader.accept(new CheckingVisitor(code));
                counter[0] += code.nodes().stream().filter(n -> n instanceof Node.InstructionNode).count();
                code.accept(new CheckingVisitor(new ObjectCodeWriter(object, reader.bindings(), BranchFixing.REFUSE)));
            }
        }
        return ElfWriter.write(object);
    }
}
