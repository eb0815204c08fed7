package dev.rvcm.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.isa.Extensions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * System calls one at a time, on a guest memory and a sandbox over a temporary directory mounted at
 * {@code /data} (the cwd): the {@code *at} calls relative to a directory fd, {@code getdents64},
 * {@code statx}, {@code sysinfo}.
 */
class LinuxSyscallsTest {
    private static final long SCRATCH = 0x100000;
    private static final long AT_FDCWD = -100;
    private static final int O_DIRECTORY = 0200000;
    private static final int OPENAT = 56, CLOSE = 57, GETDENTS64 = 61, LSEEK = 62, READ = 63, NEWFSTATAT = 79,
            SYSINFO = 179, STATX = 291;

    @TempDir
    Path host;
    @TempDir
    Path outside;

    private final Memory mem = new Memory(64L << 20);
    private LinuxSyscalls linux;
    private Hart hart;
    private long strings = SCRATCH + 0x8000;

    @BeforeEach
    void setUp() throws Exception {
        Files.createDirectories(host.resolve("sub/deeper"));
        Files.writeString(host.resolve("sub/b.txt"), "bee");
        Files.writeString(host.resolve("sub/a.txt"), "hello");
        Files.write(host.resolve("sub/big"), new byte[5000]);
        mem.map(SCRATCH, 1 << 16, Memory.R | Memory.W);
        linux = new LinuxSyscalls(mem, new Sandbox(List.of(new Mount(host, "/data", false)), "/data"), new HiddenPaths(host),
                new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), new ByteArrayOutputStream(), "/data/prog", 0,
                new GuestTime(new GuestClock.Host(), List.of()));
        hart = new Hart(mem, Extensions.ALL, new TimingModel(List.of()));
        hart.env = linux;
    }

    private long call(int number, long... args) {
        hart.x[17] = number;
        for (int i = 0; i < 6; i++) {
            hart.x[10 + i] = i < args.length ? args[i] : 0;
        }
        linux.ecall(hart);
        return hart.x[10];
    }

    /** A NUL-terminated guest string. */
    private long str(String s) {
        byte[] b = (s + "\0").getBytes(StandardCharsets.UTF_8);
        long at = strings;
        mem.write(at, b, 0, b.length);
        strings += b.length;
        return at;
    }

    private String readAll(long fd) {
        long n = call(READ, fd, SCRATCH, 256);
        byte[] b = new byte[(int) n];
        mem.read(SCRATCH, b, 0, b.length);
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void openatIsRelativeToADirectoryFd() {
        long dir = call(OPENAT, AT_FDCWD, str("sub"), O_DIRECTORY);
        assertThat(dir).isGreaterThanOrEqualTo(3);
        assertThat(readAll(call(OPENAT, dir, str("a.txt"), 0))).isEqualTo("hello");
        assertThat(readAll(call(OPENAT, dir, str("deeper/../b.txt"), 0))).isEqualTo("bee");
        long deeper = call(OPENAT, dir, str("deeper"), O_DIRECTORY);
        assertThat(readAll(call(OPENAT, deeper, str("../a.txt"), 0))).isEqualTo("hello");
        assertThat(call(OPENAT, deeper, str("/data/sub/b.txt"), 0)).as("absolute paths ignore dirfd").isPositive();
        assertThat(call(OPENAT, dir, str("missing"), 0)).isEqualTo(-LinuxSyscalls.ENOENT);
        assertThat(call(OPENAT, 1, str("a.txt"), 0)).as("stdout is no directory").isEqualTo(-LinuxSyscalls.ENOTDIR);
        assertThat(call(OPENAT, 200, str("a.txt"), 0)).isEqualTo(-LinuxSyscalls.EBADF);
        assertThat(call(OPENAT, dir, str(""), 0)).isEqualTo(-LinuxSyscalls.ENOENT);
        assertThat(call(OPENAT, dir, str("../../../etc/passwd"), 0)).as("nothing outside the mounts").isEqualTo(-LinuxSyscalls.ENOENT);
    }

    @Test
    void newfstatatIsRelativeToADirectoryFd() {
        long dir = call(OPENAT, AT_FDCWD, str("sub"), O_DIRECTORY);
        assertThat(call(NEWFSTATAT, dir, str("big"), SCRATCH, 0)).isZero();
        assertThat(mem.load32(SCRATCH + 16)).isEqualTo(0100644);
        assertThat(mem.load64(SCRATCH + 48)).isEqualTo(5000);
        assertThat(call(NEWFSTATAT, dir, str("nothing"), SCRATCH, 0)).isEqualTo(-LinuxSyscalls.ENOENT);
        assertThat(call(NEWFSTATAT, dir, str(""), SCRATCH, 0x1000)).isZero(); // AT_EMPTY_PATH: dirfd itself
        assertThat(mem.load32(SCRATCH + 16)).isEqualTo(0040755);
    }

    /** One {@code struct linux_dirent64}. */
    record Dirent(long ino, long off, int type, String name) {
    }

    private List<Dirent> getdents(long fd, int bufferSize, List<Long> results) {
        List<Dirent> all = new ArrayList<>();
        for (;;) {
            long n = call(GETDENTS64, fd, SCRATCH, bufferSize);
            results.add(n);
            if (n <= 0) {
                return all;
            }
            byte[] b = new byte[(int) n];
            mem.read(SCRATCH, b, 0, b.length);
            ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
            while (buf.hasRemaining()) {
                int at = buf.position();
                long ino = buf.getLong();
                long off = buf.getLong();
                int reclen = buf.getShort();
                int type = buf.get();
                int end = at + 19;
                while (b[end] != 0) {
                    end++;
                }
                assertThat(reclen % 8).isZero();
                assertThat(end).isLessThan(at + reclen);
                all.add(new Dirent(ino, off, type, new String(b, at + 19, end - at - 19, StandardCharsets.UTF_8)));
                buf.position(at + reclen);
            }
        }
    }

    @Test
    void getdents64ListsDotDotDotAndTheEntriesByNameInSmallBuffers() {
        long dir = call(OPENAT, AT_FDCWD, str("sub"), O_DIRECTORY);
        List<Long> results = new ArrayList<>();
        List<Dirent> entries = getdents(dir, 48, results); // two short records at a time
        assertThat(entries).extracting(Dirent::name).containsExactly(".", "..", "a.txt", "b.txt", "big", "deeper");
        assertThat(entries).extracting(Dirent::type).containsExactly(4, 4, 8, 8, 8, 4);
        assertThat(entries).extracting(Dirent::ino).doesNotContain(0L);
        assertThat(results).hasSizeGreaterThan(2).last().isEqualTo(0L);
        // d_off of an entry is where the next one starts: seeking there continues the listing
        assertThat(call(LSEEK, dir, entries.get(3).off(), 0)).isEqualTo(entries.get(3).off());
        assertThat(getdents(dir, 4096, new ArrayList<>())).extracting(Dirent::name).containsExactly("big", "deeper");
        assertThat(call(LSEEK, dir, 0, 0)).isZero();
        assertThat(getdents(dir, 4096, new ArrayList<>())).hasSize(6);
        assertThat(call(LSEEK, dir, 0, 0)).isZero();
        assertThat(call(GETDENTS64, dir, SCRATCH, 16)).as("not even one record fits").isEqualTo(-LinuxSyscalls.EINVAL);
        long file = call(OPENAT, AT_FDCWD, str("sub/a.txt"), 0);
        assertThat(call(GETDENTS64, file, SCRATCH, 4096)).isEqualTo(-LinuxSyscalls.ENOTDIR);
        assertThat(call(GETDENTS64, 200, SCRATCH, 4096)).isEqualTo(-LinuxSyscalls.EBADF);
        assertThat(call(CLOSE, dir)).isZero();
    }

    @Test
    void getdents64HidesLinksThatLeadOutOfTheSandbox() throws Exception {
        Files.writeString(outside.resolve("secret"), "no");
        Files.createSymbolicLink(host.resolve("sub/escape"), outside.resolve("secret"));
        Files.createSymbolicLink(host.resolve("sub/escape-dir"), outside);
        Files.createSymbolicLink(host.resolve("sub/c-link"), host.resolve("sub/a.txt"));
        Files.createSymbolicLink(host.resolve("sub/dangling"), host.resolve("sub/nothing"));
        long dir = call(OPENAT, AT_FDCWD, str("sub"), O_DIRECTORY);
        assertThat(getdents(dir, 4096, new ArrayList<>())).extracting(Dirent::name)
                .containsExactly(".", "..", "a.txt", "b.txt", "big", "c-link", "deeper");
        assertThat(call(OPENAT, dir, str("escape"), 0)).isEqualTo(-LinuxSyscalls.EACCES);
        for (String link : List.of("escape", "escape-dir", "c-link", "dangling")) {
            Files.delete(host.resolve("sub").resolve(link)); // so that @TempDir need not warn about them
        }
    }

    @Test
    void statxGivesTypeModeAndSize() {
        assertThat(call(STATX, AT_FDCWD, str("sub/big"), 0, 0x7ff, SCRATCH)).isZero();
        int mask = mem.load32(SCRATCH);
        assertThat(mask & 0x1).as("STATX_TYPE").isNotZero();
        assertThat(mask & 0x200).as("STATX_SIZE").isNotZero();
        assertThat(mask & 0x40).as("no STATX_MTIME: the sandbox shows no times").isZero();
        assertThat(mem.load16(SCRATCH + 28) & 0xffff).isEqualTo(0100644);
        assertThat(mem.load64(SCRATCH + 40)).isEqualTo(5000);
        assertThat(mem.load64(SCRATCH + 48)).isEqualTo(10); // 512-byte blocks
        long dir = call(OPENAT, AT_FDCWD, str("sub"), O_DIRECTORY);
        assertThat(call(STATX, dir, str("deeper"), 0, 0x7ff, SCRATCH)).isZero();
        assertThat(mem.load16(SCRATCH + 28) & 0xffff).isEqualTo(0040755);
        long file = call(OPENAT, dir, str("a.txt"), 0);
        assertThat(call(STATX, file, str(""), 0x1000, 0x7ff, SCRATCH)).isZero(); // AT_EMPTY_PATH
        assertThat(mem.load64(SCRATCH + 40)).isEqualTo(5);
        assertThat(call(STATX, AT_FDCWD, str("sub/none"), 0, 0x7ff, SCRATCH)).isEqualTo(-LinuxSyscalls.ENOENT);
        assertThat(call(STATX, AT_FDCWD, str("/etc/passwd"), 0, 0x7ff, SCRATCH)).isEqualTo(-LinuxSyscalls.ENOENT);
        assertThat(call(STATX, file, str("x"), 0, 0x7ff, SCRATCH)).isEqualTo(-LinuxSyscalls.ENOTDIR);
        assertThat(call(STATX, AT_FDCWD, str("sub"), 0, 0x80000000L, SCRATCH)).as("STATX__RESERVED").isEqualTo(-LinuxSyscalls.EINVAL);
    }

    @Test
    void sysinfoGivesTheMemoryLimitAsRam() {
        mem.store64(SCRATCH + 104, -1);
        assertThat(call(SYSINFO, SCRATCH)).isZero();
        assertThat(mem.load64(SCRATCH + 32)).as("totalram").isEqualTo(64L << 20);
        assertThat(mem.load64(SCRATCH + 40)).as("freeram").isEqualTo((64L << 20) - (1 << 16));
        assertThat(mem.load16(SCRATCH + 80)).as("procs").isEqualTo((short) 1);
        assertThat(mem.load32(SCRATCH + 104)).as("mem_unit").isEqualTo(1);
        assertThat(call(SYSINFO, 0x10)).as("bad pointer").isEqualTo(-LinuxSyscalls.EFAULT);
        assertThat(linux.counters()).containsEntry("sysinfo", 2L);
    }
}
