package dev.rvcm.isa.ir;

/**
 * A transform of a code section's nodes, in the style of {@code java.lang.classfile.CodeTransform}:
 * it receives every node of the section in order with a {@link CodeBuilder} and emits zero or more
 * nodes for it ({@code builder.with(node)} passes a node on unchanged), then {@link #atEnd} may add
 * what the input never had. Transforms compose with {@link #andThen}: what the first emits, the
 * second receives. A transform with per-section state is made fresh for each section (see
 * {@link ObjectCodeTransform#transform}).
 */
@FunctionalInterface
public interface CodeTransform {
    /** Passes every node on unchanged. */
    CodeTransform ACCEPT_ALL = CodeBuilder::with;

    /** Handles one node: emits what replaces it through {@code builder}. */
    void accept(CodeBuilder builder, Node node);

    /** Called once after the last node. */
    default void atEnd(CodeBuilder builder) {
    }

    /** This transform, then {@code next} on what this one emits. */
    default CodeTransform andThen(CodeTransform next) {
        CodeTransform first = this;
        return new CodeTransform() {
            @Override
            public void accept(CodeBuilder builder, Node node) {
                first.accept(builder.feeding(next), node);
            }

            @Override
            public void atEnd(CodeBuilder builder) {
                first.atEnd(builder.feeding(next));
                next.atEnd(builder);
            }
        };
    }
}
