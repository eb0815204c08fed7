package dev.rvcm.sim;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The process's system calls: exit and signals to itself, identity (one process, one thread, root),
 * futexes of a single thread, signal dispositions (accepted, never delivered), {@code uname},
 * resource limits, {@code getrandom} (seeded, reproducible) and {@code riscv_hwprobe}.
 */
final class ProcessCalls {

    private final Memory mem;
    private final FileTable files;
    private final Random random;
    private final Consumer<RunResult.Stop> stop;

    /** @param stop ends the run (output flushed first) */
    ProcessCalls(Memory mem, FileTable files, Random random, Consumer<RunResult.Stop> stop) {
        this.mem = mem;
        this.files = files;
        this.random = random;
        this.stop = stop;
    }

    void register(SyscallTable t) {
        t.on(93, "exit", (code, b, c, d, e, f) -> exit(code));
        t.on(94, "exit_group", (code, b, c, d, e, f) -> exit(code));
        t.on(96, "set_tid_address", (a, b, c, d, e, f) -> 1);
        t.on(98, "futex", this::futex);
        t.on(99, "set_robust_list", (a, b, c, d, e, f) -> 0);
        t.on(124, "sched_yield", (a, b, c, d, e, f) -> 0);
        t.on(129, "kill", (pid, sig, c, d, e, f) -> signal(sig));
        t.on(130, "tkill", (tid, sig, c, d, e, f) -> signal(sig));
        t.on(131, "tgkill", (tg, tid, sig, d, e, f) -> signal(sig));
        t.on(132, "sigaltstack", (a, old, c, d, e, f) -> 0);
        t.on(134, "rt_sigaction", (sig, act, old, size, e, f) -> zero(old, 32));
        t.on(135, "rt_sigprocmask", (how, set, old, size, e, f) -> zero(old, 8));
        t.on(160, "uname", this::uname);
        t.on(172, "getpid", (a, b, c, d, e, f) -> 1);
        t.on(173, "getppid", (a, b, c, d, e, f) -> 0);
        t.on(174, "getuid", (a, b, c, d, e, f) -> 0);
        t.on(175, "geteuid", (a, b, c, d, e, f) -> 0);
        t.on(176, "getgid", (a, b, c, d, e, f) -> 0);
        t.on(177, "getegid", (a, b, c, d, e, f) -> 0);
        t.on(178, "gettid", (a, b, c, d, e, f) -> 1);
        t.on(258, "riscv_hwprobe", this::hwprobe);
        t.on(261, "prlimit64", this::prlimit);
        t.on(278, "getrandom", this::getrandom);
    }

    private long exit(long code) {
        stop.accept(new RunResult.Stop.Exited((int) code));
        return 0;
    }

    private long signal(long sig) {
        if (sig == 0) {
            return 0;
        }
        stop.accept(new RunResult.Stop.Killed((int) sig));
        return 0;
    }

    private long zero(long addr, int n) {
        if (addr != 0) {
            mem.write(addr, new byte[n], 0, n);
        }
        return 0;
    }

    private long futex(long uaddr, long op, long val, long d, long e, long f) {
        int cmd = (int) op & 0x7f;
        if (cmd == 0 || cmd == 9) { // FUTEX_WAIT, FUTEX_WAIT_BITSET: nobody can wake a single thread
            return mem.load32(uaddr) != (int) val ? -LinuxSyscalls.EAGAIN : -LinuxSyscalls.EAGAIN;
        }
        return 0;
    }

    private long uname(long buf, long b, long c, long d, long e, long f) {
        String[] fields = {"Linux", "rvcm", "6.1.0", "#1 SMP rvcm", "riscv64", "(none)"};
        byte[] out = new byte[65 * 6];
        for (int i = 0; i < fields.length; i++) {
            byte[] s = fields[i].getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(s, 0, out, 65 * i, s.length);
        }
        mem.write(buf, out, 0, out.length);
        return 0;
    }

    private long prlimit(long pid, long resource, long newLimit, long old, long e, long f) {
        if (old != 0) {
            long cur = resource == 3 ? 8L << 20 : -1; // RLIMIT_STACK: 8 MiB
            if (resource == 7) { // RLIMIT_NOFILE
                cur = files.capacity();
            }
            mem.store64(old, cur);
            mem.store64(old + 8, resource == 7 ? files.capacity() : -1);
        }
        return 0;
    }

    private long getrandom(long buf, long len, long flags, long d, long e, long f) {
        int n = (int) Math.min(len, 1 << 20);
        byte[] b = new byte[n];
        random.nextBytes(b);
        mem.write(buf, b, 0, n);
        return n;
    }

    /** {@code riscv_hwprobe}: base IMA, F/D, C, Zba, Zbb, Zbs; misaligned accesses fast. */
    private long hwprobe(long pairs, long count, long cpusetsize, long cpus, long flags, long f) {
        for (long i = 0; i < count; i++) {
            long p = pairs + 16 * i;
            long key = mem.load64(p);
            long value = switch ((int) key) {
                case 0, 1, 2 -> 0; // mvendorid, marchid, mimpid
                case 3 -> 1; // BASE_BEHAVIOR_IMA
                case 4 -> 1 | 2 | 8 | 16 | 32; // IMA_EXT_0: FD, C, ZBA, ZBB, ZBS
                case 5 -> 3; // CPUPERF_0: MISALIGNED_FAST
                default -> {
                    mem.store64(p, -1);
                    yield 0;
                }
            };
            mem.store64(p + 8, value);
        }
        return 0;
    }
}
