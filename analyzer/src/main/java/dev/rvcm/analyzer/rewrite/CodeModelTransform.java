package dev.rvcm.analyzer.rewrite;

import dev.rvcm.isa.Format;
import dev.rvcm.isa.Instruction;
import dev.rvcm.isa.RegisterAccess;
import dev.rvcm.isa.RegisterFile;
import dev.rvcm.isa.ir.CodeBuilder;
import dev.rvcm.isa.ir.CodeTransform;
import dev.rvcm.isa.ir.Fixup;
import dev.rvcm.isa.ir.Label;
import dev.rvcm.isa.ir.Node;
import dev.rvcm.isa.ir.SectionContext;
import dev.rvcm.isa.ir.Target;
import dev.rvcm.isa.ir.analysis.HiLoPairing;
import dev.rvcm.isa.ir.analysis.SectionAnalysis.Region;
import dev.rvcm.relocs.riscv.RiscvRelocation;
import dev.rvcm.relocs.write.OutSymbol;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Rewrites one code section into a {@link TargetModel}: every hi/lo pair as its {@link AccessPlan}
 * decides, calls and jumps to what goes through the GOT or the PLT, and no {@code R_RISCV_RELAX}
 * left on a hi/lo pair (so that the linker cannot make it gp-relative; calls keep theirs: they stay
 * PC-relative). Made fresh for each section; counts its {@link Change}s into the object's tally.
 */
final class CodeModelTransform implements CodeTransform {
    private static final int RELAX = RiscvRelocation.R_RISCV_RELAX.number();
    private static final int PCREL_HI20 = RiscvRelocation.R_RISCV_PCREL_HI20.number();
    private static final int GOT_HI20 = RiscvRelocation.R_RISCV_GOT_HI20.number();
    private static final int PCREL_LO12_I = RiscvRelocation.R_RISCV_PCREL_LO12_I.number();
    private static final int PCREL_LO12_S = RiscvRelocation.R_RISCV_PCREL_LO12_S.number();
    private static final int LO12_S = RiscvRelocation.R_RISCV_LO12_S.number();
    private static final int CALL = RiscvRelocation.R_RISCV_CALL.number();
    private static final int CALL_PLT = RiscvRelocation.R_RISCV_CALL_PLT.number();
    private static final int JAL = RiscvRelocation.R_RISCV_JAL.number();
    private static final int RVC_JUMP = RiscvRelocation.R_RISCV_RVC_JUMP.number();
    private static final int BRANCH = RiscvRelocation.R_RISCV_BRANCH.number();
    private static final int RVC_BRANCH = RiscvRelocation.R_RISCV_RVC_BRANCH.number();

    private final TargetModel model;
    private final Predicate<String> named;
    private final GlobalNames names;
    private final Map<Change, Integer> tally;
    private final Map<Integer, Action> actions = new HashMap<>();
    private final Set<Region> planned = Collections.newSetFromMap(new IdentityHashMap<>());

    CodeModelTransform(TargetModel model, Predicate<String> named, GlobalNames names, Map<Change, Integer> tally) {
        this.model = model;
        this.named = named;
        this.names = names;
        this.tally = tally;
    }

    /** A fresh tally with every change at zero. */
    static Map<Change, Integer> newTally() {
        Map<Change, Integer> tally = new EnumMap<>(Change.class);
        for (Change c : Change.values()) {
            tally.put(c, 0);
        }
        return tally;
    }

