package dev.rvcm.isa.ir;

import dev.rvcm.isa.Decoder;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Passes events on after checking that they form a well-formed section: {@code visitStart} first,
 * {@code visitEnd} last, each label at most once, instruction lengths that match their encoding,
 * fixups inside their node, and (at {@code visitEnd}) no fixup naming a label the section never
 * visited. Used in tests, in front of any visitor, as ASM's CheckClassAdapter.
 */
public final class CheckingVisitor extends CodeVisitor {
    private final Set<Label> seen = new HashSet<>();
    private final Set<Label> named = new HashSet<>();
    private boolean started;
    private boolean ended;

    public CheckingVisitor(CodeVisitor next) {
        super(next);
    }

    @Override
    public void visitStart(int section, String name) {
        check(!started, "visitStart called twice");
        started = true;
        super.visitStart(section, name);
    }

    @Override
    public void visitLabel(Label label) {
        open();
        check(seen.add(label), "label " + label + " visited twice");
        super.visitLabel(label);
    }

    @Override
    public void visitInstruction(int word, int length, List<Fixup> fixups) {
        open();
        check(length == 2 || length == 4, "instruction length " + length);
        check(Decoder.length(word & 0xffff) == length, "length " + length + " does not match encoding " + Integer.toHexString(word));
        check(length == 4 || (word >>> 16) == 0, "compressed instruction with bits above 16: " + Integer.toHexString(word));
        fixupsWithin(fixups, length);
        super.visitInstruction(word, length, fixups);
    }

    @Override
    public void visitData(byte[] bytes, List<Fixup> fixups) {
        open();
        fixupsWithin(fixups, Math.max(1, bytes.length));
        super.visitData(bytes, fixups);
    }

    @Override
    public void visitEnd() {
        open();
        for (Label label : named) {
            check(seen.contains(label), "a fixup names label " + label + ", which the section never visits");
        }
        ended = true;
        super.visitEnd();
    }

    private void fixupsWithin(List<Fixup> fixups, int size) {
        for (Fixup f : fixups) {
            check(f.offsetInNode() >= 0 && f.offsetInNode() < size, "fixup at " + f.offsetInNode() + " outside its node of " + size);
            check(f.target() != null, "fixup without target");
            if (f.target() instanceof Target.LabelTarget(Label label)) {
                named.add(label);
            }
        }
    }

    private void open() {
        check(started, "event before visitStart");
        check(!ended, "event after visitEnd");
    }

    private static void check(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException("ill-formed code stream: " + problem);
        }
    }
}
