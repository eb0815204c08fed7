package dev.rvcm.analyzer.rewrite;

/** One kind of change the rewrite makes to the code, counted per object. */
public enum Change {
    /** A {@code lui} pair became an auipc pair in place (same size). */
    LUI_TO_AUIPC("lui→auipc"),
    /** A hi now puts its symbol's whole address in its register (its users disagreed): one instruction more. */
    MATERIALIZED("address materialized"),
    /** A lo user the analysis could not tie to its hi's for certain now has an auipc of its own: one instruction more. */
    SELF_CONTAINED("%lo with its own auipc"),
    /** A hi all of whose users have an auipc of their own is gone: one instruction less. */
    HI_DROPPED("hi dropped"),
    /** A hi now loads its symbol's address from the GOT: one instruction more. */
    TO_GOT("→GOT"),
    /** A GOT access to a symbol inside the image now makes the address PC-relatively (ld → addi, same size). */
    GOT_TO_PC_RELATIVE("GOT→PC-relative"),
    /** A call or jump now goes through a GOT entry. */
    CALL_TO_GOT("call→GOT"),
    /** A call now goes through the PLT ({@code R_RISCV_CALL_PLT}). */
    CALL_TO_PLT("call→PLT"),
    /** An auipc pair stays PC-relative. */
    PC_RELATIVE_KEPT("PC-relative kept"),
    /** An {@code R_RISCV_RELAX} left a hi/lo pair, so the linker cannot make it gp-relative. */
    RELAXATION_DROPPED("relaxation dropped");

    private final String label;

    Change(String label) {
        this.label = label;
    }

    /** How reports name it. */
    public String label() {
        return label;
    }
}
