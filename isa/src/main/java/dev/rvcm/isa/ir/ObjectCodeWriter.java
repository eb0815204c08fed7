package dev.rvcm.isa.ir;

import dev.rvcm.relocs.elf.SymbolTable;
import dev.rvcm.relocs.write.OutRelocation;
import dev.rvcm.relocs.write.OutSection;
import dev.rvcm.relocs.write.OutSymbol;
import dev.rvcm.relocs.write.RelocatableObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The end of a visitor chain that writes a code section back into its {@link RelocatableObject}
 * (like an ASM {@code ClassWriter}). It collects the nodes as an {@link InsnList}, lays them out
 * ({@link CodeLayout}: branches to labels that no longer reach are fixed or refused, by {@link BranchFixing}), then writes bytes in
 * node order, each fixup as a relocation at its node's new offset, and patches resolved branches in
 * place. A resolved branch becomes a relocation instead when linker relaxation could change its
 * distance (a relaxable node now lies between it and its target).
 *
 * <p>Then it keeps the object consistent with where the code went: the value of every label's symbol,
 * the size of every sized symbol, and the addend of every relocation in the object that points into the
 * section by section symbol or {@code sym+addend} ({@code .eh_frame}, debug sections, jump tables, other
 * code) — so ADD/SUB/SET label arithmetic stays right. A label no symbol stands for gets a new local
 * symbol when a relocation needs one. Sections are to be written one after another, each read after the
 * previous one was written, so that every reader sees the object as the last writer left it.
 */
public final class ObjectCodeWriter extends InsnList {
    private final RelocatableObject object;
    private final CodeBindings bindings;
    private final Map<Label, Integer> labelSymbols;
    private final BranchFixing fixing;

    /**
     * @param bindings from {@link ObjectCodeReader#bindings()}
     * @param fixing   what to do with branches that no longer reach
     */
    public ObjectCodeWriter(RelocatableObject object, CodeBindings bindings, BranchFixing fixing) {
        this.object = object;
        this.bindings = bindings;
        this.labelSymbols = new HashMap<>(bindings.labelSymbols());
        this.fixing = fixing;
    }

