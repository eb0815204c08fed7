package dev.rvcm.relocs.riscv;

/**
 * The {@code R_RISCV_*} relocation types of the RISC-V ELF psABI ("Relocations" chapter), plus the
 * binutils-internal numbers 46-50 that {@code ld --emit-relocs} leaves in linked images. Each
 * type knows its number, the field it patches, its class and the psABI calculation, where
 * {@code S} is the symbol's value, {@code A} the addend, {@code P} the place, {@code B} the
 * load base, {@code G} the GOT entry offset, {@code V} the value already at the place.
 *
 * <p>Numbers outside this catalogue are never dropped: {@link RelocationType#of(int)} keeps
 * them as {@link RelocationType.Unknown}.
 *
 * @see <a href="https://github.com/riscv-non-isa/riscv-elf-psabi-doc/blob/master/riscv-elf.adoc#relocations">psABI: Relocations</a>
 */
public enum RiscvRelocation {
    /** No relocation. */
    R_RISCV_NONE(0, InstructionField.NONE, RelocationClass.NONE, ""),
    /** 32-bit absolute address (static or dynamic). */
    R_RISCV_32(1, InstructionField.WORD32, RelocationClass.ABSOLUTE, "S + A"),
    /** 64-bit absolute address (static or dynamic). */
    R_RISCV_64(2, InstructionField.WORD64, RelocationClass.ABSOLUTE, "S + A"),
    /** Adjust a word by the load base (dynamic). */
    R_RISCV_RELATIVE(3, InstructionField.WORD_CLASS, RelocationClass.DYNAMIC, "B + A"),
    /** Copy the symbol's initial value into the executable (dynamic). */
    R_RISCV_COPY(4, InstructionField.NONE, RelocationClass.DYNAMIC, ""),
    /** A PLT GOT slot set to the symbol's address (dynamic). */
    R_RISCV_JUMP_SLOT(5, InstructionField.WORD_CLASS, RelocationClass.DYNAMIC, "S"),
    /** TLS module index, 32-bit (dynamic). */
    R_RISCV_TLS_DTPMOD32(6, InstructionField.WORD32, RelocationClass.TLS, "TLSMODULE"),
    /** TLS module index, 64-bit (dynamic). */
    R_RISCV_TLS_DTPMOD64(7, InstructionField.WORD64, RelocationClass.TLS, "TLSMODULE"),
    /** Offset in the module's TLS block, 32-bit. */
    R_RISCV_TLS_DTPREL32(8, InstructionField.WORD32, RelocationClass.TLS, "S + A - TLS_DTV_OFFSET"),
    /** Offset in the module's TLS block, 64-bit. */
    R_RISCV_TLS_DTPREL64(9, InstructionField.WORD64, RelocationClass.TLS, "S + A - TLS_DTV_OFFSET"),
    /** Offset from the thread pointer, 32-bit (dynamic). */
    R_RISCV_TLS_TPREL32(10, InstructionField.WORD32, RelocationClass.TLS, "S + A + TLSOFFSET"),
    /** Offset from the thread pointer, 64-bit (dynamic). */
    R_RISCV_TLS_TPREL64(11, InstructionField.WORD64, RelocationClass.TLS, "S + A + TLSOFFSET"),
    /** A TLS descriptor, resolved by the dynamic linker. */
    R_RISCV_TLSDESC(12, InstructionField.WORD_CLASS, RelocationClass.TLS, "TLSDESC(S + A)"),
    /** 12-bit PC-relative branch offset (SB-type). */
    R_RISCV_BRANCH(16, InstructionField.B_TYPE, RelocationClass.PC_RELATIVE, "S + A - P"),
    /** 20-bit PC-relative jump offset (UJ-type). */
    R_RISCV_JAL(17, InstructionField.J_TYPE, RelocationClass.PC_RELATIVE, "S + A - P"),
    /** 32-bit PC-relative call, auipc+jalr (deprecated: use CALL_PLT). */
    R_RISCV_CALL(18, InstructionField.U_I_TYPE, RelocationClass.PC_RELATIVE, "S + A - P"),
    /** 32-bit PC-relative call through the PLT when the symbol may be preempted, auipc+jalr; %call(symbol), %call_plt(symbol). */
    R_RISCV_CALL_PLT(19, InstructionField.U_I_TYPE, RelocationClass.PC_RELATIVE, "S + A - P"),
    /** High 20 bits of the PC-relative GOT entry offset; %got_pcrel_hi(symbol). */
    R_RISCV_GOT_HI20(20, InstructionField.U_TYPE, RelocationClass.GOT, "G + GOT + A - P"),
    /** High 20 bits of the PC-relative offset to the GOT entry of an initial-exec TLS symbol; %tls_ie_pcrel_hi(symbol). */
    R_RISCV_TLS_GOT_HI20(21, InstructionField.U_TYPE, RelocationClass.TLS, ""),
    /** High 20 bits of the PC-relative offset to the GOT entry of a general-dynamic TLS symbol; %tls_gd_pcrel_hi(symbol). */
    R_RISCV_TLS_GD_HI20(22, InstructionField.U_TYPE, RelocationClass.TLS, ""),
    /** High 20 bits of a 32-bit PC-relative offset; %pcrel_hi(symbol). */
    R_RISCV_PCREL_HI20(23, InstructionField.U_TYPE, RelocationClass.PC_RELATIVE, "S + A - P"),
    /** Low 12 bits of a PC-relative offset; %pcrel_lo(label), where the label marks the auipc that carries the HI20. */
    R_RISCV_PCREL_LO12_I(24, InstructionField.I_TYPE, RelocationClass.PC_RELATIVE, "S - P"),
    /** Low 12 bits of a PC-relative offset in a store; %pcrel_lo(label). */
    R_RISCV_PCREL_LO12_S(25, InstructionField.S_TYPE, RelocationClass.PC_RELATIVE, "S - P"),
    /** High 20 bits of a 32-bit absolute address; %hi(symbol). */
    R_RISCV_HI20(26, InstructionField.U_TYPE, RelocationClass.ABSOLUTE, "S + A"),
    /** Low 12 bits of a 32-bit absolute address; %lo(symbol). */
    R_RISCV_LO12_I(27, InstructionField.I_TYPE, RelocationClass.ABSOLUTE, "S + A"),
    /** Low 12 bits of a 32-bit absolute address in a store; %lo(symbol). */
    R_RISCV_LO12_S(28, InstructionField.S_TYPE, RelocationClass.ABSOLUTE, "S + A"),
    /** High 20 bits of a local-exec TLS offset; %tprel_hi(symbol). */
    R_RISCV_TPREL_HI20(29, InstructionField.U_TYPE, RelocationClass.TLS, "S + A - TP"),
    /** Low 12 bits of a local-exec TLS offset; %tprel_lo(symbol). */
    R_RISCV_TPREL_LO12_I(30, InstructionField.I_TYPE, RelocationClass.TLS, "S + A - TP"),
    /** Low 12 bits of a local-exec TLS offset in a store; %tprel_lo(symbol). */
    R_RISCV_TPREL_LO12_S(31, InstructionField.S_TYPE, RelocationClass.TLS, "S + A - TP"),
    /** Marks the add of the thread pointer in a local-exec sequence; %tprel_add(symbol). */
    R_RISCV_TPREL_ADD(32, InstructionField.NONE, RelocationClass.TLS, ""),
    /** 8-bit label addition. */
    R_RISCV_ADD8(33, InstructionField.WORD8, RelocationClass.ASSEMBLER_INTERNAL, "V + S + A"),
    /** 16-bit label addition. */
    R_RISCV_ADD16(34, InstructionField.WORD16, RelocationClass.ASSEMBLER_INTERNAL, "V + S + A"),
    /** 32-bit label addition. */
    R_RISCV_ADD32(35, InstructionField.WORD32, RelocationClass.ASSEMBLER_INTERNAL, "V + S + A"),
    /** 64-bit label addition. */
    R_RISCV_ADD64(36, InstructionField.WORD64, RelocationClass.ASSEMBLER_INTERNAL, "V + S + A"),
    /** 8-bit label subtraction. */
    R_RISCV_SUB8(37, InstructionField.WORD8, RelocationClass.ASSEMBLER_INTERNAL, "V - S - A"),
    /** 16-bit label subtraction. */
    R_RISCV_SUB16(38, InstructionField.WORD16, RelocationClass.ASSEMBLER_INTERNAL, "V - S - A"),
    /** 32-bit label subtraction. */
    R_RISCV_SUB32(39, InstructionField.WORD32, RelocationClass.ASSEMBLER_INTERNAL, "V - S - A"),
    /** 64-bit label subtraction. */
    R_RISCV_SUB64(40, InstructionField.WORD64, RelocationClass.ASSEMBLER_INTERNAL, "V - S - A"),
    /** 32-bit PC-relative offset to a GOT entry. */
    R_RISCV_GOT32_PCREL(41, InstructionField.WORD32, RelocationClass.GOT, "G + GOT + A - P"),
    /** Alignment padding the linker may shrink after relaxation; the addend is the padding size. */
    R_RISCV_ALIGN(43, InstructionField.NONE, RelocationClass.ASSEMBLER_INTERNAL, ""),
    /** 8-bit PC-relative compressed branch offset (CB-type). */
    R_RISCV_RVC_BRANCH(44, InstructionField.CB_TYPE, RelocationClass.PC_RELATIVE, "S + A - P"),
    /** 11-bit PC-relative compressed jump offset (CJ-type). */
    R_RISCV_RVC_JUMP(45, InstructionField.CJ_TYPE, RelocationClass.PC_RELATIVE, "S + A - P"),
    /** High 6 bits of an absolute address in c.lui (removed from the psABI; binutils still names it). */
    R_RISCV_RVC_LUI(46, InstructionField.CI_TYPE, RelocationClass.ABSOLUTE, "S + A"),
    /** binutils-internal: a load or addi relaxed to a gp-relative access (left by ld --emit-relocs). */
    R_RISCV_GPREL_I(47, InstructionField.I_TYPE, RelocationClass.GP_RELATIVE, "S + A - GP"),
    /** binutils-internal: a store relaxed to a gp-relative access (left by ld --emit-relocs). */
    R_RISCV_GPREL_S(48, InstructionField.S_TYPE, RelocationClass.GP_RELATIVE, "S + A - GP"),
    /** binutils-internal: a local-exec TLS access relaxed to a tp-relative I-type. */
    R_RISCV_TPREL_I(49, InstructionField.I_TYPE, RelocationClass.TLS, "S + A - TP"),
    /** binutils-internal: a local-exec TLS store relaxed to a tp-relative S-type. */
    R_RISCV_TPREL_S(50, InstructionField.S_TYPE, RelocationClass.TLS, "S + A - TP"),
    /** The instruction at the same offset may be relaxed by the linker. */
    R_RISCV_RELAX(51, InstructionField.NONE, RelocationClass.ASSEMBLER_INTERNAL, ""),
    /** 6-bit local label subtraction (DWARF call frame instructions). */
    R_RISCV_SUB6(52, InstructionField.WORD6, RelocationClass.ASSEMBLER_INTERNAL, "V - S - A"),
    /** Set the low 6 bits of a byte to a local label value. */
    R_RISCV_SET6(53, InstructionField.WORD6, RelocationClass.ASSEMBLER_INTERNAL, "S + A"),
    /** Set an 8-bit word to a local label value. */
    R_RISCV_SET8(54, InstructionField.WORD8, RelocationClass.ASSEMBLER_INTERNAL, "S + A"),
    /** Set a 16-bit word to a local label value. */
    R_RISCV_SET16(55, InstructionField.WORD16, RelocationClass.ASSEMBLER_INTERNAL, "S + A"),
    /** Set a 32-bit word to a local label value. */
    R_RISCV_SET32(56, InstructionField.WORD32, RelocationClass.ASSEMBLER_INTERNAL, "S + A"),
    /** 32-bit PC-relative data word. */
    R_RISCV_32_PCREL(57, InstructionField.WORD32, RelocationClass.PC_RELATIVE, "S + A - P"),
    /** A word set by calling an ifunc resolver at load time (dynamic). */
    R_RISCV_IRELATIVE(58, InstructionField.WORD_CLASS, RelocationClass.DYNAMIC, "ifunc_resolver(B + A)"),
    /** 32-bit PC-relative offset to a function or its PLT entry. */
    R_RISCV_PLT32(59, InstructionField.WORD32, RelocationClass.PC_RELATIVE, "S + A - P"),
    /** Set a ULEB128 number; paired with SUB_ULEB128 at the same offset. */
    R_RISCV_SET_ULEB128(60, InstructionField.ULEB128, RelocationClass.ASSEMBLER_INTERNAL, "S + A"),
    /** Subtract from a ULEB128 number; paired with SET_ULEB128 at the same offset. */
    R_RISCV_SUB_ULEB128(61, InstructionField.ULEB128, RelocationClass.ASSEMBLER_INTERNAL, "V - S - A"),
    /** High 20 bits of the PC-relative offset to a TLS descriptor; %tlsdesc_hi(symbol). */
    R_RISCV_TLSDESC_HI20(62, InstructionField.U_TYPE, RelocationClass.TLS, "S + A - P"),
    /** Low 12 bits for the descriptor load; %tlsdesc_load_lo(label). */
    R_RISCV_TLSDESC_LOAD_LO12(63, InstructionField.I_TYPE, RelocationClass.TLS, "S - P"),
    /** Low 12 bits for the descriptor address; %tlsdesc_add_lo(label). */
    R_RISCV_TLSDESC_ADD_LO12(64, InstructionField.I_TYPE, RelocationClass.TLS, "S - P"),
    /** Marks the jalr that calls the descriptor's resolver; %tlsdesc_call(label). */
    R_RISCV_TLSDESC_CALL(65, InstructionField.NONE, RelocationClass.TLS, ""),
    /** The next relocation at the same offset is vendor-specific; the symbol names the vendor. */
    R_RISCV_VENDOR(191, InstructionField.NONE, RelocationClass.VENDOR, "");

