package dev.rvcm.isa.ir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rvcm.isa.Opcode;
import dev.rvcm.isa.RegisterAccess;
import dev.rvcm.relocs.elf.Section;
import dev.rvcm.relocs.elf.SectionTypes;
import dev.rvcm.relocs.elf.SymbolTable;
import dev.rvcm.relocs.write.OutSection;
import dev.rvcm.relocs.write.OutSymbol;
import dev.rvcm.relocs.write.RelocatableObject;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The transform API on a hand-made object: composition with {@code andThen}, {@code atEnd}, labels
 * that collide with no symbol, refusals located in the input, scratch registers from liveness.
 */
class CodeTransformTest {
    private static final int T0 = 5;
    private static final int A0 = 10;

    /**
     * {@code f: li t0,1; add a0,a0,t0; ret}, with symbol f (its label, and an anchor where it ends) and an
     * undefined one named like the labels rvcm makes.
     */
    private static SectionContext context() {
        int[] code = {Opcode.ADDI.encode(T0, 0, 1), Opcode.ADD.encode(A0, A0, T0), Opcode.JALR.encode(0, 0, 1)};
        ByteBuffer bytes = ByteBuffer.allocate(4 * code.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int word : code) {
            bytes.putInt(word);
        }
        List<OutSection> sections = new ArrayList<>(List.of(new OutSection(".text", SectionTypes.SHT_PROGBITS,
            Section.SHF_ALLOC | Section.SHF_EXECINSTR, 0, 4, 0, 0, 0, bytes.array(), bytes.capacity())));
        List<OutSymbol> symbols = new ArrayList<>(List.of(
            new OutSymbol(".Lrvcm0", SymbolTable.STT_NOTYPE, 0, SymbolTable.SHN_UNDEF, false, 0, 0),
            new OutSymbol("f", SymbolTable.STB_GLOBAL << 4 | SymbolTable.STT_FUNC, 0, 1, false, 0, 12)));
        RelocatableObject object = new RelocatableObject(0, 0, sections, symbols, new HashMap<>());
        ObjectCodeReader reader = new ObjectCodeReader(object, 1);
        InsnList source = new InsnList();
        reader.accept(new CheckingVisitor(source));
        return new SectionContext(object, 1, source.nodes(), reader.bindings(), SectionContext.symbolNames(object));
    }

    @Test
    void transformsComposeAndTheFirstOnesEndReachesTheSecond() {
        List<String> seen = new ArrayList<>();
        CodeTransform first = new CodeTransform() {
            @Override
            public void accept(CodeBuilder b, Node node) {
                seen.add("first " + kind(node));
                b.with(node);
            }

            @Override
            public void atEnd(CodeBuilder b) {
                seen.add("first end");
                b.instruction(Opcode.ADDI.encode(0, 0, 0));
            }
        };
        CodeTransform second = new CodeTransform() {
            @Override
            public void accept(CodeBuilder b, Node node) {
                seen.add("second " + kind(node));
                if (!(node instanceof Node.LabelNode)) {
                    b.with(node);
                }
            }

            @Override
            public void atEnd(CodeBuilder b) {
                seen.add("second end");
            }
        };
        InsnList out = CodeBuilder.transform(context(), first.andThen(second));
        assertThat(seen).containsExactly("first label", "second label", "first insn", "second insn", "first insn", "second insn",
            "first insn", "second insn", "first label", "second label", "first end", "second insn", "second end");
        assertThat(out.nodes()).hasSize(4).allMatch(n -> n instanceof Node.InstructionNode);
    }

    @Test
    void newLabelsCollideWithNoSymbolAndRefusalsAreLocated() {
        SectionContext context = context();
        assertThatThrownBy(() -> CodeBuilder.transform(context, (b, node) -> {
            Label label = b.newLabel(".Lrvcm");
            assertThat(label.name()).isNotEqualTo(".Lrvcm0");
            if (node instanceof Node.InstructionNode i && i.instruction().opcode() == Opcode.ADD) {
                throw b.refuse("no reason but a test");
            }
            b.with(node);
        })).isInstanceOfSatisfying(CodeRefusal.class, r -> {
            assertThat(r.section()).isEqualTo(".text");
            assertThat(r.offset()).isEqualTo(4);
            assertThat(r.function()).isEqualTo("f");
            assertThat(r.getMessage()).isEqualTo(".text+0x4 (f): no reason but a test");
        });
    }

    @Test
    void aScratchRegisterIsNeverOneAPathStillReads() {
        List<OptionalInt> free = new ArrayList<>();
        CodeBuilder.transform(context(), (b, node) -> {
            if (node instanceof Node.InstructionNode) {
                free.add(b.scratchRegister(0));
            }
            b.with(node);
        });
        assertThat(free.get(0)).as("before t0 is written").hasValue(T0);
        assertThat(free.get(1).orElseThrow()).as("t0 is read by add").isNotEqualTo(T0);
        assertThat(free.get(2).orElseThrow()).isEqualTo(T0);
        long exclude = RegisterAccess.x(T0);
        CodeBuilder.transform(context(), (b, node) -> {
            assertThat(b.scratchRegister(exclude)).isNotEqualTo(OptionalInt.of(T0));
            b.with(node);
        });
    }

    @Test
    void theCheckingVisitorRejectsAFixupNamingALabelNeverVisited() {
        InsnList list = new InsnList();
        CheckingVisitor checking = new CheckingVisitor(list);
        checking.visitStart(1, ".text");
        checking.visitInstruction(Opcode.JAL.encode(0, 0), 4,
            List.of(new Fixup(BranchForm.JAL, new Target.LabelTarget(new Label(".Lnowhere")), 0, 0)));
        assertThatThrownBy(checking::visitEnd).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("label .Lnowhere, which the section never visits");
    }

    private static String kind(Node node) {
        return node instanceof Node.LabelNode ? "label" : "insn";
    }
}
