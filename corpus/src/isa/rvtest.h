/* rvtest.h — rvcm's own harness for ISA tests (included by src/isa/*.S, preprocessed by cpp).
 *
 * Conventions
 *   gp (x3) holds the number of the test case in progress (TESTNUM); t6 holds expected values.
 *   RVTEST_BEGIN            start of the file's code (after #include)
 *   TEST_CASE(n, reg, expected, code...)   run code, then reg must equal expected
 *   RVTEST_PASS / RVTEST_FAIL              how the file ends (RVTEST_END emits both, plus data)
 *
 * Two builds of the same source:
 *   bare metal (default)  machine mode at 0x80000000 (link.ld); pass writes 1 to tohost, failure of
 *                         test n writes (n << 1) | 1; then spins. Unexpected traps fail the current test.
 *   -DRVTEST_USER         Linux user mode for qemu-riscv64: pass = exit(0), failure = exit(n).
 *                         Files that need machine mode define RVTEST_MACHINE_ONLY and are not built so.
 *   -DRVTEST_PASS_EXITS_TESTNUM   harness self-check: a passing run reports the number of the last
 *                         test it reached instead of 0, to prove no test was skipped.
 */
#ifndef RVCM_RVTEST_H
#define RVCM_RVTEST_H

#define TESTNUM gp

/* fflags bits */
#define FLAG_NV 0x10
#define FLAG_DZ 0x08
#define FLAG_OF 0x04
#define FLAG_UF 0x02
#define FLAG_NX 0x01

/* frm / static rm encodings */
#define RM_RNE 0
#define RM_RTZ 1
#define RM_RDN 2
#define RM_RUP 3
#define RM_RMM 4
#define RM_DYN 7

#ifdef RVTEST_USER

#define RVTEST_BEGIN                                                    \
        .option norelax;                                                \
        .text;                                                          \
        .globl _start;                                                  \
_start:                                                                 \
        li TESTNUM, 0;                                                  \
        csrwi fcsr, 0;                                                  \
        j rvtest_body;                                                  \
rvtest_body:

#ifdef RVTEST_PASS_EXITS_TESTNUM  /* harness self-check: pass exits with the last test's number */
#define RVTEST_PASS_CODE mv a0, TESTNUM
#else
#define RVTEST_PASS_CODE li a0, 0
#endif
#define RVTEST_PASS                                                     \
        fence;                                                          \
        RVTEST_PASS_CODE;                                               \
        li a7, 93;                                                      \
        ecall

#define RVTEST_FAIL                                                     \
        fence;                                                          \
        mv a0, TESTNUM;                                                 \
        li a7, 93;                                                      \
        ecall

#define RVTEST_TOHOST

#else /* bare metal, machine mode */

#define RVTEST_BEGIN                                                    \
        .option norelax;                                                \
        .section .text.init, "ax", @progbits;                           \
        .globl _start;                                                  \
_start:                                                                 \
        li TESTNUM, 0;                                                  \
        lla t0, rvtest_trap;                                            \
        csrw mtvec, t0;                                                 \
        li t0, (1 << 13);  /* mstatus.FS = Initial */                   \
        csrs mstatus, t0;                                               \
        csrwi fcsr, 0;                                                  \
        lla sp, rvtest_stack_top;                                       \
        j rvtest_body;                                                  \
        .balign 4;                                                      \
rvtest_trap:                                                            \
        /* a trap that no test asked for fails the current test */      \
        j fail;                                                         \
        .text;                                                          \
rvtest_body:

#ifdef RVTEST_PASS_EXITS_TESTNUM  /* harness self-check: report the last test's number as a "failure" */
#define RVTEST_PASS_CODE slli a0, TESTNUM, 1; ori a0, a0, 1
#else
#define RVTEST_PASS_CODE li a0, 1
#endif
#define RVTEST_PASS                                                     \
        fence;                                                          \
        RVTEST_PASS_CODE;                                               \
        lla t0, tohost;                                                 \
        sd a0, 0(t0);                                                   \
1:      j 1b

#define RVTEST_FAIL                                                     \
        fence;                                                          \
        slli a0, TESTNUM, 1;                                            \
        ori a0, a0, 1;                                                  \
        lla t0, tohost;                                                 \
        sd a0, 0(t0);                                                   \
1:      j 1b

#define RVTEST_TOHOST                                                   \
        .section .tohost, "aw", @progbits;                              \
        .balign 64;                                                     \
        .globl tohost;                                                  \
        .type tohost, @object;                                          \
        .size tohost, 8;                                                \
tohost: .dword 0;                                                       \
        .balign 64;                                                     \
        .globl fromhost;                                                \
        .type fromhost, @object;                                        \
        .size fromhost, 8;                                              \
