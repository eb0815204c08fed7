# RV64F: single precision. Exception flags per operation, NaN boxing of single values in the 64-bit
# registers, canonical NaN results, fmin/fmax with quiet and signalling NaNs and signed zeros, every
# fclass bit, fcvt limits and NaN conversions, all rounding modes (static rm and dynamic frm),
# fflags accumulation, and the fused multiply-adds.
#include "rvtest.h"

#define S_ONE     0x3f800000
#define S_TWO     0x40000000
#define S_THREE   0x40400000
#define S_HALF    0x3f000000
#define S_1_5     0x3fc00000
#define S_2_5     0x40200000
#define S_M2_5    0xc0200000
#define S_M1      0xbf800000
#define S_INF     0x7f800000
#define S_MINF    0xff800000
#define S_QNAN    0x7fc00000
#define S_SNAN    0x7f800001
#define S_NZERO   0x80000000
#define S_MAX     0x7f7fffff
#define S_MIN     0x00800000
#define SX(bits)  (0xffffffff00000000 | (bits))    /* fmv.x.w sign-extends negative values */

        RVTEST_BEGIN

        TEST_FS_RR(1, fadd.s, S_THREE, 0, S_ONE, S_TWO)
        TEST_FS_RR(2, fsub.s, 0, 0, S_ONE, S_ONE)                           # x - x = +0 in RNE
        TEST_FS_RR(3, fmul.s, SX(0xc0700000), 0, S_2_5, 0xbfc00000)         # 2.5 * -1.5 = -3.75
        TEST_FS_RR(4, fdiv.s, 0x3eaaaaab, FLAG_NX, S_ONE, S_THREE)
        TEST_FS_RR(5, fdiv.s, S_INF, FLAG_DZ, S_ONE, 0)
        TEST_FS_RR(6, fdiv.s, S_QNAN, FLAG_NV, 0, 0)
        TEST_FS_RR(7, fadd.s, S_INF, FLAG_OF | FLAG_NX, S_MAX, S_MAX)
        TEST_FS_RR(8, fmul.s, 0x00400000, 0, S_MIN, S_HALF)                 # exact subnormal: no UF
        TEST_FS_RR(9, fmul.s, 0x00400000, FLAG_UF | FLAG_NX, 0x00800001, S_HALF)
        TEST_FS_RR(10, fsub.s, S_QNAN, FLAG_NV, S_INF, S_INF)
        TEST_FS_RR(11, fadd.s, S_QNAN, 0, 0x7fc12345, S_ONE)                # NaN payloads are not propagated
        TEST_FS_RR(12, fadd.s, S_QNAN, FLAG_NV, S_SNAN, S_ONE)
        TEST_FP(13, S_TWO, 0, LOAD_S(fa1, 0x40800000); fsqrt.s fa0, fa1; fmv.x.w a0, fa0)
        TEST_FP(14, S_QNAN, FLAG_NV, LOAD_S(fa1, S_M1); fsqrt.s fa0, fa1; fmv.x.w a0, fa0)
        TEST_FP(15, SX(S_NZERO), 0, LOAD_S(fa1, S_NZERO); fsqrt.s fa0, fa1; fmv.x.w a0, fa0)

        # NaN boxing
        TEST_FP(16, S_QNAN, 0, li t0, 0x000000003f800000; fmv.d.x fa1, t0; LOAD_S(fa2, S_ONE); fadd.s fa0, fa1, fa2; fmv.x.w a0, fa0)
        TEST_FP(17, 0xffffffff40400000, 0, LOAD_S(fa1, S_ONE); LOAD_S(fa2, S_TWO); fadd.s fa0, fa1, fa2; fmv.x.d a0, fa0)
        TEST_FP(18, 0x3f800000, 0, li t0, 0x123456783f800000; fmv.d.x fa1, t0; fmv.x.w a0, fa1)   # fmv.x.w: no check
        TEST_FP(19, SX(0xffc00000), 0, li t0, 0x000000003f800000; fmv.d.x fa1, t0; LOAD_S(fa2, S_M1); fsgnj.s fa0, fa1, fa2; fmv.x.w a0, fa0)
        TEST_FP(20, 512, 0, li t0, 0x7fffffff3f800000; fmv.d.x fa1, t0; fclass.s a0, fa1)          # not boxed: canonical NaN
        TEST_FP(21, 0xffffffff7f800001, 0, li t0, S_SNAN; fmv.w.x fa1, t0; fmv.x.d a0, fa1)       # fmv.w.x boxes as-is
        TEST_FP(22, 0xffffffff3f800000, 0, lla t1, f_data; flw fa1, 0(t1); fmv.x.d a0, fa1)        # flw boxes
        TEST_FP(23, 0xabcdef00, 0, lla t1, f_data; li t0, 0x12345678abcdef00; fmv.d.x fa1, t0; fsw fa1, 4(t1); lwu a0, 4(t1))  # fsw: low 32 bits

        # fmin / fmax
        TEST_FS_RR(24, fmin.s, S_ONE, 0, S_QNAN, S_ONE)
        TEST_FS_RR(25, fmin.s, S_ONE, FLAG_NV, S_SNAN, S_ONE)
        TEST_FS_RR(26, fmax.s, S_QNAN, 0, S_QNAN, 0x7fc12345)
        TEST_FS_RR(27, fmax.s, S_QNAN, FLAG_NV, S_SNAN, S_QNAN)
        TEST_FS_RR(28, fmin.s, SX(S_NZERO), 0, 0, S_NZERO)
        TEST_FS_RR(29, fmax.s, 0, 0, S_NZERO, 0)
        TEST_FS_RR(30, fmax.s, S_TWO, 0, S_M1, S_TWO)
        TEST_FS_RR(31, fmin.s, SX(S_MINF), 0, S_MINF, S_MAX)

        # fclass: one bit per class
        TEST_FP(32, 1, 0, LOAD_S(fa1, S_MINF); fclass.s a0, fa1)
        TEST_FP(33, 2, 0, LOAD_S(fa1, S_M1); fclass.s a0, fa1)
        TEST_FP(34, 4, 0, LOAD_S(fa1, 0x80000001); fclass.s a0, fa1)
        TEST_FP(35, 8, 0, LOAD_S(fa1, S_NZERO); fclass.s a0, fa1)
        TEST_FP(36, 16, 0, LOAD_S(fa1, 0); fclass.s a0, fa1)
        TEST_FP(37, 32, 0, LOAD_S(fa1, 0x007fffff); fclass.s a0, fa1)
        TEST_FP(38, 64, 0, LOAD_S(fa1, S_MIN); fclass.s a0, fa1)
        TEST_FP(39, 128, 0, LOAD_S(fa1, S_INF); fclass.s a0, fa1)
        TEST_FP(40, 256, 0, LOAD_S(fa1, S_SNAN); fclass.s a0, fa1)
        TEST_FP(41, 512, 0, LOAD_S(fa1, S_QNAN); fclass.s a0, fa1)

        # fcvt to integer: static rounding modes on +-2.5
        TEST_FS_TOINT(42, fcvt.w.s, 2, FLAG_NX, S_2_5, rne)
        TEST_FS_TOINT(43, fcvt.w.s, 2, FLAG_NX, S_2_5, rtz)
        TEST_FS_TOINT(44, fcvt.w.s, 2, FLAG_NX, S_2_5, rdn)
        TEST_FS_TOINT(45, fcvt.w.s, 3, FLAG_NX, S_2_5, rup)
        TEST_FS_TOINT(46, fcvt.w.s, 3, FLAG_NX, S_2_5, rmm)
        TEST_FS_TOINT(47, fcvt.w.s, -2, FLAG_NX, S_M2_5, rne)
        TEST_FS_TOINT(48, fcvt.w.s, -2, FLAG_NX, S_M2_5, rtz)
        TEST_FS_TOINT(49, fcvt.w.s, -3, FLAG_NX, S_M2_5, rdn)
        TEST_FS_TOINT(50, fcvt.w.s, -2, FLAG_NX, S_M2_5, rup)
        TEST_FS_TOINT(51, fcvt.w.s, -3, FLAG_NX, S_M2_5, rmm)
        TEST_FS_TOINT(52, fcvt.w.s, 2, FLAG_NX, S_1_5, rne)
        TEST_FS_TOINT(53, fcvt.w.s, 2, 0, S_TWO, rtz)
        # fcvt limits and NaN
        TEST_FS_TOINT(54, fcvt.w.s, 0x7fffffff, FLAG_NV, S_QNAN, rtz)
        TEST_FS_TOINT(55, fcvt.w.s, 0x7fffffff, FLAG_NV, S_INF, rtz)
        TEST_FS_TOINT(56, fcvt.w.s, 0xffffffff80000000, FLAG_NV, S_MINF, rtz)
        TEST_FS_TOINT(57, fcvt.w.s, 0x7fffffff, FLAG_NV, 0x4f32d05e, rtz)          # 3e9
        TEST_FS_TOINT(58, fcvt.w.s, 0xffffffff80000000, 0, 0xcf000000, rtz)        # -2^31 exactly
        TEST_FS_TOINT(59, fcvt.wu.s, 0, FLAG_NV, S_M1, rtz)
        TEST_FS_TOINT(60, fcvt.wu.s, 0, FLAG_NX, 0xbecccccd, rtz)                  # -0.4 rounds to 0: only NX
        TEST_FS_TOINT(61, fcvt.wu.s, 0xffffffffffffffff, FLAG_NV, S_QNAN, rtz)     # 2^32-1, sign-extended
        TEST_FS_TOINT(62, fcvt.wu.s, 0xffffffffee6b2800, 0, 0x4f6e6b28, rtz)       # 4e9, sign-extended
        TEST_FS_TOINT(63, fcvt.l.s, 0x7fffffffffffffff, FLAG_NV, S_SNAN, rtz)
        TEST_FS_TOINT(64, fcvt.l.s, 0x8000000000000000, FLAG_NV, S_MINF, rtz)
        TEST_FS_TOINT(65, fcvt.l.s, 0x7fffffffffffffff, FLAG_NV, 0x5f000000, rtz)  # 2^63
        TEST_FS_TOINT(66, fcvt.l.s, 0x8000000000000000, 0, 0xdf000000, rtz)        # -2^63 exactly
        TEST_FS_TOINT(67, fcvt.lu.s, 0, FLAG_NV, S_M1, rtz)
        TEST_FS_TOINT(68, fcvt.lu.s, 0xffffffffffffffff, FLAG_NV, 0x5f800000, rtz) # 2^64
        TEST_FS_TOINT(69, fcvt.lu.s, 0xffffffffffffffff, FLAG_NV, S_QNAN, rtz)
        TEST_FS_TOINT(70, fcvt.lu.s, 0x8000000000000000, 0, 0x5f000000, rtz)

        # integer to float
        TEST_FP(71, 0x4b800000, FLAG_NX, li a1, 16777217; fcvt.s.w fa0, a1, rne; fmv.x.w a0, fa0)
        TEST_FP(72, 0x4b800001, FLAG_NX, li a1, 16777217; fcvt.s.w fa0, a1, rup; fmv.x.w a0, fa0)
        TEST_FP(73, 0x4f800000, FLAG_NX, li a1, -1; fcvt.s.wu fa0, a1, rne; fmv.x.w a0, fa0)
        TEST_FP(74, SX(S_M1), 0, li a1, -1; fcvt.s.l fa0, a1; fmv.x.w a0, fa0)
        TEST_FP(75, 0x5f800000, FLAG_NX, li a1, -1; fcvt.s.lu fa0, a1; fmv.x.w a0, fa0)
        TEST_FP(76, SX(0xcf000000), 0, li a1, 0x1234567880000000; fcvt.s.w fa0, a1; fmv.x.w a0, fa0)  # only the low word

        # dynamic rounding through frm, static rm overriding it
        TEST_FP(77, 0x3eaaaaab, FLAG_NX, csrwi frm, RM_RUP; LOAD_S(fa1, S_ONE); LOAD_S(fa2, S_THREE); fdiv.s fa0, fa1, fa2; fmv.x.w a0, fa0)
        TEST_FP(78, 0x3eaaaaaa, FLAG_NX, csrwi frm, RM_RDN; fdiv.s fa0, fa1, fa2; fmv.x.w a0, fa0)
        TEST_FP(79, 0x3eaaaaaa, FLAG_NX, csrwi frm, RM_RTZ; fdiv.s fa0, fa1, fa2; fmv.x.w a0, fa0)
        TEST_FP(80, 0x3eaaaaab, FLAG_NX, csrwi frm, RM_RMM; fdiv.s fa0, fa1, fa2; fmv.x.w a0, fa0)
        TEST_FP(81, 0x3eaaaaaa, FLAG_NX, csrwi frm, RM_RUP; fdiv.s fa0, fa1, fa2, rtz; fmv.x.w a0, fa0)
        TEST_FP(82, SX(0xbeaaaaab), FLAG_NX, csrwi frm, RM_RDN; fneg.s fa3, fa1; fdiv.s fa0, fa3, fa2; fmv.x.w a0, fa0)
        TEST_FP(83, S_MAX, FLAG_OF | FLAG_NX, csrwi frm, RM_RTZ; LOAD_S(fa1, S_MAX); fadd.s fa0, fa1, fa1; fmv.x.w a0, fa0)
        TEST_FP(84, SX(S_MINF), FLAG_OF | FLAG_NX, csrwi frm, RM_RDN; LOAD_S(fa1, 0xff7fffff); fadd.s fa0, fa1, fa1; fmv.x.w a0, fa0)
        TEST_FP(85, SX(S_NZERO), 0, csrwi frm, RM_RDN; LOAD_S(fa1, S_ONE); fsub.s fa0, fa1, fa1; fmv.x.w a0, fa0)  # x - x = -0 in RDN
        TEST_FP(86, RM_RDN, 0, csrr a0, frm; csrwi frm, RM_RNE)

        # fflags accumulate until cleared; fcsr = frm << 5 | fflags
        TEST_FP(87, FLAG_NX | FLAG_DZ, FLAG_NX | FLAG_DZ, LOAD_S(fa1, S_ONE); LOAD_S(fa2, S_THREE); fdiv.s fa0, fa1, fa2; \
                fmv.w.x fa3, x0; fdiv.s fa0, fa1, fa3; fadd.s fa0, fa1, fa1; csrr a0, fflags)
        TEST_FP(88, (RM_RUP << 5) | FLAG_NX, FLAG_NX, csrwi frm, RM_RUP; fdiv.s fa0, fa1, fa2; csrr a0, fcsr; csrwi frm, RM_RNE)
        TEST_FP(89, FLAG_NX, FLAG_NV | FLAG_OF, fdiv.s fa0, fa1, fa2; csrrwi a0, fflags, FLAG_NV | FLAG_OF)   # swap returns old
        TEST_FP(90, 0xff, 0, li t0, 0xff; csrw fcsr, t0; csrr a0, frm; csrr a1, fflags; slli a0, a0, 5; or a0, a0, a1; csrwi fcsr, 0)

        # comparisons
        TEST_FS_CMP(91, feq.s, 0, 0, S_QNAN, S_ONE)
        TEST_FS_CMP(92, feq.s, 0, FLAG_NV, S_SNAN, S_ONE)
        TEST_FS_CMP(93, flt.s, 0, FLAG_NV, S_QNAN, S_ONE)
        TEST_FS_CMP(94, fle.s, 0, FLAG_NV, S_ONE, S_QNAN)
        TEST_FS_CMP(95, feq.s, 1, 0, S_NZERO, 0)
        TEST_FS_CMP(96, flt.s, 0, 0, S_NZERO, 0)
        TEST_FS_CMP(97, fle.s, 1, 0, S_NZERO, 0)
        TEST_FS_CMP(98, flt.s, 1, 0, S_MINF, S_M1)

        # sign injection and fused multiply-add
        TEST_FS_RR(99, fsgnj.s, SX(0xbf800000), 0, S_ONE, S_M1)
        TEST_FS_RR(100, fsgnjn.s, 0x3f800000, 0, S_ONE, S_M1)
        TEST_FS_RR(101, fsgnjx.s, 0x3f800000, 0, S_M1, S_M1)
        TEST_FS_RR(102, fsgnj.s, SX(0xff800001), 0, S_SNAN, S_M1)          # no NaN check, no flags
        TEST_FS_R3(103, fmadd.s, 0x40a00000, 0, S_ONE, S_TWO, S_THREE)
        TEST_FS_R3(104, fmsub.s, SX(0xbf800000), 0, S_ONE, S_TWO, S_THREE)
        TEST_FS_R3(105, fnmadd.s, SX(0xc0a00000), 0, S_ONE, S_TWO, S_THREE)
        TEST_FS_R3(106, fnmsub.s, 0x3f800000, 0, S_ONE, S_TWO, S_THREE)
        TEST_FS_R3(107, fmadd.s, S_QNAN, FLAG_NV, S_INF, 0, S_QNAN)        # inf * 0 is invalid even with a qNaN addend
        TEST_FS_R3(108, fmadd.s, 0x34000001, 0, 0x3f800001, 0x3f800001, 0xbf800001)  # one rounding: exact 2^-23 + 2^-46

        RVTEST_END

        .data
        .balign 8
f_data:
        .word 0x3f800000, 0
