# reloc-zoo: a relocatable object that holds as many kinds of RISC-V relocation as GNU as 2.40 emits,
# on purpose, for rvcm's relocation reader, disassembler and auditor. It is never linked or run.
# Built by make-fixtures.sh:  riscv64-linux-gnu-gcc -march=rv64gc -mabi=lp64d -c reloc-zoo.S
# Each block names the relocations it produces.

        .option relax

# ---------------------------------------------------------------- absolute addressing (medlow)
        .text
        .globl zoo_absolute
        .type zoo_absolute, @function
zoo_absolute:
        .cfi_startproc                              # .eh_frame: R_RISCV_32_PCREL, SET6/SUB6, SET8/SUB8, SET16/SUB16
        lui     a0, %hi(zoo_data)                   # R_RISCV_HI20
        addi    a0, a0, %lo(zoo_data)               # R_RISCV_LO12_I
        ld      a1, %lo(zoo_data + 8)(a0)           # R_RISCV_LO12_I with addend
        lui     a2, %hi(zoo_extern_data)
        sd      a1, %lo(zoo_extern_data)(a2)        # R_RISCV_LO12_S
        addi    sp, sp, -16
        .cfi_def_cfa_offset 16
        sd      ra, 8(sp)
        .cfi_offset ra, -8
        call    zoo_extern_func                     # relaxable: CFA advances across it need relocations
        .rept   40                                  # 80 bytes: DW_CFA_advance_loc1 -> R_RISCV_SET8 + SUB8
        nop
        .endr
        ld      ra, 8(sp)
        .cfi_restore ra
        call    zoo_extern_func
        .rept   150                                 # 300 bytes: DW_CFA_advance_loc2 -> R_RISCV_SET16 + SUB16
        nop
        .endr
        addi    sp, sp, 16
        .cfi_def_cfa_offset 0
        ret
        .cfi_endproc
        .size zoo_absolute, . - zoo_absolute

# ---------------------------------------------------------------- PC-relative addressing (medany)
        .globl zoo_pcrel
        .type zoo_pcrel, @function
zoo_pcrel:
.Lpc0:  auipc   a0, %pcrel_hi(zoo_data)             # R_RISCV_PCREL_HI20
        addi    a0, a0, %pcrel_lo(.Lpc0)            # R_RISCV_PCREL_LO12_I
.Lpc1:  auipc   a1, %pcrel_hi(zoo_extern_data + 16)
        sd      a0, %pcrel_lo(.Lpc1)(a1)            # R_RISCV_PCREL_LO12_S
        lla     a2, zoo_bss                         # lla: PCREL_HI20 + PCREL_LO12_I
        ld      a3, zoo_extern_data                 # load from symbol: PCREL pair
        sw      a3, zoo_bss, t0                     # store to symbol: PCREL_HI20 + PCREL_LO12_S
        ret
        .size zoo_pcrel, . - zoo_pcrel

# ---------------------------------------------------------------- GOT (PIC)
        .globl zoo_got
        .type zoo_got, @function
zoo_got:
.Lgot0: auipc   a0, %got_pcrel_hi(zoo_extern_data)  # R_RISCV_GOT_HI20
        ld      a0, %pcrel_lo(.Lgot0)(a0)           # R_RISCV_PCREL_LO12_I
        .option push
        .option pic
        la      a1, zoo_extern_func                 # la under .option pic: GOT_HI20 + PCREL_LO12_I
        .option pop
        ret
        .size zoo_got, . - zoo_got

# ---------------------------------------------------------------- TLS, every model
        .globl zoo_tls
        .type zoo_tls, @function
zoo_tls:
        addi    sp, sp, -16
        sd      ra, 8(sp)
        # local exec
        lui     a0, %tprel_hi(zoo_tls_local)        # R_RISCV_TPREL_HI20
        add     a0, a0, tp, %tprel_add(zoo_tls_local)   # R_RISCV_TPREL_ADD
        ld      a1, %tprel_lo(zoo_tls_local)(a0)    # R_RISCV_TPREL_LO12_I
        sd      a1, %tprel_lo(zoo_tls_local)(a0)    # R_RISCV_TPREL_LO12_S
        # initial exec
.Ltls0: auipc   a2, %tls_ie_pcrel_hi(zoo_tls_extern)    # R_RISCV_TLS_GOT_HI20
        ld      a2, %pcrel_lo(.Ltls0)(a2)
        add     a2, a2, tp
        la.tls.ie a3, zoo_tls_local                 # pseudo: TLS_GOT_HI20 + PCREL_LO12_I
        # general dynamic
