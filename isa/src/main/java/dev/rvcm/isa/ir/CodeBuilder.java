package dev.rvcm.isa.ir;

import dev.rvcm.isa.RegisterAccess;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * What a {@link CodeTransform} emits nodes through, as {@code java.lang.classfile.CodeBuilder}:
 * {@link #with} passes a node on, {@link #newLabel} makes a label no symbol of the object is named
 * like, {@link #scratchRegister} finds a register free right before the node being transformed,
 * {@link #refuse} stops the transform with a reason located in the input, and {@link #context()}
 * tells about the section, its symbols and its data flow.
 */
public final class CodeBuilder {
    /** Scratch registers in the order they are handed out: temporaries first, then arguments from a7 down. */
    private static final int[] SCRATCH_ORDER = {5, 6, 7, 28, 29, 30, 31, 17, 16, 15, 14, 13, 12, 11, 10};

    private final SectionContext context;
    private final Consumer<Node> sink;
    private final Map<CodeTransform, CodeBuilder> feeding = new IdentityHashMap<>();

    private CodeBuilder(SectionContext context, Consumer<Node> sink) {
        this.context = context;
        this.sink = sink;
    }

    /**
     * Runs {@code transform} over the section of {@code context}: every source node in order, then
     * {@link CodeTransform#atEnd}; returns what it emitted.
     */
    public static InsnList transform(SectionContext context, CodeTransform transform) {
        InsnList out = new InsnList();
        out.visitStart(context.section(), context.name());
        CodeBuilder builder = new CodeBuilder(context, node -> node.accept(out));
        for (int n = 0; n < context.source().size(); n++) {
            context.position(n);
            transform.accept(builder, context.source().get(n));
        }
        transform.atEnd(builder);
        return out;
    }

    /** Emits {@code node}. */
    public CodeBuilder with(Node node) {
        sink.accept(node);
        return this;
    }

    /** Emits a label at the position of the next node. */
    public CodeBuilder label(Label label) {
        return with(new Node.LabelNode(label));
    }

    /** Emits a 4-byte instruction with its fixups. */
    public CodeBuilder instruction(int word, Fixup... fixups) {
        return with(new Node.InstructionNode(word, fixups));
    }

    /** Emits a 4-byte instruction with its fixups. */
    public CodeBuilder instruction(int word, List<Fixup> fixups) {
        return with(new Node.InstructionNode(word, 4, fixups));
    }

    /** A new label whose name starts with {@code prefix} and is no symbol's name in the object. */
    public Label newLabel(String prefix) {
        return context.newLabel(prefix);
    }

    /** The section being transformed, the node being handled, symbols and data flow. */
    public SectionContext context() {
        return context;
    }

    /**
     * An integer register no path reads before writing it, from right before the source node being
     * transformed ({@link dev.rvcm.isa.ir.analysis.Liveness}), none of {@code exclude}
     * ({@link RegisterAccess} bits); temporaries first. Empty when every candidate is live.
     */
    public OptionalInt scratchRegister(long exclude) {
        long live = context.analysis().liveBefore(context.position()) | exclude;
        for (int r : SCRATCH_ORDER) {
            if ((live & RegisterAccess.x(r)) == 0) {
                return OptionalInt.of(r);
            }
        }
        return OptionalInt.empty();
    }

    /** Stops the transform: the source node being handled cannot be transformed, for {@code reason}. */
    public CodeRefusal refuse(String reason) {
        throw context.refusal(context.position(), reason);
    }

    /** A builder whose nodes go to {@code next}, which emits through this one. */
    CodeBuilder feeding(CodeTransform next) {
        return feeding.computeIfAbsent(next, t -> new CodeBuilder(context, node -> t.accept(this, node)));
    }
}
