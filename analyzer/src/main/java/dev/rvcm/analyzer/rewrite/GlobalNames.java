package dev.rvcm.analyzer.rewrite;

import dev.rvcm.isa.ir.ObjectCodeTransform;
import dev.rvcm.isa.ir.Target;
import dev.rvcm.relocs.write.OutSymbol;
import dev.rvcm.relocs.write.RelocatableObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The global name of a place a relocation reaches by a local one: {@code .LANCHOR0+140} (GCC's
 * section anchors) or a section symbol plus offset that lands inside {@code lk_table}, a global
 * object of the same section. A model that reaches global symbols through the GOT must reach that
 * place through {@code lk_table}'s GOT entry too, as {@code gcc -fPIC} does. Only data sections are
 * looked into: the assembler names global functions by their own symbols, and code moves while the
 * object is rewritten.
 */
final class GlobalNames {
    /** A place: a symbol and an offset from it. */
    record Place(Target target, long addend) {
    }

    private final RelocatableObject object;
    private final Map<Integer, TreeMap<Long, Integer>> globalsBySection = new HashMap<>();

    GlobalNames(RelocatableObject object) {
        this.object = object;
        List<OutSymbol> symbols = object.symbols();
        for (int i = 0; i < symbols.size(); i++) {
            OutSymbol s = symbols.get(i);
            if (!s.local() && !s.undefined() && !s.absolute() && s.size() > 0 && !s.extendedIndex()
                && s.section() > 0 && s.section() <= object.sections().size() && !ObjectCodeTransform.isCode(object, s.section())) {
                globalsBySection.computeIfAbsent(s.section(), k -> new TreeMap<>()).putIfAbsent(s.value(), i + 1);
            }
        }
    }

    /** {@code target + addend}, named by the global symbol it lands inside when {@code target} is a local name. */
    Place place(Target target, long addend) {
        if (!(target instanceof Target.SymbolTarget(int index)) || index <= 0 || index > object.symbols().size()) {
            return new Place(target, addend);
        }
        OutSymbol local = object.symbols().get(index - 1);
        TreeMap<Long, Integer> globals = globalsBySection.get(local.section());
        if (!local.local() || local.undefined() || globals == null) {
            return new Place(target, addend);
        }
        long at = (local.sectionSymbol() ? 0 : local.value()) + addend;
        var owner = globals.floorEntry(at);
        if (owner == null) {
            return new Place(target, addend);
        }
        OutSymbol global = object.symbols().get(owner.getValue() - 1);
        return at < global.value() + global.size() ? new Place(new Target.SymbolTarget(owner.getValue()), at - global.value())
            : new Place(target, addend);
    }
}
