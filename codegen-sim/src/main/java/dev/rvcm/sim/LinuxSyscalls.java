package dev.rvcm.sim;

import dev.rvcm.isa.Opcode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Linux user mode: the RISC-V Linux system calls static glibc and musl programs need, through a
 * handler table indexed by syscall number (asm-generic numbering). Numbers without a handler return
 * {@code -ENOSYS} and are counted. Files are sandboxed ({@link Sandbox}): the guest sees its stdio
 * and what is mounted, nothing else. Bad guest pointers give {@code -EFAULT}.
 */
final class LinuxSyscalls implements Environment {

    static final int EPERM = 1, ENOENT = 2, EBADF = 9, EAGAIN = 11, ENOMEM = 12, EACCES = 13, EFAULT = 14,
            ENOTDIR = 20, EISDIR = 21, EINVAL = 22, EMFILE = 24, ENOTTY = 25, ESPIPE = 29, EROFS = 30, ENOSYS = 38;

    static final long AT_FDCWD = -100;

    /** One system call: arguments a0–a5, returns the value for a0 (negative errno on failure). */
    @FunctionalInterface
    interface Handler {
        long call(long a0, long a1, long a2, long a3, long a4, long a5) throws IOException;
    }

    private final Handler[] table = new Handler[512];
    private final String[] names = new String[512];
    private final long[] counts = new long[512];
    private final Map<Long, Long> unknown = new TreeMap<>();

    private final Memory mem;
    private final Sandbox sandbox;
    private final GuestFile[] files = new GuestFile[256];
    private final Random random;
    private final String exe;
    private final OutputStream stdout;
    private final OutputStream stderr;
    private Hart hart;

    private long brkStart;
    private long brk;
    private long mmapTop = 0x4000000000L;
    private final GuestTime time;

    LinuxSyscalls(Memory mem, Sandbox sandbox, InputStream stdin, OutputStream stdout, OutputStream stderr,
            String exe, long seed, GuestTime time) {
        this.mem = mem;
        this.time = time;
        this.sandbox = sandbox;
        this.stdout = stdout;
        this.stderr = stderr;
        this.exe = exe;
        this.random = new Random(seed);
        files[0] = new GuestFile.Input(stdin);
        files[1] = new GuestFile.Output(stdout);
        files[2] = new GuestFile.Output(stderr);
        register();
    }

    void setBrk(long start) {
        brkStart = start;
        brk = start;
    }

    Random random() {
        return random;
    }

    private void on(int number, String name, Handler h) {
        table[number] = h;
        names[number] = name;
    }

