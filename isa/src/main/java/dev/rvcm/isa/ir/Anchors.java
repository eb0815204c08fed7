package dev.rvcm.isa.ir;

import java.util.HashMap;
import java.util.Map;

/**
 * The anchor labels of a section being read: one per node that something the object holds as a fixed
 * offset points at or into, made on first use. An anchor is visited right before its node, so code a
 * transform inserts after a symbol's label does not come between a reference and the instruction it
 * pointed at.
 */
final class Anchors {
    private final SectionPieces pieces;
    private final String sectionName;
    private final Map<Integer, Label> byPiece = new HashMap<>();

    Anchors(SectionPieces pieces, String sectionName) {
        this.pieces = pieces;
        this.sectionName = sectionName;
    }

    /** Where {@code offset} of the section is in the IR, or null when it lies outside the section. */
    CodeBindings.Position position(long offset) {
        int piece = pieces.containing(offset);
        if (piece < 0) {
            return null;
        }
        long start = piece == pieces.count() ? offset : pieces.start(piece);
        Label label = byPiece.computeIfAbsent(piece, p -> new Label(".L" + sectionName + "+0x" + Long.toHexString(start)));
        return new CodeBindings.Position(label, offset - start);
    }

    /** The anchor of a piece ({@code count()} for the section's end), or null if nothing points there. */
    Label at(int piece) {
        return byPiece.get(piece);
    }
}
