# RV64I base integer instructions: arithmetic wrap-around, shifts (amount masking, W forms),
# comparisons, lui/auipc, loads and stores of every width, branches, jal/jalr, x0.
#include "rvtest.h"

        RVTEST_BEGIN

        TEST_RR(1, add, 0x0000000000000000, 0x7fffffffffffffff, 0x8000000000000001)
        TEST_RR(2, add, 0x8000000000000000, 0x7fffffffffffffff, 1)
        TEST_RR(3, sub, 0x7fffffffffffffff, 0x8000000000000000, 1)
        TEST_RR(4, addw, 0xffffffff80000000, 0x7fffffff, 1)
        TEST_RR(5, subw, 0x000000007fffffff, 0xffffffff80000000, 1)
        TEST_RR(6, addw, 0x0000000000000000, 0x1234567800000000, 0)
        TEST_RI(7, addi, 0xffffffffffffffff, 0, -1)
        TEST_RI(8, addiw, 0xffffffff80000000, 0x7fffffff, 1)
        TEST_RI(9, addiw, 0x0000000000000001, 0xffffffff00000002, -1)

        TEST_RR(10, sll, 0x8000000000000000, 1, 63)
        TEST_RR(11, sll, 0x0000000000000002, 1, 65)          # only rs2[5:0] counts
        TEST_RR(12, srl, 0x0000000000000001, 0x8000000000000000, 63)
        TEST_RR(13, sra, 0xffffffffffffffff, 0x8000000000000000, 63)
        TEST_RR(14, sra, 0xc000000000000000, 0x8000000000000000, 0xffffffffffffffc1)
        TEST_RR(15, sllw, 0xffffffff80000000, 1, 31)
        TEST_RR(16, sllw, 0x0000000000000002, 1, 33)         # only rs2[4:0] counts
        TEST_RR(17, srlw, 0x0000000000000001, 0xffffffff80000000, 31)
        TEST_RR(18, srlw, 0x000000007fffffff, 0xffffffffffffffff, 1)
        TEST_RR(19, sraw, 0xffffffffffffffff, 0x0000000080000000, 31)
        TEST_RI(20, slli, 0x8000000000000000, 1, 63)
        TEST_RI(21, srli, 0x0000000000000001, 0x8000000000000000, 63)
        TEST_RI(22, srai, 0xfffffffffffffff0, 0xff00000000000000, 52)
        TEST_RI(23, slliw, 0xffffffff80000000, 0x0000000000000001, 31)
        TEST_RI(24, srliw, 0x0000000000000001, 0x0000000080000000, 31)
        TEST_RI(25, sraiw, 0xffffffffffffffff, 0x0000000080000000, 31)
        TEST_RI(26, sraiw, 0x0000000000000000, 0x8000000000000000, 0)

        TEST_RR(27, slt, 1, -1, 0)
        TEST_RR(28, sltu, 0, -1, 0)
        TEST_RI(29, slti, 1, 0x8000000000000000, -2048)
        TEST_RI(30, sltiu, 1, 5, -1)                          # immediate sign-extended, then unsigned
        TEST_RI(31, sltiu, 0, -1, -1)
        TEST_RR(32, and, 0x0f0f0f0f00000000, 0xff0fff0f0000ffff, 0x0f0f0f0fffff0000)
        TEST_RR(33, or, 0xff0fff0fffffffff, 0xff0fff0f0000ffff, 0x0f0f0f0fffff0000)
        TEST_RR(34, xor, 0xf000f000ffffffff, 0xff0fff0f0000ffff, 0x0f0f0f0fffff0000)
        TEST_RI(35, xori, 0xffffffffffff0f0f, 0x000000000000f0f0, -1)
        TEST_RI(36, andi, 0x00000000000007f0, 0xfffffffffffffff0, 0x7ff)
        TEST_RI(37, ori, 0xfffffffffffff800, 0, -2048)

        TEST_CASE(38, a0, 0xffffffff80000000, lui a0, 0x80000)
        TEST_CASE(39, a0, 0x000000007ffff000, lui a0, 0x7ffff)
        TEST_CASE(40, a0, 0, auipc a1, 0; auipc a2, 0; sub a0, a2, a1; addi a0, a0, -4)
        TEST_CASE(41, a0, 0, 1: auipc a1, %pcrel_hi(rv64i_word); addi a1, a1, %pcrel_lo(1b); lla a2, rv64i_word; sub a0, a1, a2)

        TEST_CASE(42, a0, 0xffffffffffffff81, lla a1, rv64i_bytes; lb a0, 0(a1))
        TEST_CASE(43, a0, 0x0000000000000081, lla a1, rv64i_bytes; lbu a0, 0(a1))
        TEST_CASE(44, a0, 0xffffffffffff8081, lla a1, rv64i_bytes; lh a0, 0(a1))
        TEST_CASE(45, a0, 0x0000000000008081, lla a1, rv64i_bytes; lhu a0, 0(a1))
        TEST_CASE(46, a0, 0xffffffff82838081, lla a1, rv64i_bytes; lw a0, 0(a1))
        TEST_CASE(47, a0, 0x0000000082838081, lla a1, rv64i_bytes; lwu a0, 0(a1))
        TEST_CASE(48, a0, 0x8687848582838081, lla a1, rv64i_bytes; ld a0, 0(a1))
        TEST_CASE(49, a0, 0x0000000000000086, lla a1, rv64i_bytes; lbu a0, 7(a1))
        TEST_CASE(50, a0, 0x1122334455667788, lla a1, rv64i_word; li a2, 0x1122334455667788; sd a2, 0(a1); ld a0, 0(a1))
        TEST_CASE(51, a0, 0x11223344556677aa, lla a1, rv64i_word; li a2, 0xaa; sb a2, 0(a1); ld a0, 0(a1))
        TEST_CASE(52, a0, 0x112233445566bbbb, lla a1, rv64i_word; li a2, 0xbbbb; sh a2, 0(a1); ld a0, 0(a1))
        TEST_CASE(53, a0, 0x11223344cccccccc, lla a1, rv64i_word; li a2, 0xffffffffcccccccc; sw a2, 0(a1); ld a0, 0(a1))
        TEST_CASE(54, a0, 0xffffffffcccccccc, lla a1, rv64i_word + 8; lw a0, -8(a1))

        # branches: each taken branch skips a poison instruction
        TEST_CASE(55, a0, 6, li a0, 0; li a1, -1; li a2, 1; \
                  beq a1, a1, 1f; j fail; 1: addi a0, a0, 1; \
                  bne a1, a2, 1f; j fail; 1: addi a0, a0, 1; \
                  blt a1, a2, 1f; j fail; 1: addi a0, a0, 1; \
                  bge a2, a1, 1f; j fail; 1: addi a0, a0, 1; \
                  bltu a2, a1, 1f; j fail; 1: addi a0, a0, 1; \
                  bgeu a1, a2, 1f; j fail; 1: addi a0, a0, 1)
        TEST_CASE(56, a0, 0, li a0, 0; li a1, -1; li a2, 1; \
                  beq a1, a2, fail; bne a1, a1, fail; blt a2, a1, fail; \
                  bge a1, a2, fail; bltu a1, a2, fail; bgeu a2, a1, fail)
        TEST_CASE(57, a0, 0, jal a1, 1f; 2: j fail; 1: lla a2, 2b; sub a0, a1, a2)
        TEST_CASE(58, a0, 0, lla a1, 1f + 1; jalr a2, 0(a1); 2: j fail; 1: lla a3, 2b; sub a0, a2, a3)   # bit 0 of the target is cleared
        TEST_CASE(59, a0, 0, lla a1, 1f - 8; jalr x0, 8(a1); j fail; 1: li a0, 0)
        TEST_CASE(60, a0, 0, li a1, 5; add x0, a1, a1; mv a0, x0)
        TEST_CASE(61, a1, 2, li a1, 1; fence; fence rw, rw; fence.i; addi a1, a1, 1)
        TEST_RR_SRC1_EQ_DEST(62, sub, 0xfffffffffffffffe, 3, 5)

        RVTEST_END

        .data
        .balign 8
rv64i_bytes:
        .byte 0x81, 0x80, 0x83, 0x82, 0x85, 0x84, 0x87, 0x86
rv64i_word:
        .dword 0, 0