    private void register() {
        on(17, "getcwd", this::getcwd);
        on(23, "dup", (fd, b, c, d, e, f) -> dup(fd, 0));
        on(24, "dup3", (fd, nfd, c, d, e, f) -> dup3(fd, nfd));
        on(25, "fcntl", this::fcntl);
        on(29, "ioctl", (fd, req, c, d, e, f) -> file(fd) == null ? -EBADF : -ENOTTY);
        on(48, "faccessat", (dirfd, path, mode, d, e, f) -> faccessat(dirfd, path));
        on(56, "openat", this::openat);
        on(57, "close", (fd, b, c, d, e, f) -> close(fd));
        on(61, "getdents64", this::getdents64);
        on(62, "lseek", this::lseek);
        on(63, "read", (fd, buf, len, d, e, f) -> read(fd, buf, len));
        on(64, "write", (fd, buf, len, d, e, f) -> write(fd, buf, len));
        on(65, "readv", (fd, iov, n, d, e, f) -> vector(fd, iov, n, false));
        on(66, "writev", (fd, iov, n, d, e, f) -> vector(fd, iov, n, true));
        on(67, "pread64", this::pread);
        on(78, "readlinkat", this::readlinkat);
        on(79, "newfstatat", this::newfstatat);
        on(80, "fstat", (fd, buf, c, d, e, f) -> fstat(file(fd), buf));
        on(93, "exit", (code, b, c, d, e, f) -> exit(code));
        on(94, "exit_group", (code, b, c, d, e, f) -> exit(code));
        on(96, "set_tid_address", (a, b, c, d, e, f) -> 1);
        on(98, "futex", this::futex);
        on(99, "set_robust_list", (a, b, c, d, e, f) -> 0);
        on(113, "clock_gettime", this::clockGettime);
        on(124, "sched_yield", (a, b, c, d, e, f) -> 0);
        on(129, "kill", (pid, sig, c, d, e, f) -> signal(sig));
        on(130, "tkill", (tid, sig, c, d, e, f) -> signal(sig));
        on(131, "tgkill", (tg, tid, sig, d, e, f) -> signal(sig));
        on(132, "sigaltstack", (a, old, c, d, e, f) -> 0);
        on(134, "rt_sigaction", (sig, act, old, size, e, f) -> zero(old, 32));
        on(135, "rt_sigprocmask", (how, set, old, size, e, f) -> zero(old, 8));
        on(160, "uname", this::uname);
        on(169, "gettimeofday", this::gettimeofday);
        on(172, "getpid", (a, b, c, d, e, f) -> 1);
        on(173, "getppid", (a, b, c, d, e, f) -> 0);
        on(174, "getuid", (a, b, c, d, e, f) -> 0);
        on(175, "geteuid", (a, b, c, d, e, f) -> 0);
        on(176, "getgid", (a, b, c, d, e, f) -> 0);
        on(177, "getegid", (a, b, c, d, e, f) -> 0);
        on(178, "gettid", (a, b, c, d, e, f) -> 1);
        on(179, "sysinfo", this::sysinfo);
        on(214, "brk", (addr, b, c, d, e, f) -> brk(addr));
        on(215, "munmap", this::munmap);
        on(216, "mremap", this::mremap);
        on(222, "mmap", this::mmap);
        on(226, "mprotect", this::mprotect);
        on(233, "madvise", (a, b, c, d, e, f) -> 0);
        on(258, "riscv_hwprobe", this::hwprobe);
        on(261, "prlimit64", this::prlimit);
        on(278, "getrandom", this::getrandom);
        on(291, "statx", this::statx);
    }

    // ---- Environment ------------------------------------------------------------------------------

    @Override
    public void ecall(Hart h) {
        this.hart = h;
        long[] x = h.x;
        long n = x[17];
        Handler handler = n >= 0 && n < table.length ? table[(int) n] : null;
        long result;
        if (handler == null) {
            unknown.merge(n, 1L, Long::sum);
            result = -ENOSYS;
        } else {
            counts[(int) n]++;
            try {
                result = handler.call(x[10], x[11], x[12], x[13], x[14], x[15]);
            } catch (GuestFault f) {
                if (f.kind() != GuestFault.Cause.LOAD_ACCESS && f.kind() != GuestFault.Cause.STORE_ACCESS) {
                    throw f;
                }
                result = -EFAULT;
            } catch (IOException e) {
                result = -5; // EIO
            }
        }
        if (h.stop == null) {
            x[10] = result;
        }
    }

    @Override
    public void breakpoint(Hart h, long pc) {
        throw new GuestFault(GuestFault.Cause.BREAKPOINT, pc, "ebreak");
    }

    @Override
    public long system(Hart h, Opcode opcode, long pc, long nextPc) {
        throw h.illegal(opcode.match());
    }

    @Override
    public long readCsr(Hart h, int csr, int w) {
        return h.readUserCsr(csr, w);
    }

    @Override
    public void writeCsr(Hart h, int csr, long value, int w) {
        h.writeUserCsr(csr, value, w);
    }

