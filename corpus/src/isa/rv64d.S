# RV64D: double precision, conversions between single and double (NaN canonicalisation, boxing,
# overflow by rounding mode), fcvt limits, every fclass bit, fmin/fmax with NaNs and zeros,
# rounding modes (static and dynamic), flags, and loads/stores/moves of raw bits.
#include "rvtest.h"

#define D_ONE    0x3ff0000000000000
#define D_TWO    0x4000000000000000
#define D_THREE  0x4008000000000000
#define D_HALF   0x3fe0000000000000
#define D_2_5    0x4004000000000000
#define D_M2_5   0xc004000000000000
#define D_M1     0xbff0000000000000
#define D_INF    0x7ff0000000000000
#define D_MINF   0xfff0000000000000
#define D_QNAN   0x7ff8000000000000
#define D_SNAN   0x7ff0000000000001
#define D_NZERO  0x8000000000000000
#define D_MAX    0x7fefffffffffffff
#define D_MIN    0x0010000000000000

        RVTEST_BEGIN

        TEST_FD_RR(1, fadd.d, D_THREE, 0, D_ONE, D_TWO)
        TEST_FD_RR(2, fdiv.d, 0x3fd5555555555555, FLAG_NX, D_ONE, D_THREE)
        TEST_FD_RR(3, fdiv.d, D_MINF, FLAG_DZ, D_M1, 0)
        TEST_FD_RR(4, fmul.d, D_QNAN, FLAG_NV, D_INF, 0)
        TEST_FD_RR(5, fmul.d, D_INF, FLAG_OF | FLAG_NX, D_MAX, D_TWO)
        TEST_FD_RR(6, fmul.d, 0x0008000000000000, FLAG_UF | FLAG_NX, 0x0010000000000001, D_HALF)
        TEST_FD_RR(7, fsub.d, D_QNAN, 0, 0x7ff8000000012345, D_ONE)
        TEST_FD_RR(8, fadd.d, D_QNAN, 0, 0xffffffff3f800000, D_ONE)       # a boxed single is a double qNaN
        TEST_FP(9, 0x3ff8000000000000, 0, LOAD_D(fa1, 0x4002000000000000); fsqrt.d fa0, fa1; fmv.x.d a0, fa0)   # sqrt(2.25)
        TEST_FP(10, D_QNAN, FLAG_NV, LOAD_D(fa1, D_MINF); fsqrt.d fa0, fa1; fmv.x.d a0, fa0)

        # single <-> double
        TEST_FP(11, 0x3eaaaaab, FLAG_NX, LOAD_D(fa1, 0x3fd5555555555555); fcvt.s.d fa0, fa1; fmv.x.w a0, fa0)
        TEST_FP(12, 0x7fc00000, FLAG_NV, LOAD_D(fa1, D_SNAN); fcvt.s.d fa0, fa1; fmv.x.w a0, fa0)
        TEST_FP(13, 0x7fc00000, 0, LOAD_D(fa1, 0xfff8000000abcdef); fcvt.s.d fa0, fa1; fmv.x.w a0, fa0)   # sign and payload dropped
        TEST_FP(14, 0x7f800000, FLAG_OF | FLAG_NX, LOAD_D(fa1, D_MAX); fcvt.s.d fa0, fa1, rne; fmv.x.w a0, fa0)
        TEST_FP(15, 0x7f7fffff, FLAG_OF | FLAG_NX, LOAD_D(fa1, D_MAX); fcvt.s.d fa0, fa1, rtz; fmv.x.w a0, fa0)
        TEST_FP(16, 0xffffffff7fc00000, 0, LOAD_D(fa1, D_QNAN); fcvt.s.d fa0, fa1; fmv.x.d a0, fa0)          # result is boxed
        TEST_FP(17, D_QNAN, FLAG_NV, LOAD_S(fa1, 0x7f800001); fcvt.d.s fa0, fa1; fmv.x.d a0, fa0)
        TEST_FP(18, D_ONE, 0, LOAD_S(fa1, 0x3f800000); fcvt.d.s fa0, fa1; fmv.x.d a0, fa0)
        TEST_FP(19, D_QNAN, 0, li t0, 0x000000003f800000; fmv.d.x fa1, t0; fcvt.d.s fa0, fa1; fmv.x.d a0, fa0)   # unboxed input
        TEST_FP(20, 0x36a0000000000000, 0, LOAD_S(fa1, 1); fcvt.d.s fa0, fa1; fmv.x.d a0, fa0)             # subnormal single is normal double
        TEST_FP(21, 0, FLAG_UF | FLAG_NX, LOAD_D(fa1, 0x3690000000000000); fcvt.s.d fa0, fa1, rne; fmv.x.w a0, fa0)  # 2^-150 ties to 0

        # double to integer
        TEST_FD_TOINT(22, fcvt.w.d, 2, FLAG_NX, D_2_5, rne)
        TEST_FD_TOINT(23, fcvt.w.d, 3, FLAG_NX, D_2_5, rup)
        TEST_FD_TOINT(24, fcvt.w.d, -3, FLAG_NX, D_M2_5, rdn)
        TEST_FD_TOINT(25, fcvt.w.d, -3, FLAG_NX, D_M2_5, rmm)
        TEST_FD_TOINT(26, fcvt.w.d, -2, FLAG_NX, D_M2_5, rtz)
        TEST_FD_TOINT(27, fcvt.w.d, 0x7fffffff, FLAG_NV, 0x41e65a0bc0000000, rtz)     # 3e9
        TEST_FD_TOINT(28, fcvt.w.d, 0xffffffff80000000, FLAG_NX, 0xc1e0000000100000, rtz)  # -2^31 - 0.5 truncates in range
        TEST_FD_TOINT(29, fcvt.w.d, 0xffffffff80000000, FLAG_NV, 0xc1e0000000100000, rdn)  # rounds out of range
        TEST_FD_TOINT(30, fcvt.w.d, 0x7fffffff, FLAG_NV, D_QNAN, rne)
        TEST_FD_TOINT(31, fcvt.wu.d, 0xffffffffffffffff, FLAG_NV, D_INF, rne)
        TEST_FD_TOINT(32, fcvt.wu.d, 0, FLAG_NV, D_MINF, rne)
        TEST_FD_TOINT(33, fcvt.wu.d, 0xffffffffffffffff, 0, 0x41efffffffe00000, rtz)  # 2^32-1, sign-extended
        TEST_FD_TOINT(34, fcvt.l.d, 0x7fffffffffffffff, FLAG_NV, 0x43e0000000000000, rtz)  # 2^63
        TEST_FD_TOINT(35, fcvt.l.d, 0x8000000000000000, 0, 0xc3e0000000000000, rtz)       # -2^63
        TEST_FD_TOINT(36, fcvt.l.d, 0x8000000000000000, FLAG_NV, 0xc3e0000000000001, rtz)
        TEST_FD_TOINT(37, fcvt.l.d, 0x7fffffffffffffff, FLAG_NV, D_SNAN, rtz)
        TEST_FD_TOINT(38, fcvt.l.d, 0x7ffffffffffffc00, 0, 0x43dfffffffffffff, rtz)
        TEST_FD_TOINT(39, fcvt.lu.d, 0, FLAG_NX, 0xbfeccccccccccccd, rtz)              # -0.9
        TEST_FD_TOINT(40, fcvt.lu.d, 0, FLAG_NV, D_M1, rtz)
        TEST_FD_TOINT(41, fcvt.lu.d, 0xfffffffffffff800, 0, 0x43efffffffffffff, rtz)
        TEST_FD_TOINT(42, fcvt.lu.d, 0xffffffffffffffff, FLAG_NV, 0x43f0000000000000, rtz)  # 2^64
        TEST_FD_TOINT(43, fcvt.lu.d, 1, FLAG_NX, D_HALF, rup)

        # integer to double
        TEST_FP(44, 0x4340000000000000, FLAG_NX, li a1, 9007199254740993; fcvt.d.l fa0, a1; fmv.x.d a0, fa0)   # 2^53+1
        TEST_FP(45, 0x4340000000000001, FLAG_NX, li a1, 9007199254740993; fcvt.d.l fa0, a1, rup; fmv.x.d a0, fa0)
        TEST_FP(46, D_M1, 0, li a1, 0x12345678ffffffff; fcvt.d.w fa0, a1; fmv.x.d a0, fa0)              # low word only
        TEST_FP(47, 0x41efffffffe00000, 0, li a1, -1; fcvt.d.wu fa0, a1; fmv.x.d a0, fa0)
        TEST_FP(48, 0x43f0000000000000, FLAG_NX, li a1, -1; fcvt.d.lu fa0, a1; fmv.x.d a0, fa0)
        TEST_FP(49, 0xc3e0000000000000, 0, li a1, 0x8000000000000000; fcvt.d.l fa0, a1; fmv.x.d a0, fa0)

        # fclass
        TEST_FP(50, 1, 0, LOAD_D(fa1, D_MINF); fclass.d a0, fa1)
        TEST_FP(51, 2, 0, LOAD_D(fa1, D_M1); fclass.d a0, fa1)
        TEST_FP(52, 4, 0, LOAD_D(fa1, 0x800fffffffffffff); fclass.d a0, fa1)
        TEST_FP(53, 8, 0, LOAD_D(fa1, D_NZERO); fclass.d a0, fa1)
        TEST_FP(54, 16, 0, LOAD_D(fa1, 0); fclass.d a0, fa1)
        TEST_FP(55, 32, 0, LOAD_D(fa1, 1); fclass.d a0, fa1)
        TEST_FP(56, 64, 0, LOAD_D(fa1, D_MAX); fclass.d a0, fa1)
        TEST_FP(57, 128, 0, LOAD_D(fa1, D_INF); fclass.d a0, fa1)
        TEST_FP(58, 256, 0, LOAD_D(fa1, D_SNAN); fclass.d a0, fa1)
        TEST_FP(59, 512, 0, LOAD_D(fa1, 0xfff8000000000000); fclass.d a0, fa1)

        # fmin / fmax
        TEST_FD_RR(60, fmin.d, D_M1, 0, D_QNAN, D_M1)
        TEST_FD_RR(61, fmax.d, D_M1, FLAG_NV, D_M1, D_SNAN)
        TEST_FD_RR(62, fmin.d, D_QNAN, FLAG_NV, D_SNAN, D_SNAN)
        TEST_FD_RR(63, fmin.d, D_NZERO, 0, 0, D_NZERO)
        TEST_FD_RR(64, fmax.d, 0, 0, D_NZERO, 0)
        TEST_FD_RR(65, fmax.d, D_INF, 0, D_INF, D_MAX)

        # rounding: dynamic and static
        TEST_FP(66, 0x3fd5555555555556, FLAG_NX, csrwi frm, RM_RUP; LOAD_D(fa1, D_ONE); LOAD_D(fa2, D_THREE); fdiv.d fa0, fa1, fa2; fmv.x.d a0, fa0)
        TEST_FP(67, 0x3fd5555555555555, FLAG_NX, csrwi frm, RM_RUP; fdiv.d fa0, fa1, fa2, rne; fmv.x.d a0, fa0)
        TEST_FP(68, 0xbfd5555555555556, FLAG_NX, csrwi frm, RM_RDN; fneg.d fa3, fa1; fdiv.d fa0, fa3, fa2; fmv.x.d a0, fa0)
        TEST_FP(69, 0xbfd5555555555555, FLAG_NX, csrwi frm, RM_RTZ; fdiv.d fa0, fa3, fa2; fmv.x.d a0, fa0)
        TEST_FP(70, 0x3ff0000000000002, FLAG_NX, csrwi frm, RM_RMM; LOAD_D(fa1, 0x3ff0000000000001); LOAD_D(fa2, 0x3ca8000000000000); \
                fadd.d fa0, fa1, fa2; fmv.x.d a0, fa0)    # 1 + 1.5 ulp: tie away from zero
        TEST_FP(71, 0x3ff0000000000002, FLAG_NX, csrwi frm, RM_RNE; fadd.d fa0, fa1, fa2; fmv.x.d a0, fa0)   # tie to even
        TEST_FP(72, D_MAX, FLAG_OF | FLAG_NX, csrwi frm, RM_RDN; LOAD_D(fa1, D_MAX); fadd.d fa0, fa1, fa1; fmv.x.d a0, fa0; csrwi frm, RM_RNE)

        # moves, loads, stores, sign injection, fused ops
        TEST_FP(73, 0x0123456789abcdef, 0, li t0, 0x0123456789abcdef; fmv.d.x fa1, t0; fmv.x.d a0, fa1)
        TEST_FP(74, 0x7ff0000000000001, 0, lla t1, d_data; LOAD_D(fa1, D_SNAN); fsd fa1, 8(t1); fld fa2, 8(t1); fmv.x.d a0, fa2)  # no quieting
        TEST_FP(75, 0xfff0000000000001, 0, LOAD_D(fa1, D_SNAN); LOAD_D(fa2, D_M1); fsgnj.d fa0, fa1, fa2; fmv.x.d a0, fa0)
        TEST_FP(76, 0x3ff0000000000000, 0, LOAD_D(fa1, D_M1); fabs.d fa0, fa1; fmv.x.d a0, fa0)
        TEST_FD_R3(77, fmadd.d, 0x3970000000000000, 0, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000002)   # one rounding: exactly 2^-104
        TEST_FD_R3(78, fnmsub.d, 0x4014000000000000, 0, D_M1, D_TWO, D_THREE)   # -(-1*2) + 3
        TEST_FD_R3(79, fmsub.d, D_QNAN, FLAG_NV, D_INF, D_ONE, D_INF)
        TEST_FD_CMP(80, flt.d, 1, 0, D_MINF, D_MAX)
        TEST_FD_CMP(81, fle.d, 0, FLAG_NV, D_QNAN, D_QNAN)
        TEST_FD_CMP(82, feq.d, 0, 0, D_QNAN, D_QNAN)
        TEST_FD_CMP(83, feq.d, 1, 0, 0, D_NZERO)

        RVTEST_END

        .data
        .balign 8
d_data:
        .dword 0, 0