    @Override
    public void accept(CodeBuilder b, Node node) {
        if (!(node instanceof Node.InstructionNode insn)) {
            b.with(node);
            return;
        }
        SectionContext context = b.context();
        Region region = context.analysis().region(context.position());
        if (planned.add(region)) {
            AccessPlan.plan(b, region, model, named, names, actions);
        }
        Action action = actions.get(context.position());
        if (action == null) {
            jumpOrCall(b, insn);
            return;
        }
        Instruction decoded = insn.instruction();
        int rd = decoded.opcode().expand(decoded.word()) >>> 7 & 31;
        Fixup hi = first(insn, true);
        switch (action) {
            case Action.KeepPcRelative k -> {
                b.with(new Node.InstructionNode(insn.word(), insn.length(), without(insn.fixups(), null)));
                if (hi != null) {
                    count(Change.PC_RELATIVE_KEPT);
                }
            }
            case Action.HiToAuipc(Label label) -> {
                b.label(label).instruction(Words.auipc(rd), rest(insn, hi, new Fixup(PCREL_HI20, hi.target(), hi.addend(), 0)));
                count(Change.LUI_TO_AUIPC);
            }
            case Action.LoToPcrel(Label label) -> {
                Fixup lo = first(insn, false);
                int type = lo.type() == LO12_S ? PCREL_LO12_S : PCREL_LO12_I;
                b.with(new Node.InstructionNode(insn.word(), insn.length(),
                    rest(insn, lo, new Fixup(type, new Target.LabelTarget(label), 0, 0))));
            }
            case Action.Materialize(Label label) -> {
                b.label(label).instruction(Words.auipc(rd), rest(insn, hi, new Fixup(PCREL_HI20, hi.target(), hi.addend(), 0)))
                    .instruction(Words.addi(rd, rd), new Fixup(PCREL_LO12_I, new Target.LabelTarget(label), 0, 0));
                count(Change.MATERIALIZED);
            }
            case Action.ThroughGot(Label label, Target symbol) -> {
                gotLoad(b, label, rd, symbol, rest(insn, hi, null));
                count(Change.TO_GOT);
            }
            case Action.Offset(int immediate) -> b.with(new Node.InstructionNode(Words.withImmediate(decoded, immediate), 4,
                rest(insn, first(insn, false), null)));
            case Action.SelfContained(Target target, long addend, boolean got) -> selfContained(b, insn, target, addend, got);
            case Action.GotToPcRelative g -> {
                if (hi != null) {
                    b.with(new Node.InstructionNode(insn.word(), insn.length(), rest(insn, hi, new Fixup(PCREL_HI20, hi.target(), 0, 0))));
                    count(Change.GOT_TO_PC_RELATIVE);
                } else {
                    b.with(new Node.InstructionNode(Words.addi(rd, decoded.rs1()), insn.length(), rest(insn, null, null)));
                }
            }
            case Action.Drop d -> {
                without(insn.fixups(), null);
                count(Change.HI_DROPPED);
            }
        }
    }

    /**
     * A lo user with an auipc of its own: in its destination register when it writes an integer one
     * it does not read as data, else in a register free right there. From the GOT, an offset beyond
     * 12 bits is added with a {@code lui} into another free register.
     */
    private void selfContained(CodeBuilder b, Node.InstructionNode insn, Target target, long addend, boolean got) {
        Instruction decoded = insn.instruction();
        int word = decoded.opcode().expand(decoded.word());
        int rd = word >>> 7 & 31;
        boolean ownRegister = decoded.opcode().base().destination() == RegisterFile.X && rd != 0;
        int via = ownRegister ? rd : b.scratchRegister(0).orElseThrow(() -> b.refuse(
            "no free register for an auipc of this %lo's own (every temporary and argument register is live)"));
        Fixup lo = first(insn, false);
        Label label = b.newLabel(got ? ".Lrvcm_got_hi" : ".Lrvcm_pcrel_hi");
        if (got) {
            gotLoad(b, label, via, target, List.of());
            long low = addend;
            if (!Words.fitsImmediate(addend)) {
                long high = (addend + 0x800) >> 12;
                int t = b.scratchRegister(RegisterAccess.x(via)).orElseThrow(() -> b.refuse("no free register to add "
                    + addend + " to the address from the GOT (every temporary and argument register is live)"));
                if (high < -(1 << 19) || high >= 1 << 19) {
                    throw b.refuse("the %lo reaches " + addend + " bytes from its symbol, beyond ±2 GiB");
                }
                b.instruction(Words.lui(t, (int) (high << 12))).instruction(Words.add(via, via, t));
                low = addend - (high << 12);
            }
            b.instruction(Words.withBase(decoded, via, (int) low), rest(insn, lo, null));
            count(Change.TO_GOT);
        } else {
            int type = decoded.opcode().base().format() == Format.S ? PCREL_LO12_S : PCREL_LO12_I;
            b.label(label).instruction(Words.auipc(via), new Fixup(PCREL_HI20, target, addend, 0))
                .instruction(Words.withBase(decoded, via, 0), rest(insn, lo, new Fixup(type, new Target.LabelTarget(label), 0, 0)));
            count(Change.SELF_CONTAINED);
        }
    }

