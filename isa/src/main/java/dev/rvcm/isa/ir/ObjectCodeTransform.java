package dev.rvcm.isa.ir;

import dev.rvcm.relocs.elf.Section;
import dev.rvcm.relocs.elf.SectionTypes;
import dev.rvcm.relocs.write.RelocatableObject;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A code transform lifted to a whole object (as {@code java.lang.classfile} lifts a code transform to
 * the class): every code section is read, sent through a fresh transform, and written back, one section
 * after another; other sections are copied as they are, except for the addends that point into moved code.
 */
public final class ObjectCodeTransform {
    private ObjectCodeTransform() {
    }

    /**
     * @param transform given the visitor to pass events on to, returns the head of a chain (a fresh one for
     *                  each section; {@link UnaryOperator#identity()} rewrites the code unchanged)
     * @throws CodeLayoutException when a branch no longer reaches and may not or cannot be fixed
     */
    public static void apply(RelocatableObject object, UnaryOperator<CodeVisitor> transform, BranchFixing fixing) {
        for (int s = 1; s <= object.sections().size(); s++) {
            if (isCode(object, s)) {
                ObjectCodeReader reader = new ObjectCodeReader(object, s);
                reader.accept(transform.apply(new ObjectCodeWriter(object, reader.bindings(), fixing)));
            }
        }
    }

    /**
     * Transforms every code section with a fresh {@link CodeTransform} made for it from its
     * {@link SectionContext}, one section after another, and writes it back.
     *
     * @throws CodeRefusal         when the transform refuses a place of the code; the object is then half changed
     * @throws CodeLayoutException when a branch no longer reaches and may not or cannot be fixed
     */
    public static void transform(RelocatableObject object, Function<SectionContext, CodeTransform> transforms, BranchFixing fixing) {
        Set<String> names = SectionContext.symbolNames(object);
        for (int s = 1; s <= object.sections().size(); s++) {
            if (isCode(object, s)) {
                ObjectCodeReader reader = new ObjectCodeReader(object, s);
                InsnList source = new InsnList();
                reader.accept(source);
                SectionContext context = new SectionContext(object, s, source.nodes(), reader.bindings(), names);
                CodeBuilder.transform(context, transforms.apply(context)).accept(new ObjectCodeWriter(object, reader.bindings(), fixing));
            }
        }
    }

    /** Whether section {@code s} holds code: {@code SHT_PROGBITS} with {@code SHF_EXECINSTR}. */
    public static boolean isCode(RelocatableObject object, int s) {
        return object.section(s).type() == SectionTypes.SHT_PROGBITS && (object.section(s).flags() & Section.SHF_EXECINSTR) != 0;
    }
}