    @Override
    public void visitEnd() {
        List<Node> nodes = nodes();
        int section = section();
        String name = name();
        CodeLayout layout = CodeLayout.of(nodes, name, fixing);
        if (layout.size() > Integer.MAX_VALUE - 8) {
            throw new CodeLayoutException(name, 0, "the section would grow past 2 GiB");
        }
        byte[] contents = new byte[(int) layout.size()];
        List<Relocation> relocations = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            switch (nodes.get(i)) {
                case Node.LabelNode label -> { }
                case Node.InstructionNode insn -> writeInstruction(layout, i, insn, contents, relocations);
                case Node.DataNode(byte[] data, List<Fixup> fixups) -> {
                    add(fixups, layout.start(i), relocations);
                    System.arraycopy(data, 0, contents, (int) layout.start(i), data.length);
                }
            }
        }
        updateSymbols(layout);
        List<OutRelocation> out = new ArrayList<>(relocations.size());
        for (Relocation r : relocations) {
            out.add(new OutRelocation(r.offset(), r.fixup().type(), symbol(r.fixup().target(), layout), r.fixup().addend()));
        }
        for (Map.Entry<Integer, List<OutRelocation>> e : object.relocations().entrySet()) {
            if (object.section(e.getKey()).info() == section) {
                e.setValue(out);
            }
        }
        remapReferences(layout);
        OutSection old = object.section(section);
        object.sections().set(section - 1, new OutSection(old.name(), old.type(), old.flags(), old.address(), old.alignment(),
            old.entrySize(), old.link(), old.info(), contents, contents.length));
    }

    /** A fixup that becomes a relocation, and where. */
    private record Relocation(long offset, Fixup fixup) {
    }

    private static void writeInstruction(CodeLayout layout, int i, Node.InstructionNode insn, byte[] contents,
                                         List<Relocation> relocations) {
        int start = (int) layout.start(i);
        Fixup branch = CodeLayout.branch(insn);
        if (branch == null) {
            add(insn.fixups(), start, relocations);
            write(contents, start, insn.word(), insn.length());
            return;
        }
        BranchForm form = layout.form(i);
        boolean inPlace = branch.resolved() && !layout.relaxableBetween(i, branch);
        int[] words = form.words(branch.type(), insn.word(), layout.displacement(i, branch), inPlace);
        for (Fixup f : insn.fixups()) {
            if (f != branch) {
                add(List.of(f), start, relocations);
            }
        }
        if (!inPlace) {
            Fixup relocation = new Fixup(form.fixupType(branch.type()), branch.target(), branch.addend(), form.displacementAt());
            add(List.of(relocation), start, relocations);
        }
        if (form == BranchForm.AS_IS) {
            write(contents, start, words[0], insn.length());
        } else {
            for (int w = 0; w < words.length; w++) {
                write(contents, start + 4 * w, words[w], 4);
            }
        }
    }

    private static void add(List<Fixup> fixups, long nodeStart, List<Relocation> relocations) {
        for (Fixup f : fixups) {
            if (!f.resolved()) {
                relocations.add(new Relocation(nodeStart + f.offsetInNode(), f));
            }
        }
    }

    private static void write(byte[] contents, int at, int word, int length) {
        for (int b = 0; b < length; b++) {
            contents[at + b] = (byte) (word >>> (8 * b));
        }
    }

    private int symbol(Target target, CodeLayout layout) {
        return switch (target) {
            case Target.SymbolTarget(int index) -> index;
            case Target.LabelTarget(Label label) -> labelSymbols.computeIfAbsent(label, l -> {
                object.symbols().add(new OutSymbol(l.name(), SymbolTable.STT_NOTYPE, 0, section(), section() >= SymbolTable.SHN_LORESERVE,
                    layout.offset(l), 0));
                return object.symbols().size();
            });
        };
    }

    /** Label symbols take their label's new offset; sized symbols end where their last node now ends. */
    private void updateSymbols(CodeLayout layout) {
        List<OutSymbol> symbols = object.symbols();
        labelSymbols.forEach((label, symbol) -> {
            if (layout.placed(label)) {
                OutSymbol old = symbols.get(symbol - 1);
                symbols.set(symbol - 1, new OutSymbol(old.name(), old.info(), old.other(), old.section(), old.extendedIndex(),
                    layout.offset(label), old.size()));
            }
        });
        bindings.symbolEnds().forEach((symbol, end) -> {
            OutSymbol old = symbols.get(symbol - 1);
            if (layout.placed(end.label())) {
                symbols.set(symbol - 1, new OutSymbol(old.name(), old.info(), old.other(), old.section(), old.extendedIndex(),
                    old.value(), layout.offset(end) - old.value()));
            }
        });
    }

    /** Every relocation of the object that points into this section by offset gets the addend of where that place went. */
    private void remapReferences(CodeLayout layout) {
        if (bindings.references().isEmpty()) {
            return;
        }
        List<OutSymbol> symbols = object.symbols();
        Map<CodeBindings.SymbolRef, Long> addends = new HashMap<>();
        bindings.references().forEach((ref, position) -> {
            if (layout.placed(position.label())) {
                OutSymbol sym = symbols.get(ref.symbol() - 1);
                long base = (sym.info() & 0xf) == SymbolTable.STT_SECTION ? 0 : sym.value();
                addends.put(ref, layout.offset(position) - base);
            }
        });
        for (Map.Entry<Integer, List<OutRelocation>> e : object.relocations().entrySet()) {
            List<OutRelocation> table = e.getValue();
            for (int i = 0; i < table.size(); i++) {
                OutRelocation r = table.get(i);
                Long addend = addends.get(new CodeBindings.SymbolRef(r.symbol(), r.addend()));
                if (addend != null && addend != r.addend()) {
                    table.set(i, new OutRelocation(r.offset(), r.type(), r.symbol(), addend));
                }
            }
        }
    }
}
