package dev.rvcm.sim;

import dev.rvcm.isa.Opcode;

/**
 * Bare-metal machine mode, as the HTIF test environments (riscv-tests, Spike, QEMU's {@code spike}
 * machine) provide it: one hart starting in M-mode, the machine CSRs test code touches (mstatus, misa,
 * mtvec, mepc, mcause, mtval, mscratch, mhartid, medeleg/mideleg, mie/mip; satp and PMP as plain
 * storage; the S-mode trap CSRs as storage), synchronous traps to {@code mtvec} (direct mode) for
 * ecall, ebreak, illegal instructions and access faults, {@code mret}/{@code sret}, and HTIF: a store to
 * {@code tohost} ends the run ({@link RunResult.Stop.Htif}). Interrupts are never raised.
 */
final class BareMetal implements Environment {

    static final int PRIV_U = 0;
    static final int PRIV_S = 1;
    static final int PRIV_M = 3;

    private static final long MSTATUS_SIE = 1L << 1;
    private static final long MSTATUS_MIE = 1L << 3;
    private static final long MSTATUS_SPIE = 1L << 5;
    private static final long MSTATUS_MPIE = 1L << 7;
    private static final long MSTATUS_SPP = 1L << 8;
    private static final long MSTATUS_MPP = 3L << 11;
    private static final long MSTATUS_FS = 3L << 13;
    private static final long MSTATUS_WRITABLE = MSTATUS_SIE | MSTATUS_MIE | MSTATUS_SPIE | MSTATUS_MPIE
            | MSTATUS_SPP | MSTATUS_MPP | MSTATUS_FS | 1L << 17 | 1L << 18 | 1L << 19 | 1L << 20 | 1L << 21 | 1L << 22;
    /** UXL = SXL = 2 (64-bit), read-only. */
    private static final long MSTATUS_XL = 2L << 32 | 2L << 34;
    private static final long SSTATUS_MASK = MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_FS | 1L << 18 | 1L << 19
            | 3L << 32 | Long.MIN_VALUE;

    static final long MISA = 2L << 62 | 1L << ('I' - 'A') | 1L << ('M' - 'A') | 1L << ('A' - 'A')
            | 1L << ('F' - 'A') | 1L << ('D' - 'A') | 1L << ('C' - 'A') | 1L << ('S' - 'A') | 1L << ('U' - 'A');

    private final long tohost;
    int priv = PRIV_M;
    private long mstatus;
    private long mtvec;
    private long mepc;
    private long mcause;
    private long mtval;
    private long mscratch;
    private long medeleg;
    private long mideleg;
    private long mie;
    private long stvec;
    private long sepc;
    private long scause;
    private long stval;
    private long sscratch;
    private long satp;
    private final long[] storage = new long[4096];

    BareMetal(long tohost) {
        this.tohost = tohost;
    }

    @Override
    public boolean traps() {
        return true;
    }

    @Override
    public void ecall(Hart h) {
        throw new GuestFault(GuestFault.Cause.ENVIRONMENT_CALL, 0, "ecall");
    }

    @Override
    public void breakpoint(Hart h, long pc) {
        throw new GuestFault(GuestFault.Cause.BREAKPOINT, pc, "ebreak");
    }

    @Override
    public long trap(Hart h, GuestFault fault, long pc, int word) {
        long cause;
        long tval = 0;
        switch (fault.kind()) {
            case ENVIRONMENT_CALL -> cause = priv == PRIV_U ? 8 : priv == PRIV_S ? 9 : 11;
            case BREAKPOINT -> {
                cause = 3;
                tval = pc;
            }
            case ILLEGAL_INSTRUCTION -> {
                cause = 2;
                tval = word & 0xffffffffL;
            }
            case FETCH_ACCESS -> {
                cause = 1;
                tval = fault.address();
            }
            case LOAD_ACCESS -> {
                cause = 5;
                tval = fault.address();
            }
            case STORE_ACCESS -> {
                cause = 7;
                tval = fault.address();
            }
            default -> throw new IllegalArgumentException("no trap for " + fault.kind()); // out of memory ends the run
        }
        mepc = pc;
        mcause = cause;
        mtval = tval;
        long mie = (mstatus & MSTATUS_MIE) != 0 ? MSTATUS_MPIE : 0;
        mstatus = mstatus & ~(MSTATUS_MPIE | MSTATUS_MIE | MSTATUS_MPP) | mie | (long) priv << 11;
        priv = PRIV_M;
        return mtvec & ~3L;
    }

    @Override
    public long system(Hart h, Opcode opcode, long pc, long nextPc) {
        switch (opcode) {
            case MRET -> {
                if (priv < PRIV_M) {
                    throw h.illegal(opcode.match());
                }
                int mpp = (int) ((mstatus & MSTATUS_MPP) >>> 11);
                long mpie = (mstatus & MSTATUS_MPIE) != 0 ? MSTATUS_MIE : 0;
                mstatus = mstatus & ~(MSTATUS_MIE | MSTATUS_MPP) | mpie | MSTATUS_MPIE;
                if (mpp != PRIV_M) {
                    mstatus &= ~(1L << 17);
                }
                priv = mpp;
                return mepc;
            }
            case SRET -> {
                if (priv < PRIV_S) {
                    throw h.illegal(opcode.match());
                }
                int spp = (mstatus & MSTATUS_SPP) != 0 ? PRIV_S : PRIV_U;
                long spie = (mstatus & MSTATUS_SPIE) != 0 ? MSTATUS_SIE : 0;
                mstatus = mstatus & ~(MSTATUS_SIE | MSTATUS_SPP) | spie | MSTATUS_SPIE;
                priv = spp;
                return sepc;
            }
            case WFI, SFENCE_VMA -> {
                return nextPc;
            }
            default -> throw h.illegal(opcode.match());
        }
    }