    private final int number;
    private final InstructionField field;
    private final RelocationClass relocationClass;
    private final String calculation;

    RiscvRelocation(int number, InstructionField field, RelocationClass relocationClass, String calculation) {
        this.number = number;
        this.field = field;
        this.relocationClass = relocationClass;
        this.calculation = calculation;
    }

    /** The r_type number. */
    public int number() {
        return number;
    }

    /** What the relocation patches. */
    public InstructionField field() {
        return field;
    }

    /** The family this type belongs to. */
    public RelocationClass relocationClass() {
        return relocationClass;
    }

    /** The psABI calculation, empty where the psABI gives none. */
    public String calculation() {
        return calculation;
    }

    /** True for the numbers 47-50 that only binutils assigns (absent from the current psABI). */
    public boolean binutilsInternal() {
        return number >= 47 && number <= 50;
    }

    /** True for a HI20 whose LO12 partners refer to this place through a label (PCREL_LO12_I/S). */
    public boolean pcrelHigh() {
        return this == R_RISCV_PCREL_HI20 || this == R_RISCV_GOT_HI20 || this == R_RISCV_TLS_GOT_HI20
            || this == R_RISCV_TLS_GD_HI20 || this == R_RISCV_TLSDESC_HI20;
    }

    /** True for a low part that names the label of its auipc instead of the target symbol. */
    public boolean pcrelLow() {
        return this == R_RISCV_PCREL_LO12_I || this == R_RISCV_PCREL_LO12_S
            || this == R_RISCV_TLSDESC_LOAD_LO12 || this == R_RISCV_TLSDESC_ADD_LO12 || this == R_RISCV_TLSDESC_CALL;
    }
}
