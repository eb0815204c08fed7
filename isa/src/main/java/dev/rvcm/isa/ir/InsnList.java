package dev.rvcm.isa.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * The tree form of one code section, built by visiting it (like an ASM {@code MethodNode}) and
 * replayed with {@link #accept(CodeVisitor)}. Its node list may be edited between the two.
 */
public class InsnList extends CodeVisitor {
    private final List<Node> nodes = new ArrayList<>();
    private int section;
    private String name;

    public InsnList() {
        super(null);
    }

    @Override
    public void visitStart(int sectionIndex, String sectionName) {
        this.section = sectionIndex;
        this.name = sectionName;
    }

    @Override
    public void visitLabel(Label label) {
        nodes.add(new Node.LabelNode(label));
    }

    @Override
    public void visitInstruction(int word, int length, List<Fixup> fixups) {
        nodes.add(new Node.InstructionNode(word, length, fixups));
    }

    @Override
    public void visitData(byte[] bytes, List<Fixup> fixups) {
        nodes.add(new Node.DataNode(bytes, fixups));
    }

    /** The nodes, editable. */
    public List<Node> nodes() {
        return nodes;
    }

    /** The section's index in its object. */
    public int section() {
        return section;
    }

    /** The section's name. */
    public String name() {
        return name;
    }

    /** Replays the section into a visitor, in the documented order. */
    public void accept(CodeVisitor visitor) {
        visitor.visitStart(section, name);
        for (Node node : nodes) {
            node.accept(visitor);
        }
        visitor.visitEnd();
    }
}
