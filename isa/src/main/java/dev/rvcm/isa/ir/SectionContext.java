package dev.rvcm.isa.ir;

import dev.rvcm.isa.ir.analysis.SectionAnalysis;
import dev.rvcm.relocs.elf.SymbolTable;
import dev.rvcm.relocs.write.OutSymbol;
import dev.rvcm.relocs.write.RelocatableObject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a {@link CodeTransform} knows about the section it transforms: the object, the section's
 * source nodes as read and the one being handled, each node's offset as read, the enclosing
 * function, a typed view of the symbol a fixup names, and the section's data flow
 * ({@link SectionAnalysis}, computed when first asked for).
 */
public final class SectionContext {
    private final RelocatableObject object;
    private final int section;
    private final String name;
    private final List<Node> source;
    private final Map<Label, Integer> labelSymbols;
    private final Set<Label> addressTaken;
    private final Set<String> names;
    private final long[] offsets;
    private SectionAnalysis analysis;
    private int position;
    private int labels;

    /**
     * @param source   the section's nodes as {@link ObjectCodeReader} read them
     * @param bindings the reader's {@link CodeBindings}
     * @param names    the symbol names taken in the object, shared by its sections; new labels add theirs
     */
    public SectionContext(RelocatableObject object, int section, List<Node> source, CodeBindings bindings, Set<String> names) {
        this.object = object;
        this.section = section;
        this.name = object.section(section).name();
        this.source = List.copyOf(source);
        this.labelSymbols = bindings.labelSymbols();
        this.addressTaken = new HashSet<>();
        bindings.references().values().forEach(p -> addressTaken.add(p.label()));
        this.names = names;
        this.offsets = new long[source.size() + 1];
        for (int n = 0; n < source.size(); n++) {
            offsets[n + 1] = offsets[n] + switch (source.get(n)) {
                case Node.LabelNode l -> 0;
                case Node.InstructionNode i -> i.length();
                case Node.DataNode d -> d.bytes().length;
            };
        }
    }

    /** The symbol names of an object, for the {@code names} of its sections' contexts. */
    public static Set<String> symbolNames(RelocatableObject object) {
        Set<String> names = new HashSet<>();
        object.symbols().forEach(s -> names.add(s.name()));
        return names;
    }

    public RelocatableObject object() {
        return object;
    }

    /** The section's index in the object. */
    public int section() {
        return section;
    }

    /** The section's name. */
    public String name() {
        return name;
    }

    /** The section's nodes as read. */
    public List<Node> source() {
        return source;
    }

    /** The index of the source node being transformed. */
    public int position() {
        return position;
    }

    void position(int node) {
        position = node;
    }

    /** The offset of source node {@code node} in the section as read. */
    public long offset(int node) {
        return offsets[node];
    }

    /**
     * The symbol a fixup target names: the object's symbol, or the symbol a label of this section
     * stands for; null for a label no symbol stands for (defined here, local) and for symbol 0.
     */
    public OutSymbol symbol(Target target) {
        Integer index = switch (target) {
            case Target.SymbolTarget(int symbol) -> symbol;
            case Target.LabelTarget(Label label) -> labelSymbols.get(label);
        };
        return index == null || index <= 0 || index > object.symbols().size() ? null : object.symbols().get(index - 1);
    }

    /** That source node {@code node} cannot be transformed, for {@code reason}: to be thrown. */
    public CodeRefusal refusal(int node, String reason) {
        return new CodeRefusal(name, offset(node), function(node), reason);
    }

    /** The name of the function holding source node {@code node}, or empty. */
    public String function(int node) {
        int start = analysis().region(node).from();
        if (source.get(start) instanceof Node.LabelNode(Label label) && labelSymbols.containsKey(label)) {
            return label.name();
        }
        return "";
    }

    /** The section's data flow. */
    public SectionAnalysis analysis() {
        if (analysis == null) {
            Set<Label> functions = new HashSet<>();
            Set<Label> entries = new HashSet<>();
            labelSymbols.forEach((label, index) -> {
                OutSymbol symbol = object.symbols().get(index - 1);
                if (symbol.type() == SymbolTable.STT_FUNC) {
                    functions.add(label);
                }
                if (!symbol.local()) {
                    entries.add(label);
                }
            });
            analysis = new SectionAnalysis(source, functions, addressTaken, entries);
        }
        return analysis;
    }

    Label newLabel(String prefix) {
        String candidate;
        do {
            candidate = prefix + labels++;
        } while (!names.add(candidate));
        return new Label(candidate);
    }
}
