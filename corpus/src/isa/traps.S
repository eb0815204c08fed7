# Traps in machine mode: ecall (from M and from U), ebreak and c.ebreak, illegal instructions
# (compressed all-zero, write to a read-only CSR, FP with mstatus.FS = Off, reserved rounding mode);
# mcause, mepc and mtval as the handler sees them, and the mstatus MIE/MPIE/MPP stack around mret.
# Machine mode only: there is no user-mode build of this file.
#define RVTEST_MACHINE_ONLY
#include "rvtest.h"

#define CAUSE_ILLEGAL     2
#define CAUSE_BREAKPOINT  3
#define CAUSE_ECALL_U     8
#define CAUSE_ECALL_M     11
#define MSTATUS_MIE       (1 << 3)
#define MSTATUS_MPIE      (1 << 7)
#define MSTATUS_MPP       (3 << 11)
#define MSTATUS_FS        (3 << 13)

/* Arm the recording handler: the trap resumes at label 'resume'. */
#define EXPECT_TRAP(resume) lla s5, resume; li s2, -1; li s3, -1; li s4, -1

        RVTEST_BEGIN

        lla t0, trap_record
        csrw mtvec, t0

        TEST_CASE(1, s2, CAUSE_ECALL_M, EXPECT_TRAP(1f); 2: ecall; j fail; 1: )
        TEST_CASE(2, a0, 0, lla a1, 2b; sub a0, s3, a1)                                   # mepc = the ecall
        TEST_CASE(3, s2, CAUSE_BREAKPOINT, EXPECT_TRAP(1f); 2: ebreak; j fail; 1: )
        TEST_CASE(4, a0, 0, lla a1, 2b; sub a0, s3, a1)
        TEST_CASE(5, s2, CAUSE_BREAKPOINT, EXPECT_TRAP(1f); 2: c.ebreak; j fail; 1: )
        TEST_CASE(6, a0, 0, lla a1, 2b; sub a0, s3, a1)
        TEST_CASE(7, s2, CAUSE_ILLEGAL, EXPECT_TRAP(1f); 2: .2byte 0; j fail; 1: )      # all-zero parcel is illegal
        TEST_CASE(8, a0, 0, lla a1, 2b; sub a0, s3, a1)
        TEST_CASE(9, a0, 0, seqz a0, s4; xori a0, a0, 1)                               # mtval: 0 or the instruction (0)
        TEST_CASE(10, s2, CAUSE_ILLEGAL, EXPECT_TRAP(1f); 2: csrw cycle, x0; j fail; 1: )   # read-only CSR
        TEST_CASE(11, a0, 0, lla a1, 2b; sub a0, s3, a1)
        TEST_CASE(12, a0, 1, li a1, 0xc0001073; sub a1, s4, a1; seqz a1, a1; seqz a2, s4; or a0, a1, a2)   # mtval: 0 or the bits

        # FP instructions trap while mstatus.FS = Off, and work again once it is turned back on
        TEST_CASE(13, s2, CAUSE_ILLEGAL, li t0, MSTATUS_FS; csrc mstatus, t0; EXPECT_TRAP(1f); 2: fadd.d fa0, fa1, fa2; j fail; 1: \
                  li t0, (1 << 13); csrs mstatus, t0)
        TEST_CASE(14, s2, CAUSE_ILLEGAL, li t0, MSTATUS_FS; csrc mstatus, t0; EXPECT_TRAP(1f); 2: csrr a0, fcsr; j fail; 1: \
                  li t0, (1 << 13); csrs mstatus, t0)
        TEST_CASE(15, a0, 0x4000000000000000, li t0, 0x4000000000000000; fmv.d.x fa0, t0; fmv.x.d a0, fa0)

        # reserved rounding modes: dynamic with frm = 5, and static rm = 5 / 6
        TEST_CASE(16, s2, CAUSE_ILLEGAL, csrwi frm, 5; EXPECT_TRAP(1f); 2: fadd.d fa0, fa1, fa2; j fail; 1: csrwi frm, 0)
        TEST_CASE(17, s2, CAUSE_ILLEGAL, EXPECT_TRAP(1f); .insn r OP_FP, 5, 0x01, fa0, fa1, fa2; j fail; 1: )
        TEST_CASE(18, s2, CAUSE_ILLEGAL, EXPECT_TRAP(1f); .insn r OP_FP, 6, 0x01, fa0, fa1, fa2; j fail; 1: )
        TEST_CASE(19, s2, -1, EXPECT_TRAP(fail); .insn r OP_FP, 7, 0x01, fa0, fa1, fa2)   # rm = 7 (dyn) with valid frm: no trap

        # mstatus stack: trap clears MIE into MPIE and records MPP = M; mret restores MIE
        TEST_CASE(20, a0, MSTATUS_MPIE | MSTATUS_MPP, li t0, MSTATUS_MIE; csrs mstatus, t0; EXPECT_TRAP(1f); ecall; j fail; 1: \
                  li t0, MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP; and a0, s6, t0)
        TEST_CASE(21, a0, MSTATUS_MIE, csrr a1, mstatus; li t0, MSTATUS_MIE; and a0, a1, t0; csrc mstatus, t0)

        # ecall from user mode: PMP opened for U (reads as zero and changes nothing where PMP is absent)
        TEST_CASE(22, s2, CAUSE_ECALL_U, li t0, -1; csrw pmpaddr0, t0; li t0, 0x1f; csrw pmpcfg0, t0; \
                  li t0, MSTATUS_MPP; csrc mstatus, t0; lla t0, 2f; csrw mepc, t0; EXPECT_TRAP(1f); mret; \
                  2: ecall; j fail; 1: )
        TEST_CASE(23, a0, 0, lla a1, 2b; sub a0, s3, a1)
        TEST_CASE(24, a0, 0, li t0, MSTATUS_MPP; and a0, s6, t0)                          # MPP recorded U

        RVTEST_END

        # Records mcause, mepc, mtval, mstatus in s2, s3, s4, s6; resumes in machine mode at s5.
        .text
        .balign 4
trap_record:
        csrr s2, mcause
        csrr s3, mepc
        csrr s4, mtval
        csrr s6, mstatus
        csrw mepc, s5
        li s7, MSTATUS_MPP
        csrs mstatus, s7
        mret
