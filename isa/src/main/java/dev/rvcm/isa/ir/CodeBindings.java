package dev.rvcm.isa.ir;

import java.util.Map;

/**
 * What ties a section's IR to the rest of its object, found by {@link ObjectCodeReader} and used by
 * {@link ObjectCodeWriter} to keep the object consistent when code moves.
 *
 * @param labelSymbols which symbol (index) each label of the section stands for; its value follows the label
 * @param references   every symbol+addend of the object that points into the section and does not simply
 *                     follow a label (section symbol plus offset, {@code sym+8}): where it points in the IR,
 *                     so that its addend can be recomputed wherever the relocation is (other code sections,
 *                     {@code .eh_frame}, debug sections, jump tables)
 * @param symbolEnds   where each sized symbol of the section ends, so that {@code st_size} follows the code
 */
public record CodeBindings(Map<Label, Integer> labelSymbols, Map<SymbolRef, Position> references,
                           Map<Integer, Position> symbolEnds) {

    public CodeBindings {
        labelSymbols = Map.copyOf(labelSymbols);
        references = Map.copyOf(references);
        symbolEnds = Map.copyOf(symbolEnds);
    }

    /** A relocation's symbol (index in the object's symbol list) and addend. */
    public record SymbolRef(int symbol, long addend) {
    }

    /** A place in the IR: {@code delta} bytes after the node that follows {@code label}. */
    public record Position(Label label, long delta) {
    }
}
