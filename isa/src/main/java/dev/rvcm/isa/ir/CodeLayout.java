package dev.rvcm.isa.ir;

import dev.rvcm.relocs.riscv.RiscvRelocation;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where every node of a section goes, found as assemblers relax branches: lay the nodes out, grow each
 * branch to a label that no longer reaches into its next {@link BranchForm}, and repeat until nothing
 * grows (forms only grow, so this ends).
 *
 * <p>A label that a {@code %pcrel_lo} (or TLS descriptor) low part refers to names an instruction, not a
 * position: the psABI has it point at the {@code auipc} with the matching high part. Such a label is
 * bound to the first instruction after it that carries a high part, so code a transform inserts between
 * the label and its {@code auipc} does not separate them.
 */
final class CodeLayout {
    private static final int RELAX = RiscvRelocation.R_RISCV_RELAX.number();
    private static final int ALIGN = RiscvRelocation.R_RISCV_ALIGN.number();
    private static final Set<Integer> HIGH_PARTS = types(RiscvRelocation::pcrelHigh);
    private static final Set<Integer> LOW_PARTS = types(RiscvRelocation::pcrelLow);

    private final List<Node> nodes;
    private final String section;
    private final BranchForm[] forms;
    private final long[] starts;
    private final int[] relaxableBefore;
    private final Map<Label, Long> labels = new HashMap<>();
    private final Map<Label, Integer> boundToHighPart = new HashMap<>();
    private long size;

    private CodeLayout(List<Node> nodes, String section) {
        this.nodes = nodes;
        this.section = section;
        this.forms = new BranchForm[nodes.size()];
        Arrays.fill(forms, BranchForm.AS_IS);
        this.starts = new long[nodes.size() + 1];
        this.relaxableBefore = new int[nodes.size() + 1];
        for (int i = 0; i < nodes.size(); i++) {
            relaxableBefore[i + 1] = relaxableBefore[i] + (relaxable(nodes.get(i)) ? 1 : 0);
        }
        bindLowPartLabels();
    }

    private void bindLowPartLabels() {
        Set<Label> lowTargets = new HashSet<>();
        for (Node node : nodes) {
            for (Fixup f : fixups(node)) {
                if (LOW_PARTS.contains(f.type()) && f.target() instanceof Target.LabelTarget(Label label)) {
                    lowTargets.add(label);
                }
            }
        }
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) instanceof Node.LabelNode(Label label) && lowTargets.contains(label)) {
                int j = i + 1;
                while (j < nodes.size() && !hasHighPart(nodes.get(j))) {
                    j++;
                }
                if (j == nodes.size()) {
                    throw new CodeLayoutException(section, 0, "%pcrel_lo refers to label " + label + ", which no %pcrel_hi instruction follows");
                }
                boundToHighPart.put(label, j);
            }
        }
    }

    private static Set<Integer> types(Predicate<RiscvRelocation> which) {
        Set<Integer> types = new HashSet<>();
        for (RiscvRelocation r : RiscvRelocation.values()) {
            if (which.test(r)) {
                types.add(r.number());
            }
        }
        return Set.copyOf(types);
    }

    /** Lays out {@code nodes}, fixing or refusing branches that do not reach. */
    static CodeLayout of(List<Node> nodes, String section, BranchFixing fixing) {
        CodeLayout layout = new CodeLayout(nodes, section);
        do {
            layout.place();
        } while (layout.grow(fixing));
        return layout;
    }

    private void place() {
        long at = 0;
        for (int i = 0; i < nodes.size(); i++) {
            starts[i] = at;
            switch (nodes.get(i)) {
                case Node.LabelNode(Label label) -> labels.put(label, at);
                case Node.InstructionNode(int word, int length, List<Fixup> fixups) -> at += forms[i].size(length);
                case Node.DataNode(byte[] bytes, List<Fixup> fixups) -> at += bytes.length;
            }
        }
        starts[nodes.size()] = at;
        size = at;
        boundToHighPart.forEach((label, node) -> labels.put(label, starts[node]));
    }

    private boolean grow(BranchFixing fixing) {
        boolean grew = false;
        for (int i = 0; i < nodes.size(); i++) {
            if (!(nodes.get(i) instanceof Node.InstructionNode insn) || branch(insn) == null) {
                continue;
            }
            Fixup branch = branch(insn);
            long displacement = displacement(i, branch);
            if (forms[i].reaches(branch.type(), displacement)) {
                continue;
            }
            BranchForm next = forms[i].next(branch.type(), insn.word());
            String what = "branch to " + label(branch) + " is " + displacement + " bytes away, out of reach";
            if (fixing == BranchFixing.REFUSE) {
                throw new CodeLayoutException(section, starts[i], what + " (branch fixing is off)");
            }
            if (next == null) {
                throw new CodeLayoutException(section, starts[i], what + " of every form it can take without a scratch register");
            }
            forms[i] = next;
            grew = true;
        }
        return grew;
    }

    /** The fixup of a branch or jump to a label of this section at the start of {@code insn}, or null. */
    static Fixup branch(Node.InstructionNode insn) {
        for (Fixup f : insn.fixups()) {
            if (f.offsetInNode() == 0 && BranchForm.isBranchType(f.type()) && f.target() instanceof Target.LabelTarget) {
                return f;
            }
        }
        return null;
    }

    /** The displacement node {@code i}'s form encodes to reach the target of {@code branch}. */
    long displacement(int i, Fixup branch) {
        return offset(label(branch)) + branch.addend() - (starts[i] + forms[i].displacementAt());
    }

    /**
     * Whether linker relaxation may change the distance of branch node {@code i} to its target: some node
     * strictly between them carries {@code R_RISCV_RELAX} or {@code R_RISCV_ALIGN}.
     */
    boolean relaxableBetween(int i, Fixup branch) {
        long target = offset(label(branch)) + branch.addend();
        int from = target > starts[i] ? i + 1 : firstAt(target);
        int to = target > starts[i] ? firstAt(target) : i;
        return to > from && relaxableBefore[to] - relaxableBefore[from] > 0;
    }

    private int firstAt(long offset) {
        int i = Arrays.binarySearch(starts, offset);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && starts[i - 1] == offset) {
            i--;
        }
        return i;
    }

    private static boolean relaxable(Node node) {
        for (Fixup f : fixups(node)) {
            if (f.type() == RELAX || f.type() == ALIGN) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasHighPart(Node node) {
        for (Fixup f : fixups(node)) {
            if (HIGH_PARTS.contains(f.type())) {
                return true;
            }
        }
        return false;
    }

    private static List<Fixup> fixups(Node node) {
        return switch (node) {
            case Node.InstructionNode insn -> insn.fixups();
            case Node.DataNode data -> data.fixups();
            case Node.LabelNode label -> List.of();
        };
    }

    private static Label label(Fixup branch) {
        return ((Target.LabelTarget) branch.target()).label();
    }

    BranchForm form(int node) {
        return forms[node];
    }

    long start(int node) {
        return starts[node];
    }

    long size() {
        return size;
    }

    /** Where a label of the section is. */
    long offset(Label label) {
        Long at = labels.get(label);
        if (at == null) {
            throw new CodeLayoutException(section, 0, "a fixup refers to label " + label + ", which is not in the section");
        }
        return at;
    }

    boolean placed(Label label) {
        return labels.containsKey(label);
    }

    long offset(CodeBindings.Position position) {
        return offset(position.label()) + position.delta();
    }
}
