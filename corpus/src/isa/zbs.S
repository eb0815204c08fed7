# Zbs: single-bit instructions, register forms take the index modulo 64.
#include "rvtest.h"

        RVTEST_BEGIN

        TEST_RR(1, bclr, 0x7fffffffffffffff, 0xffffffffffffffff, 63)
        TEST_RR(2, bclr, 0xfffffffffffffffe, 0xffffffffffffffff, 64)   # index mod 64
        TEST_RI(3, bclri, 0xffffffff7fffffff, 0xffffffffffffffff, 31)
        TEST_RR(4, bext, 1, 0x8000000000000000, 63)
        TEST_RR(5, bext, 0, 0x8000000000000000, 62)
        TEST_RR(6, bext, 1, 0x0000000000000002, 65)
        TEST_RI(7, bexti, 1, 0x0000000100000000, 32)
        TEST_RR(8, binv, 0x8000000000000000, 0, 63)
        TEST_RR(9, binv, 0x0000000000000000, 1, 0)
        TEST_RI(10, binvi, 0x0000000080000001, 1, 31)
        TEST_RR(11, bset, 0x0000000100000000, 0, 32)
        TEST_RR(12, bset, 0x8000000000000000, 0, 127)                  # index mod 64
        TEST_RI(13, bseti, 0x8000000000000000, 0x8000000000000000, 63) # already set
        TEST_RI(14, bseti, 0x0000000000000801, 1, 11)

        RVTEST_END
