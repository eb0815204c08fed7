# RV64C: every compressed form RV64GC has, written with explicit c.* mnemonics so the assembler
# cannot pick the 32-bit form (an explicit c.* mnemonic that cannot be encoded is an assembly error).
#include "rvtest.h"

        RVTEST_BEGIN

        TEST_CASE(1, a0, 0xffffffffffffffe0, c.li a0, -32)
        TEST_CASE(2, a0, 0x000000000001f000, c.lui a0, 0x1f)
        TEST_CASE(3, a0, 0xfffffffffffe0000, c.lui a0, 0xfffe0)            # nzimm sign-extended
        TEST_CASE(4, a0, 10, li a0, 41; c.addi a0, -31)
        TEST_CASE(5, a0, 0xffffffff80000000, li a0, 0x7fffffff; c.addiw a0, 1)
        TEST_CASE(6, a0, 0x0000000000000005, li a0, 0x1234567800000005; c.addiw a0, 0)   # sext.w
        TEST_CASE(7, a0, 0, mv a1, sp; c.addi16sp sp, -64; c.addi16sp sp, 496; c.addi16sp sp, -432; sub a0, sp, a1)
        TEST_CASE(8, a0, 1020, mv a1, sp; c.addi4spn a0, sp, 1020; sub a0, a0, a1)
        TEST_CASE(9, a0, 0x8000000000000000, li a0, 1; c.slli a0, 63)
        TEST_CASE(10, a0, 1, li a0, 0x8000000000000000; c.srli a0, 63)
        TEST_CASE(11, a0, 0xffffffffffffffff, li a0, 0x8000000000000000; c.srai a0, 63)
        TEST_CASE(12, a0, 0x10, li a0, 0xff0; c.andi a0, 0x1f)
        TEST_CASE(13, a0, 0xfffffffffffffff0, li a0, -1; c.andi a0, -16)
        TEST_CASE(14, a0, 77, li a1, 77; c.mv a0, a1)
        TEST_CASE(15, a0, 100, li a0, 58; li a1, 42; c.add a0, a1)
        TEST_CASE(16, a0, 0x0f00, li a0, 0xff00; li a1, 0x0ff0; c.and a0, a1)
        TEST_CASE(17, a0, 0xfff0, li a0, 0xff00; li a1, 0x0ff0; c.or a0, a1)
        TEST_CASE(18, a0, 0xf0f0, li a0, 0xff00; li a1, 0x0ff0; c.xor a0, a1)
        TEST_CASE(19, a0, 0xffffffffffffffff, li a0, 1; li a1, 2; c.sub a0, a1)
        TEST_CASE(20, a0, 0xffffffff80000000, li a0, 0x7fffffff; li a1, 1; c.addw a0, a1)
        TEST_CASE(21, a0, 0x7fffffff, li a0, 0xffffffff80000000; li a1, 1; c.subw a0, a1)

        # loads and stores, register-based and sp-based
        TEST_CASE(22, a0, 0xffffffff87654321, lla a1, c_data; li a2, 0x87654321; c.sw a2, 4(a1); c.lw a0, 4(a1))
        TEST_CASE(23, a0, 0x1122334455667788, lla a1, c_data; li a2, 0x1122334455667788; c.sd a2, 8(a1); c.ld a0, 8(a1))
        TEST_CASE(24, a0, 0xfffffffff0000001, addi sp, sp, -64; li a2, 0xf0000001; c.swsp a2, 60(sp); c.lwsp a0, 60(sp); addi sp, sp, 64)
        TEST_CASE(25, a0, 0x0102030405060708, addi sp, sp, -512; li a2, 0x0102030405060708; c.sdsp a2, 504(sp); c.ldsp a0, 504(sp); addi sp, sp, 512)
        TEST_CASE(26, a0, 0x400921fb54442d18, lla a1, c_data; li t0, 0x400921fb54442d18; fmv.d.x fa1, t0; c.fsd fa1, 16(a1); c.fld fa2, 16(a1); fmv.x.d a0, fa2)
        TEST_CASE(27, a0, 0xc00921fb54442d18, addi sp, sp, -16; li t0, 0xc00921fb54442d18; fmv.d.x fa1, t0; c.fsdsp fa1, 8(sp); c.fldsp fs1, 8(sp); fmv.x.d a0, fs1; addi sp, sp, 16)

        # control transfer
        TEST_CASE(28, a0, 3, li a0, 0; li a1, 1; c.j 1f; c.li a0, 9; 1: c.addi a0, 1; c.beqz a1, fail; li a1, 0; c.beqz a1, 2f; c.li a0, 9; 2: c.addi a0, 1; \
                  li a1, 5; c.bnez a1, 3f; c.li a0, 9; 3: c.addi a0, 1)
        TEST_CASE(29, a0, 0, lla a1, 1f; c.jr a1; j fail; 1: li a0, 0)
        TEST_CASE(30, a0, 0, lla a1, 2f; c.jalr a1; 1: j 3f; 2: lla a2, 1b; sub a0, ra, a2; ret; 3: nop)
        TEST_CASE(31, a0, 7, li a0, 7; c.nop; c.nop)

        RVTEST_END

        .data
        .balign 16
c_data:
        .dword 0, 0, 0, 0
