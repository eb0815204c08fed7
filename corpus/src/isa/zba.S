# Zba: address generation. add.uw, shNadd, shNadd.uw, slli.uw (zero-extension of the low word).
#include "rvtest.h"

        RVTEST_BEGIN

        TEST_RR(1, add.uw, 0x0000000100000000, 0xffffffffffffffff, 1)      # rs1's low word, zero-extended
        TEST_RR(2, add.uw, 0x0000000080000005, 0x1234567880000000, 5)
        TEST_RR(3, sh1add, 0x0000000000000007, 3, 1)
        TEST_RR(4, sh2add, 0x000000000000000d, 3, 1)
        TEST_RR(5, sh3add, 0x0000000000000019, 3, 1)
        TEST_RR(6, sh1add, 0xffffffffffffffff, 0x7fffffffffffffff, 1)      # bits shifted out are lost
        TEST_RR(7, sh3add, 0x0000000000000000, 0x2000000000000000, 0)
        TEST_RR(8, sh1add.uw, 0x00000001fffffffe, 0xffffffffffffffff, 0)
        TEST_RR(9, sh2add.uw, 0x00000003fffffffc, 0x12345678ffffffff, 0)
        TEST_RR(10, sh3add.uw, 0x0000000800000010, 0x0000000100000001, 0x0000000800000008)
        TEST_RR(11, sh3add.uw, 0x0000000400000000, 0xffffffff80000000, 0)
        TEST_RI(12, slli.uw, 0x0000000ffffffff0, 0xffffffffffffffff, 4)
        TEST_RI(13, slli.uw, 0x8000000000000000, 0x0000000080000000, 32)
        TEST_RI(14, slli.uw, 0x0000000012345678, 0xabcdef0012345678, 0)    # zext.w
        TEST_CASE(15, a0, 0x00000000deadbeef, li a1, 0xffffffffdeadbeef; zext.w a0, a1)
        TEST_CASE(16, a0, 0, lla a1, zba_table; li a2, 2; sh3add a3, a2, a1; ld a0, 0(a3); addi a0, a0, -30)   # indexed load

        RVTEST_END

        .data
        .balign 8
zba_table:
        .dword 10, 20, 30, 40