    @Override
    public long readCsr(Hart h, int csr, int w) {
        checkAccess(h, csr, w);
        return switch (csr) {
            case 0x001, 0x002, 0x003 -> {
                if (!h.fpEnabled) {
                    throw h.illegal(w);
                }
                yield h.readUserCsr(csr, w);
            }
            case 0xc00, 0xc01, 0xc02, 0xb00, 0xb02 -> h.instret;
            case 0x300 -> mstatusValue();
            case 0x100 -> mstatusValue() & SSTATUS_MASK;
            case 0x301 -> MISA;
            case 0x302 -> medeleg;
            case 0x303 -> mideleg;
            case 0x304 -> mie;
            case 0x104 -> mie & mideleg;
            case 0x305 -> mtvec;
            case 0x340 -> mscratch;
            case 0x341 -> mepc;
            case 0x342 -> mcause;
            case 0x343 -> mtval;
            case 0x344, 0x144 -> 0;
            case 0x105 -> stvec;
            case 0x140 -> sscratch;
            case 0x141 -> sepc;
            case 0x142 -> scause;
            case 0x143 -> stval;
            case 0x180 -> satp;
            case 0xf11, 0xf12, 0xf13, 0xf14, 0xf15 -> 0;
            default -> {
                if (isStorage(csr)) {
                    yield storage[csr];
                }
                throw h.illegal(w);
            }
        };
    }

    @Override
    public void writeCsr(Hart h, int csr, long v, int w) {
        checkAccess(h, csr, w);
        if ((csr >>> 10) == 3) {
            throw h.illegal(w);
        }
        switch (csr) {
            case 0x001, 0x002, 0x003 -> {
                if (!h.fpEnabled) {
                    throw h.illegal(w);
                }
                h.writeUserCsr(csr, v, w);
            }
            case 0x300 -> setMstatus(h, mstatus & ~MSTATUS_WRITABLE | v & MSTATUS_WRITABLE);
            case 0x100 -> {
                long mask = SSTATUS_MASK & MSTATUS_WRITABLE;
                setMstatus(h, mstatus & ~mask | v & mask);
            }
            case 0x301 -> {
                // misa is read-only here (WARL)
            }
            case 0x302 -> medeleg = v;
            case 0x303 -> mideleg = v;
            case 0x304 -> mie = v;
            case 0x104 -> mie = mie & ~mideleg | v & mideleg;
            case 0x305 -> mtvec = v & ~2L;
            case 0x340 -> mscratch = v;
            case 0x341 -> mepc = v & ~1L;
            case 0x342 -> mcause = v;
            case 0x343 -> mtval = v;
            case 0x344, 0x144 -> {
                // no interrupt is ever pending
            }
            case 0x105 -> stvec = v & ~2L;
            case 0x140 -> sscratch = v;
            case 0x141 -> sepc = v & ~1L;
            case 0x142 -> scause = v;
            case 0x143 -> stval = v;
            case 0x180 -> satp = v;
            default -> {
                if (!isStorage(csr)) {
                    throw h.illegal(w);
                }
                storage[csr] = v;
            }
        }
    }

    /** CSRs kept as plain storage: PMP, counters' configuration, mhpm*, menvcfg, senvcfg, mcountinhibit. */
    private static boolean isStorage(int csr) {
        return csr >= 0x3a0 && csr <= 0x3ef || csr == 0x306 || csr == 0x106 || csr == 0x30a || csr == 0x10a
                || csr == 0x320 || csr >= 0x323 && csr <= 0x33f || csr >= 0xb03 && csr <= 0xb1f;
    }

    private void checkAccess(Hart h, int csr, int w) {
        int lowest = (csr >>> 8) & 3;
        if (priv < lowest) {
            throw h.illegal(w);
        }
    }

    private long mstatusValue() {
        long v = mstatus | MSTATUS_XL;
        if ((mstatus & MSTATUS_FS) == MSTATUS_FS) {
            v |= Long.MIN_VALUE;
        }
        return v;
    }

    private void setMstatus(Hart h, long v) {
        if ((v & MSTATUS_MPP) == 2L << 11) {
            v = v & ~MSTATUS_MPP | mstatus & MSTATUS_MPP;
        }
        mstatus = v;
        boolean fp = (mstatus & MSTATUS_FS) != 0;
        if (fp != h.fpEnabled) {
            h.fpEnabled = fp;
            h.flushDecoded();
        }
    }

    @Override
    public void watched(Hart h) {
        long v = h.mem.load64(tohost);
        if (v != 0) {
            h.stop = new RunResult.Stop.Htif(v);
        }
    }
}