    /** Calls and jumps to a symbol the model reaches through the GOT or the PLT; everything else as it is. */
    private void jumpOrCall(CodeBuilder b, Node.InstructionNode insn) {
        for (Fixup f : insn.fixups()) {
            int type = f.type();
            OutSymbol symbol = f.resolved() ? null : b.context().symbol(f.target());
            boolean got = model == TargetModel.SEMI_PIC && model.throughGot(symbol, symbol != null && named.test(symbol.name()));
            boolean plt = model.callThroughPlt(symbol);
            if ((type == CALL || type == CALL_PLT) && got) {
                Instruction auipc = insn.instruction();
                gotLoad(b, b.newLabel(".Lrvcm_got_hi"), auipc.rd(), f.target(), rest(insn, f, null));
                count(Change.CALL_TO_GOT);
                return;
            }
            if (type == CALL && plt) {
                List<Fixup> fixups = new ArrayList<>(insn.fixups());
                fixups.set(fixups.indexOf(f), new Fixup(CALL_PLT, f.target(), f.addend(), 0));
                b.with(new Node.InstructionNode(insn.word(), insn.length(), fixups));
                count(Change.CALL_TO_PLT);
                return;
            }
            if ((type == JAL || type == RVC_JUMP) && (got || plt)) {
                farJump(b, insn, f, got);
                return;
            }
            if ((type == BRANCH || type == RVC_BRANCH) && got) {
                throw b.refuse("a conditional branch to " + symbol.name() + ", which the model reaches through the GOT");
            }
        }
        b.with(insn);
    }

    /** {@code jal rd, f} (or {@code j f}) to a symbol reached through the GOT or the PLT: auipc, (ld,) jalr. */
    private void farJump(CodeBuilder b, Node.InstructionNode insn, Fixup jump, boolean got) {
        Instruction decoded = insn.instruction();
        int rd = decoded.opcode().expand(decoded.word()) >>> 7 & 31;
        int via = rd != 0 ? rd : b.scratchRegister(0).orElseThrow(() -> b.refuse("no free register for a jump through the "
            + (got ? "GOT" : "PLT") + " (every temporary and argument register is live)"));
        List<Fixup> others = rest(insn, jump, null);
        if (got) {
            gotLoad(b, b.newLabel(".Lrvcm_got_hi"), via, jump.target(), others);
            b.instruction(Words.jalr(rd, via));
            count(Change.CALL_TO_GOT);
        } else {
            b.instruction(Words.auipc(via), concat(others, new Fixup(CALL_PLT, jump.target(), jump.addend(), 0),
                new Fixup(RELAX, new Target.SymbolTarget(0), 0, 0)));
            b.instruction(Words.jalr(rd, via));
            count(Change.CALL_TO_PLT);
        }
    }

    /** {@code label: auipc rd, %got_pcrel_hi(target)} and {@code ld rd, %pcrel_lo(label)(rd)}. */
    private static void gotLoad(CodeBuilder b, Label label, int rd, Target target, List<Fixup> others) {
        b.label(label).instruction(Words.auipc(rd), concat(others, new Fixup(GOT_HI20, target, 0, 0)))
            .instruction(Words.ld(rd, rd), new Fixup(PCREL_LO12_I, new Target.LabelTarget(label), 0, 0));
    }

    /** The node's first hi ({@code hi}) or lo fixup, or null. */
    private static Fixup first(Node.InstructionNode insn, boolean hi) {
        for (Fixup f : insn.fixups()) {
            if (hi ? HiLoPairing.isHi(f.type()) : HiLoPairing.isLo(f.type())) {
                return f;
            }
        }
        return null;
    }

    /**
     * The node's fixups without {@code replaced} and without R_RISCV_RELAX (counted as dropped), plus
     * {@code added} when given.
     */
    private List<Fixup> rest(Node.InstructionNode insn, Fixup replaced, Fixup added) {
        List<Fixup> kept = without(insn.fixups(), replaced);
        if (added != null) {
            kept.add(added);
        }
        return kept;
    }

    private List<Fixup> without(List<Fixup> fixups, Fixup replaced) {
        List<Fixup> kept = new ArrayList<>();
        for (Fixup f : fixups) {
            if (f.type() == RELAX) {
                count(Change.RELAXATION_DROPPED);
            } else if (f != replaced) {
                kept.add(f);
            }
        }
        return kept;
    }

    private static List<Fixup> concat(List<Fixup> fixups, Fixup... more) {
        List<Fixup> all = new ArrayList<>(fixups);
        all.addAll(List.of(more));
        return all;
    }

    private void count(Change change) {
        tally.merge(change, 1, Integer::sum);
    }
}
