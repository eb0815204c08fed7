package dev.rvcm.analyzer.rewrite;

import dev.rvcm.isa.ir.Label;
import dev.rvcm.isa.ir.Target;

/** What the rewrite does with one node of a hi/lo group, decided per region by {@link AccessPlan}. */
sealed interface Action {
    /** An auipc pair that stays PC-relative: only its R_RISCV_RELAX goes. */
    record KeepPcRelative() implements Action {
    }

    /** {@code lui rd, %hi(s+a)} becomes {@code auipc rd, %pcrel_hi(s+a)} at {@code label}: same size. */
    record HiToAuipc(Label label) implements Action {
    }

    /** A lo user of a {@link HiToAuipc}: {@code %lo(s+a)} becomes {@code %pcrel_lo(label)}. */
    record LoToPcrel(Label label) implements Action {
    }

    /** A hi whose users disagree: {@code auipc rd, %pcrel_hi(s+a)} + {@code addi rd, rd, %pcrel_lo}: rd holds s+a. */
    record Materialize(Label label) implements Action {
    }

    /** A hi of a symbol reached through the GOT: {@code auipc rd, %got_pcrel_hi(symbol)} + {@code ld rd, %pcrel_lo(rd)}. */
    record ThroughGot(Label label, Target symbol) implements Action {
    }

    /** A lo user of a {@link Materialize}d or {@link ThroughGot} hi: its immediate is the offset from what rd now holds. */
    record Offset(int immediate) implements Action {
    }

    /**
     * A lo user the analysis cannot tie to its hi's for certain: it gets an auipc of its own (through
     * the GOT when {@code got}), in its destination register or a free one, and needs no hi.
     */
    record SelfContained(Target target, long addend, boolean got) implements Action {
    }

    /**
     * A GOT access to a symbol the model reaches PC-relatively: the hi's {@code %got_pcrel_hi}
     * becomes {@code %pcrel_hi}, its user's {@code ld rd, %pcrel_lo(rs)} an {@code addi}. Same size.
     */
    record GotToPcRelative() implements Action {
    }

    /** A hi all of whose users became {@link SelfContained}: removed. */
    record Drop() implements Action {
    }
}