.Ltls1: auipc   a0, %tls_gd_pcrel_hi(zoo_tls_extern)    # R_RISCV_TLS_GD_HI20
        addi    a0, a0, %pcrel_lo(.Ltls1)
        call    __tls_get_addr@plt                  # R_RISCV_CALL_PLT
        la.tls.gd a0, zoo_tls_local                 # pseudo: TLS_GD_HI20 + PCREL_LO12_I
        call    __tls_get_addr
        ld      ra, 8(sp)
        addi    sp, sp, 16
        ret
        .size zoo_tls, . - zoo_tls

# ---------------------------------------------------------------- calls, jumps, branches
        .globl zoo_control
        .type zoo_control, @function
zoo_control:
        call    zoo_extern_func                     # R_RISCV_CALL_PLT (+ RELAX)
        tail    zoo_extern_func                     # R_RISCV_CALL_PLT through t1
        jal     zoo_extern_func                     # R_RISCV_JAL
        j       zoo_extern_label                    # R_RISCV_JAL (rd = x0)
        beq     a0, a1, zoo_extern_label            # undefined target, range unknown: gas 2.40 emits bne + jal (R_RISCV_JAL)
        c.beqz  a0, zoo_extern_label                # likewise: bnez + jal
        beq     a0, a1, zoo_pcrel                   # R_RISCV_BRANCH to a global in this section
        bltu    a0, a1, zoo_absolute                # R_RISCV_BRANCH
        c.beqz  a0, zoo_got                         # R_RISCV_RVC_BRANCH
        c.bnez  a1, zoo_pcrel                       # R_RISCV_RVC_BRANCH
        c.j     zoo_got                             # R_RISCV_RVC_JUMP
        .option push
        .option norelax
        call    zoo_absolute                        # R_RISCV_CALL_PLT without R_RISCV_RELAX
        .option pop
        .reloc  ., R_RISCV_NONE, zoo_data           # R_RISCV_NONE, by hand
        nop
        .align  4                                   # R_RISCV_ALIGN (padding the linker may delete)
zoo_aligned:
        ret
        .balign 16
        ret
        .size zoo_control, . - zoo_control

# ---------------------------------------------------------------- a COMDAT group
        .section .text.zoo_inline, "axG", @progbits, zoo_inline, comdat
        .globl zoo_inline
        .weak zoo_inline
        .type zoo_inline, @function
zoo_inline:
.Lcd0:  auipc   a0, %pcrel_hi(zoo_data)             # relocations inside the group's .rela section
        ld      a0, %pcrel_lo(.Lcd0)(a0)
        call    zoo_extern_func
        ret
        .size zoo_inline, . - zoo_inline

        .section .data.rel.ro.zoo_inline, "awG", @progbits, zoo_inline, comdat
        .balign 8
zoo_inline_table:
        .quad   zoo_inline                          # R_RISCV_64 inside the group
        .quad   zoo_data

# ---------------------------------------------------------------- data words
        .data
        .balign 8
        .globl zoo_data
        .type zoo_data, @object
zoo_data:
        .quad   zoo_extern_data                     # R_RISCV_64
        .quad   zoo_absolute + 4                    # R_RISCV_64 with addend
        .quad   zoo_inline                          # R_RISCV_64 against the COMDAT member
        .quad   zoo_inline_table                    # local symbol in a COMDAT section
        .word   zoo_extern_data                     # R_RISCV_32
        .word   zoo_extern_data - .                 # R_RISCV_32_PCREL
        .word   zoo_control - zoo_absolute          # R_RISCV_ADD32 + R_RISCV_SUB32 (relaxable code in between)
        .half   zoo_got - zoo_pcrel                 # R_RISCV_ADD16 + R_RISCV_SUB16
        .byte   zoo_tls - zoo_got                   # R_RISCV_ADD8 + R_RISCV_SUB8
        .byte   0
        .balign 8
        .quad   zoo_aligned - zoo_control           # R_RISCV_ADD64 + R_RISCV_SUB64
        # .uleb128 zoo_aligned - zoo_absolute would give R_RISCV_SET_ULEB128 + R_RISCV_SUB_ULEB128, but
        # GNU as 2.40 (Debian 12) rejects it: "non-constant .uleb128 is not supported" (added in 2.41).
        .uleb128 300                                # constant: no relocation
        .balign 8
        .dtpreldword zoo_tls_local                  # R_RISCV_TLS_DTPREL64
        .dtprelword zoo_tls_local                   # R_RISCV_TLS_DTPREL32
        .size zoo_data, . - zoo_data

        .section .rodata
        .balign 4
zoo_jump_table:                                     # a switch table of 32-bit offsets
        .word   zoo_absolute - zoo_jump_table
        .word   zoo_pcrel - zoo_jump_table
        .word   zoo_got - zoo_jump_table

        .bss
        .balign 8
zoo_bss:
        .zero   16

        .section .tdata, "awT", @progbits
        .balign 8
zoo_tls_local:
        .quad   0x600df00d