fromhost: .dword 0;                                                     \
        .bss;                                                           \
        .balign 16;                                                     \
        .skip 4096;                                                     \
rvtest_stack_top:

#endif

/* The end of every test file: falls into pass, 'fail' is the branch target of every check. */
#define RVTEST_END                                                      \
        j pass;                                                         \
        .globl pass;                                                    \
pass:   RVTEST_PASS;                                                    \
        .globl fail;                                                    \
fail:   RVTEST_FAIL;                                                    \
        RVTEST_TOHOST

/* ---- integer checks ---- */

#define TEST_CASE(n, reg, expected, code...)                            \
test_##n:                                                               \
        li TESTNUM, n;                                                  \
        code;                                                           \
        li t6, expected;                                                \
        bne reg, t6, fail

/* inst a0, a1, a2 */
#define TEST_RR(n, inst, expected, v1, v2)                              \
        TEST_CASE(n, a0, expected, li a1, v1; li a2, v2; inst a0, a1, a2)

/* inst a0, a1, imm */
#define TEST_RI(n, inst, expected, v1, imm)                             \
        TEST_CASE(n, a0, expected, li a1, v1; inst a0, a1, imm)

/* inst a0, a1 */
#define TEST_R(n, inst, expected, v1)                                   \
        TEST_CASE(n, a0, expected, li a1, v1; inst a0, a1)

/* Same register as source and destination. */
#define TEST_RR_SRC1_EQ_DEST(n, inst, expected, v1, v2)                 \
        TEST_CASE(n, a1, expected, li a1, v1; li a2, v2; inst a1, a1, a2)

/* ---- floating-point helpers ---- */

/* Load raw bits into an f register (doubles as-is; singles NaN-boxed by fmv.w.x). */
#define LOAD_D(freg, bits) li t0, bits; fmv.d.x freg, t0
#define LOAD_S(freg, bits) li t0, bits; fmv.w.x freg, t0

/* Run code with fflags cleared; a0 must equal expected and fflags must equal flags. */
#define TEST_FP(n, expected, flags, code...)                            \
test_##n:                                                               \
        li TESTNUM, n;                                                  \
        csrwi fflags, 0;                                                \
        code;                                                           \
        li t6, expected;                                                \
        bne a0, t6, fail;                                               \
        csrr t1, fflags;                                                \
        li t6, flags;                                                   \
        bne t1, t6, fail

/* Double: fa0 = op(fa1, fa2), result bits in a0. */
#define TEST_FD_RR(n, inst, expected, flags, v1, v2)                    \
        TEST_FP(n, expected, flags, LOAD_D(fa1, v1); LOAD_D(fa2, v2); inst fa0, fa1, fa2; fmv.x.d a0, fa0)
/* Single: fa0 = op(fa1, fa2), result bits (sign-extended by fmv.x.w) in a0. */
#define TEST_FS_RR(n, inst, expected, flags, v1, v2)                    \
        TEST_FP(n, expected, flags, LOAD_S(fa1, v1); LOAD_S(fa2, v2); inst fa0, fa1, fa2; fmv.x.w a0, fa0)
/* Double/single fused: fa0 = fa1 * fa2 +- fa3. */
#define TEST_FD_R3(n, inst, expected, flags, v1, v2, v3)                \
        TEST_FP(n, expected, flags, LOAD_D(fa1, v1); LOAD_D(fa2, v2); LOAD_D(fa3, v3); inst fa0, fa1, fa2, fa3; fmv.x.d a0, fa0)
#define TEST_FS_R3(n, inst, expected, flags, v1, v2, v3)                \
        TEST_FP(n, expected, flags, LOAD_S(fa1, v1); LOAD_S(fa2, v2); LOAD_S(fa3, v3); inst fa0, fa1, fa2, fa3; fmv.x.w a0, fa0)
/* Comparisons and classification: integer result in a0. */
#define TEST_FD_CMP(n, inst, expected, flags, v1, v2)                   \
        TEST_FP(n, expected, flags, LOAD_D(fa1, v1); LOAD_D(fa2, v2); inst a0, fa1, fa2)
#define TEST_FS_CMP(n, inst, expected, flags, v1, v2)                   \
        TEST_FP(n, expected, flags, LOAD_S(fa1, v1); LOAD_S(fa2, v2); inst a0, fa1, fa2)
/* Float to integer with an explicit rounding mode: a0 = inst(fa1, rm). */
#define TEST_FD_TOINT(n, inst, expected, flags, v1, rm)                 \
        TEST_FP(n, expected, flags, LOAD_D(fa1, v1); inst a0, fa1, rm)
#define TEST_FS_TOINT(n, inst, expected, flags, v1, rm)                 \
        TEST_FP(n, expected, flags, LOAD_S(fa1, v1); inst a0, fa1, rm)

#endif
