# RV64M: multiplication (all high-part forms), division and remainder with the ISA's rules for
# division by zero (quotient all ones, remainder = dividend) and signed overflow
# (most negative / -1 = most negative, remainder 0), in 64- and 32-bit (W) forms.
#include "rvtest.h"

        RVTEST_BEGIN

        TEST_RR(1, mul, 0x0000000000001200, 0x80, 0x24)
        TEST_RR(2, mul, 0xfffffffffffffffe, 0xffffffffffffffff, 2)
        TEST_RR(3, mul, 0x0000000000000000, 0x8000000000000000, 2)          # low 64 bits only
        TEST_RR(4, mulh, 0xffffffffffffffff, 0xffffffffffffffff, 1)
        TEST_RR(5, mulh, 0x4000000000000000, 0x8000000000000000, 0x8000000000000000)
        TEST_RR(6, mulhu, 0x7fffffffffffffff, 0x8000000000000000, 0xffffffffffffffff)
        TEST_RR(7, mulhu, 0xfffffffffffffffe, 0xffffffffffffffff, 0xffffffffffffffff)
        TEST_RR(8, mulhsu, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff)
        TEST_RR(9, mulhsu, 0x0000000000000000, 0x0000000000000001, 0xffffffffffffffff)
        TEST_RR(10, mulhsu, 0xc000000000000000, 0x8000000000000000, 0x8000000000000000)
        TEST_RR(11, mulw, 0xffffffff80000000, 0x0000000040000000, 2)
        TEST_RR(12, mulw, 0x0000000000000001, 0xffffffffffffffff, 0x12345678ffffffff)  # upper bits ignored

        TEST_RR(13, div, 0xfffffffffffffffd, 20, -6)
        TEST_RR(14, div, 0xfffffffffffffffd, -20, 6)
        TEST_RR(15, div, 3, -20, -6)
        TEST_RR(16, rem, 2, 20, -6)                          # sign of the dividend
        TEST_RR(17, rem, 0xfffffffffffffffe, -20, 6)
        TEST_RR(18, divu, 0x2aaaaaaaaaaaaaa7, -20, 6)
        TEST_RR(19, remu, 2, -20, 6)
        TEST_RR(20, div, 0xffffffffffffffff, 42, 0)          # division by zero
        TEST_RR(21, divu, 0xffffffffffffffff, 42, 0)
        TEST_RR(22, rem, 42, 42, 0)
        TEST_RR(23, remu, 0xffffffffffffffd6, -42, 0)
        TEST_RR(24, div, 0x8000000000000000, 0x8000000000000000, -1)  # overflow
        TEST_RR(25, rem, 0, 0x8000000000000000, -1)
        TEST_RR(26, divu, 0, 0x8000000000000000, -1)
        TEST_RR(27, remu, 0x8000000000000000, 0x8000000000000000, -1)

        TEST_RR(28, divw, 0xfffffffffffffffd, 0x1234567800000014, 0xfffffffffffffffa)
        TEST_RR(29, divw, 0xffffffff80000000, 0x0000000080000000, 0xffffffffffffffff)  # overflow
        TEST_RR(30, remw, 0, 0x0000000080000000, -1)
        TEST_RR(31, divw, 0xffffffffffffffff, 7, 0x100000000)          # divisor's low word is 0
        TEST_RR(32, remw, 0xfffffffffffffff9, 0x00000000fffffff9, 0)  # result sign-extended
        TEST_RR(33, divuw, 0x000000007ffffff6, 0x00000000ffffffec, 2)
        TEST_RR(34, divuw, 0xffffffffffffffff, 5, 0)
        TEST_RR(35, remuw, 0xffffffffffffffec, 0x00000000ffffffec, 0)  # 32-bit result sign-extended
        TEST_RR(36, remuw, 1, 0x00000000ffffffff, 2)
        TEST_RR(37, divuw, 1, 0x0000000080000000, 0x0000000080000000)
        TEST_RR_SRC1_EQ_DEST(38, div, 7, 49, 7)
        TEST_CASE(39, a0, 0, li a1, 1234567; li a2, 1000; div a3, a1, a2; rem a4, a1, a2; \
                  mul a5, a3, a2; add a5, a5, a4; sub a0, a5, a1)            # q * d + r == n

        RVTEST_END