    /** Calls made, by name, and unknown numbers as {@code "unknown-N"}. */
    Map<String, Long> counters() {
        Map<String, Long> m = new TreeMap<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != 0) {
                m.put(names[i], counts[i]);
            }
        }
        unknown.forEach((n, c) -> m.put("unknown-" + n, c));
        return m;
    }

    Map<Long, Long> unknownCounts() {
        return new TreeMap<>(unknown);
    }

    void flush() {
        try {
            stdout.flush();
            stderr.flush();
        } catch (IOException e) {
            // the reader went away; nothing to do
        }
    }

    // ---- process ----------------------------------------------------------------------------------

    private long exit(long code) {
        flush();
        hart.stop = new RunResult.Stop.Exited((int) code);
        return 0;
    }

    private long signal(long sig) {
        if (sig == 0) {
            return 0;
        }
        flush();
        hart.stop = new RunResult.Stop.Killed((int) sig);
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
            return mem.load32(uaddr) != (int) val ? -EAGAIN : -EAGAIN;
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

    private long clockGettime(long clock, long ts, long c, long d, long e, long f) {
        long nanos = clock == 0 ? time.realtimeNanos() : time.monotonicNanos();
        mem.store64(ts, nanos / 1_000_000_000L);
        mem.store64(ts + 8, nanos % 1_000_000_000L);
        return 0;
    }

    private long gettimeofday(long tv, long tz, long c, long d, long e, long f) {
        long micros = time.realtimeNanos() / 1000;
        if (tv != 0) {
            mem.store64(tv, micros / 1_000_000);
            mem.store64(tv + 8, micros % 1_000_000);
        }
        return 0;
    }

    private long prlimit(long pid, long resource, long newLimit, long old, long e, long f) {
        if (old != 0) {
            long cur = resource == 3 ? 8L << 20 : -1; // RLIMIT_STACK: 8 MiB
            if (resource == 7) { // RLIMIT_NOFILE
                cur = files.length;
            }
            mem.store64(old, cur);
            mem.store64(old + 8, resource == 7 ? files.length : -1);
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

    // ---- memory -----------------------------------------------------------------------------------

    private static long pageUp(long a) {
        return (a + Memory.PAGE_MASK) & ~Memory.PAGE_MASK;
    }

    /** The top of the guest's user address space (47 bits, like Sv48 Linux). */
    static final long USER_TOP = 1L << 47;

    /** Whether [addr, addr+size) is a non-empty range inside the user address space. */
    private static boolean userRange(long addr, long size) {
        return size > 0 && addr >= 0 && size <= USER_TOP && addr <= USER_TOP - size;
    }

    private long brk(long addr) {
        if (addr < brkStart) {
            return brk;
        }
        long oldEnd = pageUp(brk);
        long newEnd = pageUp(addr);
        if (!userRange(brkStart, newEnd - brkStart + 1)) {
            return brk;
        }
        if (newEnd > oldEnd) {
            if (mem.overlaps(oldEnd, newEnd - oldEnd)
                    || mem.mappedBytes() + (newEnd - oldEnd) > mem.maxBytes()) {
                return brk;
            }
            mem.map(oldEnd, newEnd - oldEnd, Memory.R | Memory.W);
        } else if (newEnd < oldEnd) {
            mem.unmap(newEnd, oldEnd - newEnd);
        }
        brk = addr;
        return brk;
    }

    private static int perms(long prot) {
        return (int) (prot & 7); // PROT_READ 1, PROT_WRITE 2, PROT_EXEC 4 = R, W, X
    }

    private long mmap(long addr, long len, long prot, long flags, long fd, long off) throws IOException {
        if (len <= 0 || (addr & Memory.PAGE_MASK) != 0 || (off & Memory.PAGE_MASK) != 0) {
            return -EINVAL;
        }
        long size = pageUp(len);
        if (!userRange(addr, size) || mem.mappedBytes() + size > mem.maxBytes()) {
            return -ENOMEM;
        }
        boolean fixed = (flags & 0x10) != 0;
        boolean anonymous = (flags & 0x20) != 0;
        GuestFile file = null;
        if (!anonymous) {
            file = file(fd);
            if (!(file instanceof GuestFile.Host)) {
                return file == null ? -EBADF : -EACCES;
            }
        }
        long at;
        if (fixed) {
            at = addr;
        } else if (addr != 0 && !mem.overlaps(addr, size)) {
            at = addr;
        } else {
            at = freeRange(size);
            if (at < 0) {
                return -ENOMEM;
            }
        }
        mem.map(at, size, perms(prot));
        if (file instanceof GuestFile.Host h) {
            int n = (int) Math.min(len, Math.max(0, h.size() - off));
            byte[] data = new byte[n];
            h.pread(data, 0, n, off);
            mem.poke(at, data, 0, n);
        }
        return at;
    }

    /** A free page-aligned range of {@code size} bytes below the last one handed out, or -1. */
    private long freeRange(long size) {
        long at = mmapTop - size;
        while (at >= brk + (1L << 30) && mem.overlaps(at, size)) {
            at -= size;
        }
        if (at < brk + (1L << 30)) {
            return -1;
        }
        mmapTop = at;
        return at;
    }

    private long munmap(long addr, long len, long c, long d, long e, long f) {
        if ((addr & Memory.PAGE_MASK) != 0 || !userRange(addr, pageUp(len))) {
            return -EINVAL;
        }
        mem.unmap(addr, pageUp(len));
        return 0;
    }

    private long mprotect(long addr, long len, long prot, long d, long e, long f) {
        if ((addr & Memory.PAGE_MASK) != 0) {
            return -EINVAL;
        }
        long size = pageUp(len);
        if (!userRange(addr, size) || !mem.isMapped(addr, size)) {
            return -ENOMEM;
        }
        mem.protect(addr, size, perms(prot));
        return 0;
    }

    private long mremap(long old, long oldLen, long newLen, long flags, long newAddr, long f) {
        if ((old & Memory.PAGE_MASK) != 0 || newLen <= 0) {
            return -EINVAL;
        }
        long oldSize = pageUp(oldLen);
        long newSize = pageUp(newLen);
        if (!userRange(old, oldSize) || !userRange(old, newSize)) {
            return -EINVAL;
        }
        if (!mem.isMapped(old, oldSize)) {
            return -EFAULT;
        }
        if (newSize <= oldSize) {
            if (newSize < oldSize) {
                mem.unmap(old + newSize, oldSize - newSize);
            }
            return old;
        }
        if (mem.mappedBytes() + newSize - oldSize > mem.maxBytes()) {
            return -ENOMEM;
        }
        Memory.Page first = mem.page(old);
        int perms = first == null ? Memory.R | Memory.W : first.perms;
        if (!mem.overlaps(old + oldSize, newSize - oldSize)) {
            mem.map(old + oldSize, newSize - oldSize, perms);
            return old;
        }
        if ((flags & 1) == 0) { // MREMAP_MAYMOVE
            return -ENOMEM;
        }
        long at = freeRange(newSize);
        if (at < 0) {
            return -ENOMEM;
        }
        mem.map(at, newSize, perms);
        byte[] buf = new byte[Memory.PAGE_SIZE];
        for (long o = 0; o < oldSize; o += Memory.PAGE_SIZE) {
            Memory.Page p = mem.page(old + o);
            mem.poke(at + o, p.data, 0, Memory.PAGE_SIZE);
        }
        mem.unmap(old, oldSize);
        return at;
    }

    // ---- files ------------------------------------------------------------------------------------

    private GuestFile file(long fd) {
        return fd >= 0 && fd < files.length ? files[(int) fd] : null;
    }

    private long install(GuestFile f, int from) {
        for (int i = from; i < files.length; i++) {
            if (files[i] == null) {
                files[i] = f;
                return i;
            }
        }
        return -EMFILE;
    }

    private long dup(long fd, int from) {
        GuestFile f = file(fd);
        return f == null ? -EBADF : install(f, from);
    }

    private long dup3(long fd, long nfd) {
        GuestFile f = file(fd);
        if (f == null || nfd < 0 || nfd >= files.length) {
            return -EBADF;
        }
        if (fd == nfd) {
            return -EINVAL;
        }
        files[(int) nfd] = f;
        return nfd;
    }

    private long fcntl(long fd, long cmd, long arg, long d, long e, long f) {
        GuestFile file = file(fd);
        if (file == null) {
            return -EBADF;
        }
        return switch ((int) cmd) {
            case 0, 1030 -> install(file, (int) Math.max(0, Math.min(arg, files.length))); // F_DUPFD(_CLOEXEC)
            case 1, 2, 4 -> 0; // F_GETFD, F_SETFD, F_SETFL
            case 3 -> file instanceof GuestFile.Input ? 0 : file instanceof GuestFile.Output ? 1 : 2; // F_GETFL
            default -> -EINVAL;
        };
    }

    private long close(long fd) {
        if (file(fd) == null) {
            return -EBADF;
        }
        GuestFile f = files[(int) fd];
        files[(int) fd] = null;
        if (f instanceof GuestFile.Host h && !isOpen(h)) {
            try {
                h.channel.close();
            } catch (IOException e) {
                return -5;
            }
        }
        return 0;
    }

    private boolean isOpen(GuestFile f) {
        for (GuestFile g : files) {
            if (g == f) {
                return true;
            }
        }
        return false;
    }

    private long read(long fd, long buf, long len) throws IOException {
        GuestFile f = file(fd);
        if (f == null) {
            return -EBADF;
        }
        int n = (int) Math.min(len, 1 << 20);
        byte[] b = new byte[n];
        int got = f.read(b, 0, n);
        if (got > 0) {
            mem.write(buf, b, 0, got);
        }
        return got;
    }

    private long write(long fd, long buf, long len) throws IOException {
        GuestFile f = file(fd);
        if (f == null) {
            return -EBADF;
        }
        int n = (int) Math.min(len, 1 << 24);
        byte[] b = new byte[n];
        mem.read(buf, b, 0, n);
        return f.write(b, 0, n);
    }

    private long vector(long fd, long iov, long count, boolean write) throws IOException {
        if (count < 0 || count > 1024) {
            return -EINVAL;
        }
        long total = 0;
        for (long i = 0; i < count; i++) {
            long base = mem.load64(iov + 16 * i);
            long len = mem.load64(iov + 16 * i + 8);
            if (len == 0) {
                continue;
            }
            long n = write ? write(fd, base, len) : read(fd, base, len);
            if (n < 0) {
                return total > 0 ? total : n;
            }
            total += n;
            if (n < len) {
                break;
            }
        }
        return total;
    }

    private long pread(long fd, long buf, long len, long off, long e, long f) throws IOException {
        GuestFile file = file(fd);
        if (!(file instanceof GuestFile.Host h)) {
            return file == null ? -EBADF : -ESPIPE;
        }
        int n = (int) Math.min(len, 1 << 20);
        byte[] b = new byte[n];
        int got = h.pread(b, 0, n, off);
        mem.write(buf, b, 0, got);
        return got;
    }

    private long lseek(long fd, long off, long whence, long d, long e, long f) throws IOException {
        GuestFile file = file(fd);
        if (file instanceof GuestFile.Directory dir) { // positions are getdents64's d_off cookies
            long to = whence == 0 ? off : whence == 1 ? dir.position + off : -1;
            if (to < 0) {
                return -EINVAL;
            }
            if (to == 0) {
                dir.entries = null; // a rewind reads the directory again, as rewinddir does
            }
            dir.position = to;
            return to;
        }
        if (!(file instanceof GuestFile.Host h)) {
            return file == null ? -EBADF : -ESPIPE;
        }
        long base = switch ((int) whence) {
            case 0 -> 0;
            case 1 -> h.position;
            case 2 -> h.size();
            default -> -1;
        };
        if (base < 0 || base + off < 0) {
            return -EINVAL;
        }
        h.position = base + off;
        return h.position;
    }

    private String guestString(long addr) {
        return new String(mem.readCString(addr, 4096), StandardCharsets.UTF_8);
    }

    /**
     * The guest path a {@code *at} call names: {@code path} itself when absolute, else relative to the
     * cwd ({@code AT_FDCWD}) or to the directory open as {@code dirfd}; or an errno.
     */
    private record AtPath(String guest, int errno) {
    }

    private AtPath at(long dirfd, String path) {
        if (path.isEmpty()) {
            return new AtPath(null, ENOENT);
        }
        if (path.startsWith("/") || dirfd == AT_FDCWD) {
            return new AtPath(sandbox.absolute(path), 0);
        }
        GuestFile base = file(dirfd);
        if (base == null) {
            return new AtPath(null, EBADF);
        }
        if (!(base instanceof GuestFile.Directory d)) {
            return new AtPath(null, ENOTDIR);
        }
        return new AtPath(Sandbox.normalize(d.guest + "/" + path), 0);
    }

    private long openat(long dirfd, long pathAddr, long flags, long mode, long e, long f) throws IOException {
        AtPath at = at(dirfd, guestString(pathAddr));
        if (at.guest() == null) {
            return -at.errno();
        }
        Sandbox.Resolved r = sandbox.resolve(at.guest());
        if (r == null) {
            return -ENOENT;
        }
        int acc = (int) flags & 3;
        boolean create = (flags & 0100) != 0;
        boolean truncate = (flags & 01000) != 0;
        boolean writing = acc != 0 || create || truncate;
        if (writing && r.readOnly()) {
            return -EROFS;
        }
        if (!inside(r.host())) {
            return -EACCES;
        }
        if (Files.isDirectory(r.host())) {
            return writing ? -EISDIR : install(new GuestFile.Directory(r.host(), at.guest()), 3);
        }
        if ((flags & 0200000) != 0) {
            return Files.exists(r.host()) ? -ENOTDIR : -ENOENT;
        }
        if (!create && !Files.exists(r.host())) {
            return -ENOENT;
        }
        Set<OpenOption> opts = new HashSet<>();
        if (acc != 1) {
            opts.add(StandardOpenOption.READ);
        }
        if (acc != 0) {
            opts.add(StandardOpenOption.WRITE);
        }
        if (create) {
            opts.add((flags & 0200) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
            opts.add(StandardOpenOption.WRITE);
        }
        if (truncate) {
            opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        FileChannel ch;
        try {
            ch = FileChannel.open(r.host(), opts);
        } catch (java.nio.file.FileAlreadyExistsException ex) {
            return -17;
        } catch (java.nio.file.AccessDeniedException ex) {
            return -EACCES;
        } catch (java.nio.file.NoSuchFileException ex) {
            return -ENOENT;
        }
        return install(new GuestFile.Host(ch, acc != 1, acc != 0, (flags & 02000) != 0), 3);
    }

    /** Symbolic links may not lead out of the sandbox. */
    private boolean inside(Path host) throws IOException {
        Path p = host;
        while (p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            p = p.getParent();
        }
        if (p == null) {
            return false;
        }
        return sandbox.containsReal(p.toRealPath());
    }

    /** The host file an existing guest path names inside the sandbox, or null. */
    private Path existing(String guest) throws IOException {
        Sandbox.Resolved r = sandbox.resolve(guest);
        return r != null && Files.exists(r.host()) && inside(r.host()) ? r.host() : null;
    }

    private long faccessat(long dirfd, long pathAddr) throws IOException {
        AtPath at = at(dirfd, guestString(pathAddr));
        if (at.guest() == null) {
            return -at.errno();
        }
        return existing(at.guest()) != null ? 0 : -ENOENT;
    }

    private long getcwd(long buf, long size, long c, long d, long e, long f) {
        byte[] s = (sandbox.cwd + "\0").getBytes(StandardCharsets.UTF_8);
        if (size < s.length) {
            return -34; // ERANGE
        }
        mem.write(buf, s, 0, s.length);
        return s.length;
    }

    private long readlinkat(long dirfd, long pathAddr, long buf, long size, long e, long f) throws IOException {
        String path = guestString(pathAddr);
        if (!path.equals("/proc/self/exe")) {
            AtPath at = at(dirfd, path);
            if (at.guest() == null) {
                return -at.errno();
            }
            return existing(at.guest()) == null ? -ENOENT : -EINVAL; // nothing in the sandbox is a link
        }
        byte[] s = exe.getBytes(StandardCharsets.UTF_8);
        int n = (int) Math.min(size, s.length);
        mem.write(buf, s, 0, n);
        return n;
    }

    private static final int AT_EMPTY_PATH = 0x1000;

    /** What a {@code *stat*at} call finds: the file's {@link Stat}, or an {@link Errno}. */
    private sealed interface Lookup permits Stat, Errno {
    }

    /** What {@code stat} and {@code statx} say about a file. */
    private record Stat(int mode, long size) implements Lookup {
    }

    private record Errno(int code) implements Lookup {
    }

    /** The file a {@code *stat*at} call names ({@code AT_EMPTY_PATH}: {@code dirfd} itself). */
    private Lookup statOf(long dirfd, long pathAddr, long flags) throws IOException {
        String path = guestString(pathAddr);
        if (path.isEmpty() && (flags & AT_EMPTY_PATH) != 0) {
            if (dirfd != AT_FDCWD) {
                GuestFile file = file(dirfd);
                return file == null ? new Errno(EBADF) : new Stat(file.mode(), file.size());
            }
            path = ".";
        }
        AtPath at = at(dirfd, path);
        if (at.guest() == null) {
            return new Errno(at.errno());
        }
        Path host = existing(at.guest());
        if (host == null) {
            return new Errno(ENOENT);
        }
        boolean dir = Files.isDirectory(host);
        return new Stat(dir ? 0040755 : 0100644, dir ? 4096 : Files.size(host));
    }

    private long newfstatat(long dirfd, long pathAddr, long buf, long flags, long e, long f) throws IOException {
        return switch (statOf(dirfd, pathAddr, flags)) {
            case Stat st -> writeStat(buf, st);
            case Errno errno -> -errno.code();
        };
    }

    private long fstat(GuestFile file, long buf) throws IOException {
        if (file == null) {
            return -EBADF;
        }
        return writeStat(buf, new Stat(file.mode(), file.size()));
    }

    /** {@code struct stat} of asm-generic (riscv64), 128 bytes. */
    private long writeStat(long buf, Stat st) {
        byte[] zero = new byte[128];
        mem.write(buf, zero, 0, 128);
        mem.store64(buf, 1); // st_dev
        mem.store64(buf + 8, 1); // st_ino
        mem.store32(buf + 16, st.mode());
        mem.store32(buf + 20, 1); // st_nlink
        mem.store64(buf + 48, st.size());
        mem.store32(buf + 56, 4096); // st_blksize
        mem.store64(buf + 64, (st.size() + 511) / 512);
        return 0;
    }

    /**
     * {@code statx(dirfd, path, flags, mask, buf)}: {@code struct statx}, 256 bytes. {@code stx_mask}
     * says what is filled: type, mode, nlink, uid, gid, ino, size, blocks ({@code STATX_BASIC_STATS}
     * without the times, which the sandbox does not show).
     */
    private long statx(long dirfd, long pathAddr, long flags, long mask, long buf, long f) throws IOException {
        if ((mask & 0x80000000L) != 0) { // STATX__RESERVED
            return -EINVAL;
        }
        Lookup found = statOf(dirfd, pathAddr, flags);
        if (found instanceof Errno(int code)) {
            return -code;
        }
        Stat st = (Stat) found;
        byte[] zero = new byte[256];
        mem.write(buf, zero, 0, 256);
        mem.store32(buf, 0x71f); // stx_mask: TYPE MODE NLINK UID GID INO SIZE BLOCKS
        mem.store32(buf + 4, 4096); // stx_blksize
        mem.store32(buf + 16, 1); // stx_nlink
        mem.store16(buf + 28, (short) st.mode());
        mem.store64(buf + 32, 1); // stx_ino
        mem.store64(buf + 40, st.size());
        mem.store64(buf + 48, (st.size() + 511) / 512);
        mem.store32(buf + 140, 1); // stx_dev_minor (st_dev 1, as stat gives)
        return 0;
    }

    private static final int DT_UNKNOWN = 0, DT_DIR = 4, DT_REG = 8;

    /**
     * {@code getdents64(fd, dirp, count)}: {@code struct linux_dirent64} records ({@code d_ino},
     * {@code d_off}, {@code d_reclen}, {@code d_type}, {@code d_name}, 8-byte aligned) for ".", ".."
     * and the entries sorted by name; entries that lead out of the sandbox are not shown. 0 at the
     * end; {@code -EINVAL} when not even the next record fits.
     */
    private long getdents64(long fd, long dirp, long count, long d, long e, long f) throws IOException {
        GuestFile file = file(fd);
        if (!(file instanceof GuestFile.Directory dir)) {
            return file == null ? -EBADF : -ENOTDIR;
        }
        if (dir.entries == null) {
            dir.entries = list(dir.host);
        }
        long limit = Math.min(count, 1 << 20);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (dir.position >= 0 && dir.position < dir.entries.size()) {
            GuestFile.Directory.Entry entry = dir.entries.get((int) dir.position);
            byte[] name = entry.name().getBytes(StandardCharsets.UTF_8);
            int reclen = (19 + name.length + 1 + 7) & ~7;
            if (out.size() + reclen > limit) {
                if (out.size() == 0) {
                    return -EINVAL;
                }
                break;
            }
            java.nio.ByteBuffer rec = java.nio.ByteBuffer.allocate(reclen).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            rec.putLong(dir.position + 2).putLong(dir.position + 1).putShort((short) reclen).put((byte) entry.type()).put(name);
            out.writeBytes(rec.array());
            dir.position++;
        }
        byte[] bytes = out.toByteArray();
        mem.write(dirp, bytes, 0, bytes.length);
        return bytes.length;
    }

    /** ".", ".." and the entries of a host directory inside the sandbox, sorted by name. */
    private java.util.List<GuestFile.Directory.Entry> list(Path host) throws IOException {
        java.util.List<GuestFile.Directory.Entry> entries = new java.util.ArrayList<>();
        entries.add(new GuestFile.Directory.Entry(".", DT_DIR));
        entries.add(new GuestFile.Directory.Entry("..", DT_DIR));
        java.util.List<Path> children;
        try (var stream = Files.list(host)) {
            children = stream.sorted(java.util.Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
        for (Path child : children) {
            if (!Files.exists(child) || !inside(child)) {
                continue; // a dangling link, or one that leads out of the sandbox
            }
            int type = Files.isDirectory(child) ? DT_DIR : Files.isRegularFile(child) ? DT_REG : DT_UNKNOWN;
            entries.add(new GuestFile.Directory.Entry(child.getFileName().toString(), type));
        }
        return entries;
    }

    /**
     * {@code sysinfo}: RAM is the guest memory limit, free RAM what is not mapped yet, one process,
     * no swap, no load; uptime in whole seconds since the guest started.
     */
    private long sysinfo(long buf, long b, long c, long d, long e, long f) {
        byte[] zero = new byte[112];
        mem.write(buf, zero, 0, 112);
        mem.store64(buf, time.monotonicNanos() / 1_000_000_000L); // uptime
        mem.store64(buf + 32, mem.maxBytes()); // totalram
        mem.store64(buf + 40, Math.max(0, mem.maxBytes() - mem.mappedBytes())); // freeram
        mem.store16(buf + 80, (short) 1); // procs
        mem.store32(buf + 104, 1); // mem_unit
        return 0;
    }
}
