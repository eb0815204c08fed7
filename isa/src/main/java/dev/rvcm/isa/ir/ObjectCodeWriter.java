package dev.rvcm.isa.ir;

import dev.rvcm.relocs.write.OutRelocation;
import dev.rvcm.relocs.write.OutSection;
import dev.rvcm.relocs.write.OutSymbol;
import dev.rvcm.relocs.write.RelocatableObject;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The end of a visitor chain that writes a code section back into its {@link RelocatableObject}
 * (like an ASM {@code ClassWriter}): bytes in node order, each fixup as a relocation at its node's
 * offset, and the value of every label's symbol set to where the label now is. A label no symbol
 * stands for (one a transform added) gets a new local symbol.
 */
public final class ObjectCodeWriter extends CodeVisitor {
    private final RelocatableObject object;
    private final Map<Label, Integer> labelSymbols;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Map<Label, Long> labelOffsets = new HashMap<>();
    private final List<long[]> pending = new ArrayList<>();
    private final List<Target> pendingTargets = new ArrayList<>();
    private int section;

    /** @param labelSymbols the symbols labels stand for, from {@link ObjectCodeReader#labelSymbols()} */
    public ObjectCodeWriter(RelocatableObject object, Map<Label, Integer> labelSymbols) {
        super(null);
        this.object = object;
        this.labelSymbols = new HashMap<>(labelSymbols);
    }

    @Override
    public void visitStart(int sectionIndex, String name) {
        this.section = sectionIndex;
    }

    @Override
    public void visitLabel(Label label) {
        labelOffsets.put(label, (long) bytes.size());
    }

    @Override
    public void visitInstruction(int word, int length, List<Fixup> fixups) {
        record(fixups);
        for (int i = 0; i < length; i++) {
            bytes.write(word >>> (8 * i));
        }
    }

    @Override
    public void visitData(byte[] data, List<Fixup> fixups) {
        record(fixups);
        bytes.writeBytes(data);
    }

    private void record(List<Fixup> fixups) {
        for (Fixup f : fixups) {
            pending.add(new long[] {bytes.size() + (long) f.offsetInNode(), f.type(), f.addend()});
            pendingTargets.add(f.target());
        }
    }

    @Override
    public void visitEnd() {
        List<OutSymbol> symbols = object.symbols();
        for (Map.Entry<Label, Long> e : labelOffsets.entrySet()) {
            Integer symbol = labelSymbols.get(e.getKey());
            if (symbol == null) {
                symbols.add(new OutSymbol(e.getKey().name(), 0, 0, section, false, e.getValue(), 0));
                labelSymbols.put(e.getKey(), symbols.size());
            } else {
                OutSymbol old = symbols.get(symbol - 1);
                symbols.set(symbol - 1, new OutSymbol(old.name(), old.info(), old.other(), old.section(), old.extendedIndex(),
                    e.getValue(), old.size()));
            }
        }
        List<OutRelocation> relocations = new ArrayList<>(pending.size());
        for (int i = 0; i < pending.size(); i++) {
            long[] r = pending.get(i);
            int symbol = switch (pendingTargets.get(i)) {
                case Target.LabelTarget(Label label) -> labelSymbols.get(label);
                case Target.SymbolTarget(int index) -> index;
            };
            relocations.add(new OutRelocation(r[0], (int) r[1], symbol, r[2]));
        }
        for (Map.Entry<Integer, List<OutRelocation>> e : object.relocations().entrySet()) {
            if (object.section(e.getKey()).info() == section) {
                e.setValue(relocations);
            }
        }
        OutSection old = object.section(section);
        byte[] contents = bytes.toByteArray();
        object.sections().set(section - 1, new OutSection(old.name(), old.type(), old.flags(), old.address(), old.alignment(),
            old.entrySize(), old.link(), old.info(), contents, contents.length));
    }
}
