package dev.rvcm.relocs.riscv;

/**
 * What a relocation patches: an instruction immediate (by RISC-V instruction format) or a data
 * field (by width), as the psABI's "Details" column names it.
 */
public enum InstructionField {
    /** Nothing is patched (R_RISCV_NONE, marker relocations such as RELAX and TPREL_ADD). */
    NONE,
    /** U-type: bits 31:12 of an {@code auipc} or {@code lui}. */
    U_TYPE,
    /** I-type: the 12-bit immediate of a load, {@code addi} or {@code jalr}. */
    I_TYPE,
    /** S-type: the split 12-bit immediate of a store. */
    S_TYPE,
    /** B-type: the 13-bit branch offset. */
    B_TYPE,
    /** J-type: the 21-bit {@code jal} offset. */
    J_TYPE,
    /** An {@code auipc}+{@code jalr} pair (U-type then I-type), as R_RISCV_CALL patches. */
    U_I_TYPE,
    /** CB-type: the compressed branch offset ({@code c.beqz}, {@code c.bnez}). */
    CB_TYPE,
    /** CJ-type: the compressed jump offset ({@code c.j}, {@code c.jal}). */
    CJ_TYPE,
    /** CI-type: the compressed {@code c.lui} immediate. */
    CI_TYPE,
    /** The low 6 bits of a byte. */
    WORD6,
    /** An 8-bit data word. */
    WORD8,
    /** A 16-bit data word. */
    WORD16,
    /** A 32-bit data word. */
    WORD32,
    /** A 64-bit data word. */
    WORD64,
    /** A word of the ELF class (64 bits in RV64): RELATIVE, IRELATIVE, TLSDESC. */
    WORD_CLASS,
    /** An unsigned LEB128 number of any length. */
    ULEB128
}
