package dev.rvcm.isa.ir;

import dev.rvcm.isa.Decoder;
import dev.rvcm.isa.Extensions;
import dev.rvcm.isa.Immediates;
import dev.rvcm.isa.IsaRegions;
import dev.rvcm.relocs.elf.SymbolTable;
import dev.rvcm.relocs.riscv.RiscvRelocation;
import dev.rvcm.relocs.write.OutRelocation;
import dev.rvcm.relocs.write.OutSection;
import dev.rvcm.relocs.write.OutSymbol;
import dev.rvcm.relocs.write.RelocatableObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads one code section of a {@link RelocatableObject} into visitor events (like an ASM
 * {@code ClassReader}). Every symbol defined in the section becomes a {@link Label} at its offset,
 * and every relocation against such a symbol a {@link Target.LabelTarget} (a {@code PCREL_LO12}
 * thereby refers to the label of its {@code auipc}); other relocations keep their symbol. Bytes in
 * {@code $d} mapping-symbol regions (read as {@link IsaRegions} reads them for the disassembler), or
 * too short for an instruction, become data nodes.
 *
 * <p>So that the code may move, the reader also ties to labels what the object holds as fixed offsets:
 * a branch or jump the assembler resolved becomes a {@linkplain Fixup#resolved() resolved} fixup to a
 * label at its target; every section-symbol+offset or {@code sym+addend} reference into the section
 * (from anywhere in the object) and the end of every sized symbol get a {@link CodeBindings.Position}.
 * Such places get anchor labels, visited after the symbols' labels at the same offset, right before
 * their node.
 */
public final class ObjectCodeReader {
    private static final Decoder DECODER = new Decoder(Extensions.ALL);

    private final RelocatableObject object;
    private final int section;
    private final TreeMap<Long, List<Label>> labels = new TreeMap<>();
    private String name;
    private SectionPieces pieces;
    private Anchors anchors;
    private TreeMap<Long, List<Fixup>> fixups;
    private CodeBindings bindings;

    public ObjectCodeReader(RelocatableObject object, int section) {
        this.object = object;
        this.section = section;
    }

    /** What ties the section to the rest of the object, for {@link ObjectCodeWriter}. */
    public CodeBindings bindings() {
        prepare();
        return bindings;
    }

    /** Sends the section's events to {@code visitor}. */
    public void accept(CodeVisitor visitor) {
        prepare();
        FixupCursor next = new FixupCursor(fixups.entrySet().iterator());
        visitor.visitStart(section, name);
        for (int p = 0; p < pieces.count(); p++) {
            long at = pieces.start(p);
            visitLabels(visitor, labels.get(at), anchors.at(p));
            long end = pieces.end(p);
            if (pieces.isInstruction(p)) {
                visitor.visitInstruction(pieces.word(p), (int) (end - at), next.take(at, end));
            } else {
                visitor.visitData(pieces.data(p), next.take(at, end));
            }
        }
        long size = pieces.size();
        visitLabels(visitor, labels.get(size), anchors.at(pieces.count()));
        List<Fixup> rest = next.take(size, Long.MAX_VALUE);
        if (!rest.isEmpty()) {
            visitor.visitData(new byte[0], rest);
        }
        visitor.visitEnd();
    }

    /** Splits the section into nodes, makes its labels, fixups and bindings: once, before the first use. */
    private void prepare() {
        if (bindings != null) {
            return;
        }
        OutSection s = object.section(section);
        name = s.name();
        byte[] bytes = s.contents();
        Map<Integer, Label> bySymbol = new HashMap<>();
        List<IsaRegions.MappingSymbol> mappingSymbols = new ArrayList<>();
        List<OutSymbol> symbols = object.symbols();
        for (int i = 0; i < symbols.size(); i++) {
            OutSymbol sym = symbols.get(i);
            if (!definedHere(sym) || (sym.info() & 0xf) == SymbolTable.STT_SECTION) {
                continue;
            }
            Label label = new Label(sym.name());
            labels.computeIfAbsent(sym.value(), k -> new ArrayList<>()).add(label);
            bySymbol.put(i + 1, label);
            if ((sym.info() & 0xf) == SymbolTable.STT_NOTYPE && IsaRegions.isMappingSymbol(sym.name())) {
                mappingSymbols.add(new IsaRegions.MappingSymbol(sym.value(), sym.name()));
            }
        }
        // which bytes are code is all the pieces need: the regions' extensions go unused (DECODER knows them all)
        IsaRegions.Regions regions = IsaRegions.Regions.of(mappingSymbols, Extensions.ALL);
        pieces = SectionPieces.of(bytes, labels.navigableKeySet(), regions);
        anchors = new Anchors(pieces, name);
        fixups = fixups(bySymbol);
        resolvedBranches(pieces, anchors, fixups);
        Map<Label, Integer> labelSymbols = new HashMap<>();
        bySymbol.forEach((symbol, label) -> labelSymbols.put(label, symbol));
        bindings = new CodeBindings(labelSymbols, references(anchors), symbolEnds(anchors));
    }

    private boolean definedHere(OutSymbol sym) {
        return sym.section() == section && sym.extendedIndex() == (section >= SymbolTable.SHN_LORESERVE);
    }

    private static void visitLabels(CodeVisitor visitor, List<Label> symbolLabels, Label anchor) {
        if (symbolLabels != null) {
            symbolLabels.forEach(visitor::visitLabel);
        }
        if (anchor != null) {
            visitor.visitLabel(anchor);
        }
    }

    private TreeMap<Long, List<Fixup>> fixups(Map<Integer, Label> bySymbol) {
        TreeMap<Long, List<Fixup>> byOffset = new TreeMap<>();
        for (Map.Entry<Integer, List<OutRelocation>> e : object.relocations().entrySet()) {
            if (object.section(e.getKey()).info() != section) {
                continue;
            }
            for (OutRelocation r : e.getValue()) {
                Label label = bySymbol.get(r.symbol());
                Target target = label != null ? new Target.LabelTarget(label) : new Target.SymbolTarget(r.symbol());
                byOffset.computeIfAbsent(r.offset(), k -> new ArrayList<>()).add(new Fixup(r.type(), target, r.addend(), 0));
            }
        }
        return byOffset;
    }

    /** Branches and jumps without a relocation: the assembler resolved them; they get a resolved fixup. */
    private static void resolvedBranches(SectionPieces pieces, Anchors anchors, TreeMap<Long, List<Fixup>> fixups) {
        for (int p = 0; p < pieces.count(); p++) {
            if (!pieces.isInstruction(p)) {
                continue;
            }
            int word = pieces.word(p);
            if (!mayBeBranch(word) || hasBranchRelocation(fixups.get(pieces.start(p)))) {
                continue;
            }
            RiscvRelocation type;
            long displacement;
            switch (DECODER.opcode(word)) {
                case BEQ, BNE, BLT, BGE, BLTU, BGEU -> {
                    type = RiscvRelocation.R_RISCV_BRANCH;
                    displacement = Immediates.bImm(word);
                }
                case JAL -> {
                    type = RiscvRelocation.R_RISCV_JAL;
                    displacement = Immediates.jImm(word);
                }
                case C_BEQZ, C_BNEZ -> {
                    type = RiscvRelocation.R_RISCV_RVC_BRANCH;
                    displacement = Immediates.cbImm(word);
                }
                case C_J -> {
                    type = RiscvRelocation.R_RISCV_RVC_JUMP;
                    displacement = Immediates.cjImm(word);
                }
                default -> {
                    continue;
                }
            }
            CodeBindings.Position target = anchors.position(pieces.start(p) + displacement);
            if (target != null) {
                fixups.computeIfAbsent(pieces.start(p), k -> new ArrayList<>())
                    .add(new Fixup(type.number(), new Target.LabelTarget(target.label()), target.delta(), 0, true));
            }
        }
    }

    /** A cheap test before decoding: B-type and JAL major opcodes, and quadrant 1 with funct3 101, 110 or 111. */
    private static boolean mayBeBranch(int word) {
        if ((word & 3) == 3) {
            return (word & 0x7f) == 0x63 || (word & 0x7f) == 0x6f;
        }
        return (word & 3) == 1 && (word >>> 13 & 7) >= 5;
    }

    private static boolean hasBranchRelocation(List<Fixup> fixups) {
        if (fixups != null) {
            for (Fixup f : fixups) {
                if (BranchForm.isBranchType(f.type())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every section-symbol+offset and sym+addend (addend not 0) reference into this section, from the whole object. */
    private Map<CodeBindings.SymbolRef, CodeBindings.Position> references(Anchors anchors) {
        Map<CodeBindings.SymbolRef, CodeBindings.Position> references = new HashMap<>();
        List<OutSymbol> symbols = object.symbols();
        for (List<OutRelocation> table : object.relocations().values()) {
            for (OutRelocation r : table) {
                if (r.symbol() <= 0 || r.symbol() > symbols.size()) {
                    continue;
                }
                OutSymbol sym = symbols.get(r.symbol() - 1);
                boolean sectionSymbol = (sym.info() & 0xf) == SymbolTable.STT_SECTION;
                if (!definedHere(sym) || (!sectionSymbol && r.addend() == 0)) {
                    continue;
                }
                CodeBindings.SymbolRef ref = new CodeBindings.SymbolRef(r.symbol(), r.addend());
                if (!references.containsKey(ref)) {
                    CodeBindings.Position position = anchors.position((sectionSymbol ? 0 : sym.value()) + r.addend());
                    if (position != null) {
                        references.put(ref, position);
                    }
                }
            }
        }
        return references;
    }

    private Map<Integer, CodeBindings.Position> symbolEnds(Anchors anchors) {
        Map<Integer, CodeBindings.Position> ends = new HashMap<>();
        List<OutSymbol> symbols = object.symbols();
        for (int i = 0; i < symbols.size(); i++) {
            OutSymbol sym = symbols.get(i);
            if (definedHere(sym) && sym.size() > 0 && (sym.info() & 0xf) != SymbolTable.STT_SECTION) {
                CodeBindings.Position end = anchors.position(sym.value() + sym.size());
                if (end != null) {
                    ends.put(i + 1, end);
                }
            }
        }
        return ends;
    }

    /** Hands out a section's fixups node by node, nodes asked for in increasing offset order. */
    private static final class FixupCursor {
        private final Iterator<Map.Entry<Long, List<Fixup>>> entries;
        private Map.Entry<Long, List<Fixup>> entry;

        FixupCursor(Iterator<Map.Entry<Long, List<Fixup>>> entries) {
            this.entries = entries;
            this.entry = entries.hasNext() ? entries.next() : null;
        }

        /** The fixups before {@code to} not handed out yet, relative to {@code from}. */
        List<Fixup> take(long from, long to) {
            List<Fixup> taken = List.of();
            while (entry != null && entry.getKey() < to) {
                if (taken.isEmpty()) {
                    taken = new ArrayList<>();
                }
                for (Fixup f : entry.getValue()) {
                    taken.add(f.at((int) (entry.getKey() - from)));
                }
                entry = entries.hasNext() ? entries.next() : null;
            }
            return taken;
        }
    }
}
