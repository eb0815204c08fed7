package dev.rvcm.isa.ir;

import dev.rvcm.isa.Decoder;
import dev.rvcm.relocs.elf.SymbolTable;
import dev.rvcm.relocs.write.OutRelocation;
import dev.rvcm.relocs.write.OutSection;
import dev.rvcm.relocs.write.OutSymbol;
import dev.rvcm.relocs.write.RelocatableObject;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads one code section of a {@link RelocatableObject} into visitor events (like an ASM
 * {@code ClassReader}). Every symbol defined in the section becomes a {@link Label} at its offset,
 * and every relocation against such a symbol a {@link Target.LabelTarget} (a {@code PCREL_LO12}
 * thereby refers to the label of its {@code auipc}); other relocations keep their symbol. Bytes in
 * {@code $d} mapping-symbol regions, or too short for an instruction, become data nodes; data is
 * split at labels so that every label keeps its exact position.
 */
public final class ObjectCodeReader {
    private final RelocatableObject object;
    private final int section;
    private final Map<Label, Integer> labelSymbols = new HashMap<>();

    public ObjectCodeReader(RelocatableObject object, int section) {
        this.object = object;
        this.section = section;
    }

    /** Which symbol each label stands for (filled by {@link #accept}); the writer updates their values. */
    public Map<Label, Integer> labelSymbols() {
        return labelSymbols;
    }

    /** Sends the section's events to {@code visitor}. */
    public void accept(CodeVisitor visitor) {
        OutSection s = object.section(section);
        byte[] bytes = s.contents();
        TreeMap<Long, List<Label>> labels = new TreeMap<>();
        Map<Integer, Label> bySymbol = new HashMap<>();
        TreeMap<Long, Boolean> dataRegions = new TreeMap<>();
        List<OutSymbol> symbols = object.symbols();
        for (int i = 0; i < symbols.size(); i++) {
            OutSymbol sym = symbols.get(i);
            if (sym.section() != section || (sym.info() & 0xf) == SymbolTable.STT_SECTION || sym.extendedIndex() != (section >= SymbolTable.SHN_LORESERVE)) {
                continue;
            }
            Label label = new Label(sym.name());
            labels.computeIfAbsent(sym.value(), k -> new ArrayList<>()).add(label);
            bySymbol.put(i + 1, label);
            labelSymbols.put(label, i + 1);
            if (sym.name().equals("$d") || sym.name().startsWith("$x")) {
                dataRegions.put(sym.value(), sym.name().equals("$d"));
            }
        }
        TreeMap<Long, List<Fixup>> fixups = fixups(bySymbol);
        visitor.visitStart(section, s.name());
        long at = 0;
        while (at < bytes.length) {
            for (Label label : labels.getOrDefault(at, List.of())) {
                visitor.visitLabel(label);
            }
            Map.Entry<Long, Boolean> region = dataRegions.floorEntry(at);
            boolean data = region != null && region.getValue();
            long next = Math.min(bytes.length, nextKey(labels, at, bytes.length));
            int length = data || bytes.length - at < 2 ? 0 : Decoder.length(le(bytes, at, 2));
            if (length == 0 || at + length > bytes.length || at + length > next) {
                long end = data ? Math.min(next, nextKey(dataRegions, at, bytes.length)) : Math.min(next, at + Math.max(1, Math.min(2, next - at)));
                visitor.visitData(Arrays.copyOfRange(bytes, (int) at, (int) end), take(fixups, at, end));
                at = end;
            } else {
                visitor.visitInstruction(le(bytes, at, length), length, take(fixups, at, at + length));
                at += length;
            }
        }
        for (Label label : labels.getOrDefault(at, List.of())) {
            visitor.visitLabel(label);
        }
        List<Fixup> rest = take(fixups, at, Long.MAX_VALUE);
        if (!rest.isEmpty()) {
            visitor.visitData(new byte[0], rest);
        }
        visitor.visitEnd();
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

    /** The fixups in [from, to), relative to {@code from}, removed from the map. */
    private static List<Fixup> take(TreeMap<Long, List<Fixup>> fixups, long from, long to) {
        List<Fixup> taken = new ArrayList<>();
        var range = fixups.subMap(from, true, to, false);
        for (Map.Entry<Long, List<Fixup>> e : range.entrySet()) {
            for (Fixup f : e.getValue()) {
                taken.add(new Fixup(f.type(), f.target(), f.addend(), (int) (e.getKey() - from)));
            }
        }
        range.clear();
        return taken;
    }

    private static long nextKey(TreeMap<Long, ?> map, long after, long otherwise) {
        Long key = map.higherKey(after);
        return key == null ? otherwise : key;
    }

    private static int le(byte[] bytes, long at, int length) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        return length == 2 ? Short.toUnsignedInt(b.getShort((int) at)) : b.getInt((int) at);
    }
}
