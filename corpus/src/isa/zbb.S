# Zbb: basic bit manipulation. Logic with negate, counts (with 0 and all-ones inputs), min/max
# signed and unsigned, sign/zero extension, rotates (amount masking, W forms), orc.b, rev8.
#include "rvtest.h"

        RVTEST_BEGIN

        TEST_RR(1, andn, 0x00000000ffff0000, 0x00000000ffffffff, 0xffffffff0000ffff)
        TEST_RR(2, orn, 0xffffffff0000ffff, 0x000000000000ffff, 0x00000000ffffffff)
        TEST_RR(3, xnor, 0xfffffffffffffff0, 0x5, 0xa)
        TEST_R(4, clz, 64, 0)
        TEST_R(5, clz, 0, 0x8000000000000000)
        TEST_R(6, clz, 63, 1)
        TEST_R(7, clzw, 32, 0xffffffff00000000)          # only the low word counts
        TEST_R(8, clzw, 0, 0x0000000080000000)
        TEST_R(9, clzw, 27, 0x0000000000000010)
        TEST_R(10, ctz, 64, 0)
        TEST_R(11, ctz, 63, 0x8000000000000000)
        TEST_R(12, ctzw, 32, 0xffffffff00000000)
        TEST_R(13, ctzw, 31, 0x0000000080000000)
        TEST_R(14, cpop, 64, 0xffffffffffffffff)
        TEST_R(15, cpop, 0, 0)
        TEST_R(16, cpop, 32, 0xaaaaaaaaaaaaaaaa)
        TEST_R(17, cpopw, 32, 0x00000000ffffffff)
        TEST_R(18, cpopw, 1, 0xffffffff00000001)
        TEST_RR(19, max, 1, -1, 1)
        TEST_RR(20, maxu, 0xffffffffffffffff, -1, 1)
        TEST_RR(21, min, 0x8000000000000000, 0x8000000000000000, 0x7fffffffffffffff)
        TEST_RR(22, minu, 0x7fffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff)
        TEST_R(23, sext.b, 0xffffffffffffff80, 0x1234567890abcd80)
        TEST_R(24, sext.b, 0x000000000000007f, 0xffffffffffffff7f)
        TEST_R(25, sext.h, 0xffffffffffff8000, 0x0000000000008000)
        TEST_R(26, zext.h, 0x000000000000ffff, 0xffffffffffffffff)
        TEST_RR(27, rol, 0x0000000000000003, 0x8000000000000001, 1)
        TEST_RR(28, rol, 0x8000000000000001, 0x8000000000000001, 64)   # amount mod 64
        TEST_RR(29, ror, 0xc000000000000000, 0x8000000000000001, 1)
        TEST_RI(30, rori, 0x8123456781234567, 0x1234567812345678, 4)
        TEST_RR(31, rolw, 0x0000000000000003, 0x0000000080000001, 1)
        TEST_RR(32, rolw, 0xffffffff80000000, 0x0000000040000000, 33) # amount mod 32, result sign-extended
        TEST_RR(33, rorw, 0xffffffff80000000, 0x0000000000000001, 1)
        TEST_RI(34, roriw, 0xffffffff81234567, 0xffffffff12345678, 4)
        TEST_R(35, orc.b, 0xff00ff00ff00ffff, 0x0100800010004001)
        TEST_R(36, orc.b, 0, 0)
        TEST_R(37, rev8, 0x0807060504030201, 0x0102030405060708)
        TEST_CASE(38, a0, 0x1234, li a1, 0x1234; rev8 a2, a1; rev8 a0, a2)

        RVTEST_END
