package dev.rvcm.analyzer.rewrite;

import dev.rvcm.isa.Instruction;
import dev.rvcm.isa.Opcode;
import dev.rvcm.isa.ir.CodeBuilder;
import dev.rvcm.isa.ir.Fixup;
import dev.rvcm.isa.ir.Label;
import dev.rvcm.isa.ir.Node;
import dev.rvcm.isa.ir.SectionContext;
import dev.rvcm.isa.ir.Target;
import dev.rvcm.isa.ir.analysis.HiLoPairing;
import dev.rvcm.isa.ir.analysis.HiLoPairing.Hi;
import dev.rvcm.isa.ir.analysis.HiLoPairing.LoUse;
import dev.rvcm.isa.ir.analysis.SectionAnalysis.Region;
import dev.rvcm.relocs.riscv.RiscvRelocation;
import dev.rvcm.relocs.write.OutSymbol;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The rewrite's decision for every hi and lo user of one region ({@link Action}), made group by
 * group: hi's joined by a lo user that either may complete ({@link HiLoPairing}), or that a
 * {@code %pcrel_lo} names. A group that keeps its PC-relative auipc only loses its relaxation. When
 * the pairing is certain (each user's base holds a hi of the group on every path), a {@code lui}
 * whose users all mean its own addend becomes an auipc in place, and otherwise (other addends,
 * several hi's on the paths to a user) each hi puts the whole address in its register, from the
 * GOT for a symbol reached through it, and the users offsets from that. A GOT access (PIC and PIE
 * code) to a symbol the model reaches PC-relatively becomes a PC-relative one. When it is not certain
 * (a path the analysis cannot follow), every user gets an auipc of its own and the hi's go. A hi
 * whose value is used as a number is refused, located at the use.
 */
final class AccessPlan {
    private static final int PCREL_HI20 = RiscvRelocation.R_RISCV_PCREL_HI20.number();
    private static final int GOT_HI20 = RiscvRelocation.R_RISCV_GOT_HI20.number();
    private static final int PCREL_LO12_I = RiscvRelocation.R_RISCV_PCREL_LO12_I.number();
    private static final int PCREL_LO12_S = RiscvRelocation.R_RISCV_PCREL_LO12_S.number();
    private static final int HI20 = RiscvRelocation.R_RISCV_HI20.number();
    private static final int RVC_LUI = RiscvRelocation.R_RISCV_RVC_LUI.number();
    private static final int LO12_I = RiscvRelocation.R_RISCV_LO12_I.number();
    private static final int LO12_S = RiscvRelocation.R_RISCV_LO12_S.number();

    private final CodeBuilder builder;
    private final SectionContext context;
    private final TargetModel model;
    private final Predicate<String> named;
    private final GlobalNames names;
    private final Map<Integer, Action> actions;

    private AccessPlan(CodeBuilder builder, TargetModel model, Predicate<String> named, GlobalNames names,
                       Map<Integer, Action> actions) {
        this.builder = builder;
        this.context = builder.context();
        this.model = model;
        this.named = named;
        this.names = names;
        this.actions = actions;
    }

    /** Decides every hi and lo user of {@code region} into {@code actions}, keyed by source node. */
    static void plan(CodeBuilder builder, Region region, TargetModel model, Predicate<String> named, GlobalNames names,
                     Map<Integer, Action> actions) {
        new AccessPlan(builder, model, named, names, actions).plan(region);
    }

    private void plan(Region region) {
        if (onlyPcRelative(region)) {
            return;
        }
        HiLoPairing pairing = region.pairing();
        Map<Integer, Integer> root = new HashMap<>();
        for (Hi hi : pairing.his()) {
            root.put(hi.node(), hi.node());
        }
        Map<Integer, List<Integer>> hisOfUser = new HashMap<>();
        for (LoUse user : pairing.users()) {
            List<Integer> his = new ArrayList<>();
            for (int h : user.his()) {
                his.add(h);
            }
            int byLabel = namedHi(user, pairing);
            if (byLabel >= 0 && !his.contains(byLabel)) {
                his.add(byLabel);
            }
            hisOfUser.put(user.node(), his);
            for (int h : his) {
                union(root, his.getFirst(), h);
            }
        }
        Map<Integer, List<Hi>> groupHis = new TreeMap<>();
        for (Hi hi : pairing.his()) {
            groupHis.computeIfAbsent(find(root, hi.node()), k -> new ArrayList<>()).add(hi);
        }
        Map<Integer, List<LoUse>> groupUsers = new HashMap<>();
        for (LoUse user : pairing.users()) {
            List<Integer> his = hisOfUser.get(user.node());
            if (his.isEmpty()) {
                orphan(user);
            } else {
                groupUsers.computeIfAbsent(find(root, his.getFirst()), k -> new ArrayList<>()).add(user);
            }
        }
        groupHis.forEach((r, his) -> decide(his, groupUsers.getOrDefault(r, List.of()), pairing));
        for (int i = 0; i < region.graph().size(); i++) {
            int node = region.graph().node(i);
            if (!actions.containsKey(node) && absolute(fixups(node))) {
                throw context.refusal(node, "an absolute %hi/%lo access whose other half rvcm cannot find");
            }
        }
    }

    /**
     * The common case of medany code, decided without data flow: a region whose only hi/lo pairs
     * are auipc pairs of symbols the model reaches PC-relatively keeps them all.
     */
    private boolean onlyPcRelative(Region region) {
        List<Integer> pairs = new ArrayList<>();
        for (int node = region.from(); node < region.to(); node++) {
            if (!(context.source().get(node) instanceof Node.InstructionNode insn)) {
                continue;
            }
            for (Fixup f : insn.fixups()) {
                int type = f.type();
                if (type == HI20 || type == RVC_LUI || type == LO12_I || type == LO12_S || type == GOT_HI20
                    || (type == PCREL_HI20 && throughGot(names.place(f.target(), f.addend()).target()))) {
                    return false;
                }
                if (type == PCREL_HI20 || type == PCREL_LO12_I || type == PCREL_LO12_S) {
                    pairs.add(node);
                }
            }
        }
        pairs.forEach(node -> actions.put(node, new Action.KeepPcRelative()));
        return true;
    }

    private void decide(List<Hi> his, List<LoUse> users, HiLoPairing pairing) {
        if (his.stream().anyMatch(h -> h.fixup().type() == GOT_HI20)) {
            gotAccess(his, users, pairing);
            return;
        }
        boolean got = his.stream().anyMatch(h -> throughGot(place(h).target()))
            || users.stream().anyMatch(u -> throughGot(place(u, pairing).target()));
        if (!got && his.stream().allMatch(h -> h.fixup().type() == PCREL_HI20)) {
            his.forEach(h -> actions.put(h.node(), new Action.KeepPcRelative()));
            users.forEach(u -> actions.put(u.node(), new Action.KeepPcRelative()));
            return;
        }
        for (Hi hi : his) {
            List<Integer> foreign = pairing.foreignUses(hi.node());
            if (!foreign.isEmpty()) {
                throw context.refusal(foreign.getFirst(), "the value of the %hi at +0x"
                    + Long.toHexString(context.offset(hi.node())) + " is used here as a number, not as a %lo base");
            }
        }
        if (certain(his, users, pairing) && (got ? sharedGot(his, users, pairing) : shared(his, users, pairing))) {
            return;
        }
        his.forEach(h -> actions.put(h.node(), new Action.Drop()));
        users.forEach(u -> {
            GlobalNames.Place place = place(u, pairing);
            actions.put(u.node(), new Action.SelfContained(place.target(), place.addend(), throughGot(place.target())));
        });
    }

    /**
     * Whether every user's base holds one of the group's hi's on every path, every hi names the same
     * symbol, and a %pcrel_lo's own auipc is among those reaching it.
     */
    private boolean certain(List<Hi> his, List<LoUse> users, HiLoPairing pairing) {
        Target target = his.getFirst().fixup().target();
        if (his.stream().anyMatch(h -> !h.fixup().target().equals(target))) {
            return false;
        }
        for (LoUse user : users) {
            if (user.elsewhere()) {
                return false;
            }
            int type = user.fixup().type();
            if ((type == LO12_I || type == LO12_S) ? !user.fixup().target().equals(target)
                : Arrays.stream(user.his()).noneMatch(h -> h == namedHi(user, pairing))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Plans a group whose pairing is certain, reached PC-relatively, with its hi's shared by their
     * users: a {@code lui} with users at its own addend becomes an auipc in place; otherwise each hi
     * puts the whole address in its register and the users offsets from it. False when that does not
     * fit (hi's at different addends, an offset beyond 12 bits).
     */
    private boolean shared(List<Hi> his, List<LoUse> users, HiLoPairing pairing) {
        Hi first = his.getFirst();
        long base = first.fixup().addend();
        Map<Integer, Long> offsets = new HashMap<>();
        for (LoUse user : users) {
            offsets.put(user.node(), effectiveAddend(user, pairing) - base);
        }
        if (his.size() == 1 && offsets.values().stream().allMatch(o -> o == 0)) {
            Label label = builder.newLabel(".Lrvcm_pcrel_hi");
            actions.put(first.node(), new Action.HiToAuipc(label));
            users.forEach(u -> actions.put(u.node(), new Action.LoToPcrel(label)));
            return true;
        }
        if (his.stream().anyMatch(h -> h.fixup().addend() != base) || !offsetsFit(users, offsets)) {
            return false;
        }
        his.forEach(h -> actions.put(h.node(), new Action.Materialize(builder.newLabel(".Lrvcm_pcrel_hi"))));
        users.forEach(u -> actions.put(u.node(), new Action.Offset(offsets.get(u.node()).intValue())));
        return true;
    }

    /**
     * Plans a group whose pairing is certain, reached through the GOT, with its hi's shared: each hi
     * loads the address from the GOT and the users offset from it. False when the users mean places
     * named by different symbols, or an offset does not fit 12 bits.
     */
    private boolean sharedGot(List<Hi> his, List<LoUse> users, HiLoPairing pairing) {
        Target symbol = place(his.getFirst()).target();
        Map<Integer, Long> offsets = new HashMap<>();
        for (LoUse user : users) {
            GlobalNames.Place place = place(user, pairing);
            if (!place.target().equals(symbol)) {
                return false;
            }
            offsets.put(user.node(), place.addend());
        }
        if (his.stream().anyMatch(h -> !place(h).target().equals(symbol)) || !offsetsFit(users, offsets)) {
            return false;
        }
        his.forEach(h -> actions.put(h.node(), new Action.ThroughGot(builder.newLabel(".Lrvcm_got_hi"), symbol)));
        users.forEach(u -> actions.put(u.node(), new Action.Offset(offsets.get(u.node()).intValue())));
        return true;
    }

    private boolean offsetsFit(List<LoUse> users, Map<Integer, Long> offsets) {
        return users.stream().allMatch(u -> Words.fitsImmediate(offsets.get(u.node()))
            && Words.hasImmediate(instruction(u.node()).instruction()));
    }

    /** Where a hi points, named globally (see {@link GlobalNames}). */
    private GlobalNames.Place place(Hi hi) {
        return names.place(hi.fixup().target(), hi.fixup().addend());
    }

    /** Where a lo user points, named globally: its own symbol and offset, or its auipc's for a %pcrel_lo. */
    private GlobalNames.Place place(LoUse user, HiLoPairing pairing) {
        Fixup lo = user.fixup();
        Target target = lo.type() == LO12_I || lo.type() == LO12_S ? lo.target() : namedHiFixup(user, pairing).target();
        return names.place(target, effectiveAddend(user, pairing));
    }

    /**
     * A group that loads a symbol's address from the GOT, as PIC and PIE code does: when the model
     * reaches the symbol PC-relatively and every user is the plain {@code ld} of the GOT entry that
     * its %pcrel_lo names, the address is made PC-relatively instead; otherwise it stays as it is.
     */
    private void gotAccess(List<Hi> his, List<LoUse> users, HiLoPairing pairing) {
        for (Hi hi : his) {
            if (hi.fixup().type() != GOT_HI20 || hi.fixup().addend() != 0 || throughGot(hi.fixup().target())) {
                return;
            }
        }
        for (LoUse user : users) {
            Instruction load = instruction(user.node()).instruction();
            if (user.fixup().type() != PCREL_LO12_I || user.fixup().addend() != 0 || load.opcode() != Opcode.LD
                || load.iImm() != 0 || namedHi(user, pairing) < 0) {
                return;
            }
        }
        his.forEach(h -> actions.put(h.node(), new Action.GotToPcRelative()));
        users.forEach(u -> actions.put(u.node(), new Action.GotToPcRelative()));
    }

    /** A lo user no hi reaches: a %pcrel_lo stays as it is; an absolute %lo gets an auipc of its own. */
    private void orphan(LoUse user) {
        int type = user.fixup().type();
        if (type == PCREL_LO12_I || type == PCREL_LO12_S) {
            actions.put(user.node(), new Action.KeepPcRelative());
        } else {
            GlobalNames.Place place = names.place(user.fixup().target(), user.fixup().addend());
            actions.put(user.node(), new Action.SelfContained(place.target(), place.addend(), throughGot(place.target())));
        }
    }

    private boolean throughGot(Target target) {
        OutSymbol symbol = context.symbol(target);
        return model.throughGot(symbol, symbol != null && named.test(symbol.name()));
    }

    /** The symbol offset a lo user means: its own addend, or (a %pcrel_lo) its auipc's plus its own. */
    private long effectiveAddend(LoUse user, HiLoPairing pairing) {
        Fixup lo = user.fixup();
        return lo.type() == LO12_I || lo.type() == LO12_S ? lo.addend() : namedHiFixup(user, pairing).addend() + lo.addend();
    }

    /** The fixup of the auipc a %pcrel_lo names. */
    private Fixup namedHiFixup(LoUse user, HiLoPairing pairing) {
        int byLabel = namedHi(user, pairing);
        if (byLabel < 0) {
            throw context.refusal(user.node(), "a %pcrel_lo whose auipc is not in its function");
        }
        return pairing.hi(byLabel).fixup();
    }

    /** The hi a %pcrel_lo names by its label, or -1. */
    private int namedHi(LoUse user, HiLoPairing pairing) {
        if (!(user.fixup().target() instanceof Target.LabelTarget(Label label))) {
            return -1;
        }
        int at = context.analysis().labelAt(label);
        if (at < 0) {
            return -1;
        }
        for (int n = at; n < context.source().size(); n++) {
            if (context.source().get(n) instanceof Node.InstructionNode) {
                return pairing.hi(n) != null ? n : -1;
            }
        }
        return -1;
    }

    private Node.InstructionNode instruction(int node) {
        return (Node.InstructionNode) context.source().get(node);
    }

    private List<Fixup> fixups(int node) {
        return instruction(node).fixups();
    }

    private static boolean absolute(List<Fixup> fixups) {
        return fixups.stream().anyMatch(f -> f.type() == HI20 || f.type() == RVC_LUI || f.type() == LO12_I || f.type() == LO12_S);
    }

    private static int find(Map<Integer, Integer> root, int node) {
        int r = node;
        while (root.get(r) != r) {
            r = root.get(r);
        }
        root.put(node, r);
        return r;
    }

    private static void union(Map<Integer, Integer> root, int a, int b) {
        int ra = find(root, a);
        int rb = find(root, b);
        if (ra != rb) {
            root.put(Math.max(ra, rb), Math.min(ra, rb));
        }
    }
}
