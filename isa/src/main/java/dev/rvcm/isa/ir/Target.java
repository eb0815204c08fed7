package dev.rvcm.isa.ir;

/** What a fixup refers to: a label in the same section, or a symbol of the object (by index). */
public sealed interface Target {
    /** A label of the section being read or written. */
    record LabelTarget(Label label) implements Target {
    }

    /** A symbol of the object's symbol table, by index: an external, or a symbol of another section. */
    record SymbolTarget(int symbol) implements Target {
    }
}
