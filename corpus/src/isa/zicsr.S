# Zicsr: csrrw/csrrs/csrrc and their immediate forms (old value returned, rs1 = x0 / uimm = 0 do not
# write), on the user floating-point CSRs (fflags, frm, fcsr views of one register) and the counters;
# in machine mode also mscratch, mepc, misa, mhartid and mstatus.UXL.
#include "rvtest.h"

        RVTEST_BEGIN

        TEST_CASE(1, a0, 0, csrwi fcsr, 0; csrr a0, fcsr)
        TEST_CASE(2, a0, 0x00, li a1, 0x15; csrrw a0, fflags, a1)             # returns the old value
        TEST_CASE(3, a0, 0x15, csrr a0, fflags)
        TEST_CASE(4, a0, 0x15, li a1, 0x0a; csrrs a0, fflags, a1)
        TEST_CASE(5, a0, 0x1f, csrr a0, fflags)
        TEST_CASE(6, a0, 0x1f, li a1, 0x03; csrrc a0, fflags, a1)
        TEST_CASE(7, a0, 0x1c, csrr a0, fflags)
        TEST_CASE(8, a0, 0x1c, csrrwi a0, fflags, 0x01)
        TEST_CASE(9, a0, 0x01, csrrsi a0, fflags, 0x10)
        TEST_CASE(10, a0, 0x11, csrrci a0, fflags, 0x11)
        TEST_CASE(11, a0, 0x00, csrr a0, fflags)
        TEST_CASE(12, a0, 0x60, csrwi frm, 3; csrr a0, fcsr)                  # frm is fcsr[7:5]
        TEST_CASE(13, a0, 0x04, li a1, 0x9f; csrw fcsr, a1; csrr a0, frm)     # 0x9f = frm 4, fflags 0x1f
        TEST_CASE(14, a0, 0x1f, csrr a0, fflags)
        TEST_CASE(15, a0, 0x9f, csrrs a0, fcsr, x0)                           # rs1 = x0: read only
        TEST_CASE(16, a0, 0x9f, csrrc a0, fcsr, x0; csrr a0, fcsr)
        TEST_CASE(17, a0, 0x9f, csrrsi a0, fcsr, 0; csrr a0, fcsr)
        TEST_CASE(18, a0, 0x0, li a1, 0xffffffffffffff00; csrw fcsr, a1; csrr a0, fcsr)   # only 8 bits exist
        TEST_CASE(19, a0, 0x7, csrwi frm, 7; csrr a0, frm)
        TEST_CASE(20, a0, 0, csrwi fcsr, 0; csrr a0, fcsr)
        TEST_CASE(21, a0, 0, li a1, 0x15; csrw fflags, a1; csrrw x0, fflags, x0; csrr a0, fcsr)   # rd = x0: plain write

        # counters move forwards
        TEST_CASE(22, a0, 1, rdinstret a1; nop; nop; nop; rdinstret a2; sltu a0, a1, a2)
        TEST_CASE(23, a0, 1, rdcycle a1; li a3, 100; 2: addi a3, a3, -1; bnez a3, 2b; rdcycle a2; sltu a0, a2, a1; xori a0, a0, 1)
#ifdef RVTEST_USER   /* on bare metal the time CSR is usually trapped and emulated by firmware */
        TEST_CASE(24, a0, 1, rdtime a1; rdtime a2; sltu a0, a2, a1; xori a0, a0, 1)
#endif

#ifndef RVTEST_USER
        TEST_CASE(25, a0, 0x5a5a, li a1, 0x5a5a; csrw mscratch, a1; csrrw a0, mscratch, zero)
        TEST_CASE(26, a0, 0, csrr a0, mscratch)
        /* The spec makes mepc[0] read as zero; QEMU 7.2 keeps it, so only an aligned value is checked. */
        TEST_CASE(27, a0, 0x80001234, li a1, 0x80001234; csrw mepc, a1; csrr a0, mepc)
        TEST_CASE(28, a0, 0, csrr a0, mhartid)
        TEST_CASE(29, a0, 0x8000000000000000 | (1 << ('I' - 'A')) | (1 << ('M' - 'A')) | (1 << ('A' - 'A')) | \
                  (1 << ('F' - 'A')) | (1 << ('D' - 'A')) | (1 << ('C' - 'A')), \
                  csrr a1, misa; li a2, 0xc000000000000000 | (1 << ('I' - 'A')) | (1 << ('M' - 'A')) | (1 << ('A' - 'A')) | \
                  (1 << ('F' - 'A')) | (1 << ('D' - 'A')) | (1 << ('C' - 'A')); and a0, a1, a2)   # MXL = 2 (64-bit), IMAFDC present
        TEST_CASE(30, a0, 2, csrr a1, mstatus; srli a0, a1, 32; andi a0, a0, 3)   # mstatus.UXL = 2 (64-bit)
#endif

        RVTEST_END
