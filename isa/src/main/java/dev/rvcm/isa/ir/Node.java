package dev.rvcm.isa.ir;

import dev.rvcm.isa.Decoder;
import dev.rvcm.isa.Extensions;
import dev.rvcm.isa.Instruction;
import java.util.List;

/** One element of an {@link InsnList}: a label, an instruction or data. */
public sealed interface Node {
    /** Replays this node into a visitor. */
    void accept(CodeVisitor visitor);

    /** A label at the position of the next node. */
    record LabelNode(Label label) implements Node {
        @Override
        public void accept(CodeVisitor visitor) {
            visitor.visitLabel(label);
        }
    }

    /** An instruction and its fixups. */
    record InstructionNode(int word, int length, List<Fixup> fixups) implements Node {
        private static final Decoder DECODER = new Decoder(Extensions.ALL);

        public InstructionNode {
            fixups = List.copyOf(fixups);
        }

        /** A 4-byte instruction with these fixups. */
        public InstructionNode(int word, Fixup... fixups) {
            this(word, 4, List.of(fixups));
        }

        /** The instruction decoded: its opcode and operands by name (every extension rvcm knows enabled). */
        public Instruction instruction() {
            return DECODER.decode(word);
        }

        @Override
        public void accept(CodeVisitor visitor) {
            visitor.visitInstruction(word, length, fixups);
        }
    }

    /** Bytes that are not instructions, and their fixups. */
    record DataNode(byte[] bytes, List<Fixup> fixups) implements Node {
        public DataNode {
            fixups = List.copyOf(fixups);
        }

        @Override
        public void accept(CodeVisitor visitor) {
            visitor.visitData(bytes, fixups);
        }
    }
}
