# RV64A: LR/SC (success, failure without a reservation, a retry loop) and every AMO in .w and .d
# form: old value returned (sign-extended for .w), memory updated, signed vs unsigned min/max.
#include "rvtest.h"

#define AMO_SETUP(init) lla a1, amo_cell; li t0, init; sd t0, 0(a1)

        RVTEST_BEGIN

        # LR/SC
        TEST_CASE(1, a0, 0, AMO_SETUP(5); lr.d a2, (a1); addi a2, a2, 1; sc.d a0, a2, (a1))   # 0 = success
        TEST_CASE(2, a0, 6, ld a0, 0(a1))
        TEST_CASE(3, a0, 0xffffffff80000000, AMO_SETUP(0x1234567880000000); lr.w a0, (a1))     # lr.w sign-extends
        TEST_CASE(4, a0, 0, li a2, 0x7fffffff; sc.w a0, a2, (a1))
        TEST_CASE(5, a0, 0x123456787fffffff, ld a0, 0(a1))                                     # only the word changed
        TEST_CASE(6, a0, 1, AMO_SETUP(9); li a2, 10; sc.d a0, a2, (a1))                        # no reservation: fails
        TEST_CASE(7, a0, 9, ld a0, 0(a1))                                                      # and stores nothing
        TEST_CASE(8, a0, 100, AMO_SETUP(0); li a3, 100; \
                  2: lr.d.aq a2, (a1); addi a2, a2, 1; sc.d.rl a4, a2, (a1); bnez a4, 2b; addi a3, a3, -1; bnez a3, 2b; \
                  ld a0, 0(a1))

        # AMO .d: a0 = old value, then memory checked
        TEST_CASE(9, a0, 11, AMO_SETUP(11); li a2, 22; amoswap.d a0, a2, (a1))
        TEST_CASE(10, a0, 22, ld a0, 0(a1))
        TEST_CASE(11, a0, 0xffffffffffffffff, AMO_SETUP(-1); li a2, 1; amoadd.d a0, a2, (a1))
        TEST_CASE(12, a0, 0, ld a0, 0(a1))
        TEST_CASE(13, a0, 0x0f00, AMO_SETUP(0xff0f); li a2, 0x0ff0; amoand.d a3, a2, (a1); ld a0, 0(a1))
        TEST_CASE(14, a0, 0xfff0, AMO_SETUP(0xf000); li a2, 0x0ff0; amoor.d a3, a2, (a1); ld a0, 0(a1))
        TEST_CASE(15, a0, 0xf00f, AMO_SETUP(0xffff); li a2, 0x0ff0; amoxor.d a3, a2, (a1); ld a0, 0(a1))
        TEST_CASE(16, a0, 0xfffffffffffffffe, AMO_SETUP(-2); li a2, 3; amomin.d a3, a2, (a1); ld a0, 0(a1))
        TEST_CASE(17, a0, 3, AMO_SETUP(-2); li a2, 3; amominu.d a3, a2, (a1); ld a0, 0(a1))
        TEST_CASE(18, a0, 3, AMO_SETUP(-2); li a2, 3; amomax.d a3, a2, (a1); ld a0, 0(a1))
        TEST_CASE(19, a0, 0xfffffffffffffffe, AMO_SETUP(-2); li a2, 3; amomaxu.d a3, a2, (a1); ld a0, 0(a1))
        TEST_CASE(20, a0, 0xfffffffffffffffe, AMO_SETUP(-2); li a2, 3; amomaxu.d.aqrl a0, a2, (a1))

        # AMO .w: operate on the low word, return it sign-extended, leave the high word alone
        TEST_CASE(21, a0, 0xffffffff80000000, AMO_SETUP(0x7777777780000000); li a2, 1; amoswap.w a0, a2, (a1))
        TEST_CASE(22, a0, 0x7777777700000001, ld a0, 0(a1))
        TEST_CASE(23, a0, 0x7777777780000000, AMO_SETUP(0x777777777fffffff); li a2, 1; amoadd.w a3, a2, (a1); ld a0, 0(a1))
        TEST_CASE(24, a0, 0x7777777700000000, AMO_SETUP(0x77777777ffffffff); li a2, 1; amoadd.w a3, a2, (a1); ld a0, 0(a1))
        TEST_CASE(25, a0, 0x5555555500000f00, AMO_SETUP(0x5555555500000ff0); li a2, 0xffffffffffffff00; amoand.w a3, a2, (a1); ld a0, 0(a1))
        TEST_CASE(26, a0, 0x55555555ffffffff, AMO_SETUP(0x5555555500000000); li a2, -1; amoor.w a3, a2, (a1); ld a0, 0(a1))
        TEST_CASE(27, a0, 0x55555555fffffffe, AMO_SETUP(0x5555555500000001); li a2, -1; amoxor.w a3, a2, (a1); ld a0, 0(a1))
        TEST_CASE(28, a0, 0x0000000080000000, AMO_SETUP(0x0000000080000000); li a2, 1; amomin.w a3, a2, (a1); ld a0, 0(a1))
        TEST_CASE(29, a0, 0x0000000000000001, AMO_SETUP(0x0000000080000000); li a2, 1; amominu.w a3, a2, (a1); ld a0, 0(a1))
        TEST_CASE(30, a0, 0x0000000000000001, AMO_SETUP(0x0000000080000000); li a2, 1; amomax.w a3, a2, (a1); ld a0, 0(a1))
        TEST_CASE(31, a0, 0x0000000080000000, AMO_SETUP(0x0000000080000000); li a2, 1; amomaxu.w a3, a2, (a1); ld a0, 0(a1))
        TEST_CASE(32, a0, 0xffffffff80000000, AMO_SETUP(0x0000000080000000); li a2, 1; amomaxu.w a0, a2, (a1))
        TEST_CASE(33, a0, 0x1111111100000003, AMO_SETUP(0x1111111100000002); li a2, 1; amoadd.w x0, a2, (a1); ld a0, 0(a1))   # rd = x0

        RVTEST_END

        .data
        .balign 8
amo_cell:
        .dword 0
