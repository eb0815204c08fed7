package dev.rvcm.isa.ir;

/** What {@link ObjectCodeWriter} does with a branch to a label of its section that moved out of reach. */
public enum BranchFixing {
    /**
     * Rewrite it into a longer form that reaches, as assemblers relax branches: {@code c.beqz}/{@code
     * c.bnez} → {@code beqz}/{@code bnez} → inverted branch over a {@code jal}; {@code c.j} → {@code jal};
     * {@code beq}… → inverted branch over a {@code jal}; {@code jal ra} → {@code auipc ra}+{@code jalr ra}.
     * A plain jump ({@code jal zero}) beyond ±1 MiB would need a scratch register and is refused.
     */
    EXPAND,
    /** Refuse with a {@link CodeLayoutException} naming the branch. */
    REFUSE
}
