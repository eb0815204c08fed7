package dev.rvcm.sim;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The system calls on open file descriptors: {@code read}, {@code write}, their vector and
 * positioned forms, {@code lseek}, {@code dup}/{@code dup3}/{@code fcntl}, {@code ioctl} (no
 * terminals), {@code close}, {@code fstat} and {@code getdents64}.
 */
final class FileCalls {

    private static final int DT_UNKNOWN = 0, DT_DIR = 4, DT_REG = 8;

    private final Memory mem;
    private final FileTable files;
    private final Sandbox sandbox;

    FileCalls(Memory mem, FileTable files, Sandbox sandbox) {
        this.mem = mem;
        this.files = files;
        this.sandbox = sandbox;
    }

    void register(SyscallTable t) {
        t.on(23, "dup", (fd, b, c, d, e, f) -> dup(fd, 0));
        t.on(24, "dup3", (fd, nfd, c, d, e, f) -> dup3(fd, nfd));
        t.on(25, "fcntl", this::fcntl);
        t.on(29, "ioctl", (fd, req, c, d, e, f) -> files.file(fd) == null ? -LinuxSyscalls.EBADF : -LinuxSyscalls.ENOTTY);
        t.on(57, "close", (fd, b, c, d, e, f) -> files.close(fd));
        t.on(61, "getdents64", this::getdents64);
        t.on(62, "lseek", this::lseek);
        t.on(63, "read", (fd, buf, len, d, e, f) -> read(fd, buf, len));
        t.on(64, "write", (fd, buf, len, d, e, f) -> write(fd, buf, len));
        t.on(65, "readv", (fd, iov, n, d, e, f) -> vector(fd, iov, n, false));
        t.on(66, "writev", (fd, iov, n, d, e, f) -> vector(fd, iov, n, true));
        t.on(67, "pread64", this::pread);
        t.on(80, "fstat", (fd, buf, c, d, e, f) -> fstat(files.file(fd), buf));
    }

    private long dup(long fd, int from) {
        GuestFile f = files.file(fd);
        return f == null ? -LinuxSyscalls.EBADF : files.install(f, from);
    }

    private long dup3(long fd, long nfd) {
        GuestFile f = files.file(fd);
        if (f == null || nfd < 0 || nfd >= files.capacity()) {
            return -LinuxSyscalls.EBADF;
        }
        if (fd == nfd) {
            return -LinuxSyscalls.EINVAL;
        }
        files.put(nfd, f);
        return nfd;
    }

    private long fcntl(long fd, long cmd, long arg, long d, long e, long f) {
        GuestFile file = files.file(fd);
        if (file == null) {
            return -LinuxSyscalls.EBADF;
        }
        return switch ((int) cmd) {
            case 0, 1030 -> files.install(file, (int) Math.max(0, Math.min(arg, files.capacity()))); // F_DUPFD(_CLOEXEC)
            case 1, 2, 4 -> 0; // F_GETFD, F_SETFD, F_SETFL
            case 3 -> file instanceof GuestFile.Input ? 0 : file instanceof GuestFile.Output ? 1 : 2; // F_GETFL
            default -> -LinuxSyscalls.EINVAL;
        };
    }

    private long read(long fd, long buf, long len) throws IOException {
        GuestFile f = files.file(fd);
        if (f == null) {
            return -LinuxSyscalls.EBADF;
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
        GuestFile f = files.file(fd);
        if (f == null) {
            return -LinuxSyscalls.EBADF;
        }
        int n = (int) Math.min(len, 1 << 24);
        byte[] b = new byte[n];
        mem.read(buf, b, 0, n);
        return f.write(b, 0, n);
    }

    private long vector(long fd, long iov, long count, boolean write) throws IOException {
        if (count < 0 || count > 1024) {
            return -LinuxSyscalls.EINVAL;
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
        GuestFile file = files.file(fd);
        if (!(file instanceof GuestFile.Host h)) {
            return file == null ? -LinuxSyscalls.EBADF : -LinuxSyscalls.ESPIPE;
        }
        int n = (int) Math.min(len, 1 << 20);
        byte[] b = new byte[n];
        int got = h.pread(b, 0, n, off);
        mem.write(buf, b, 0, got);
        return got;
    }

    private long lseek(long fd, long off, long whence, long d, long e, long f) throws IOException {
        GuestFile file = files.file(fd);
        if (file instanceof GuestFile.Directory dir) { // positions are getdents64's d_off cookies
            long to = whence == 0 ? off : whence == 1 ? dir.position + off : -1;
            if (to < 0) {
                return -LinuxSyscalls.EINVAL;
            }
            if (to == 0) {
                dir.entries = null; // a rewind reads the directory again, as rewinddir does
            }
            dir.position = to;
            return to;
        }
        if (!(file instanceof GuestFile.Host h)) {
            return file == null ? -LinuxSyscalls.EBADF : -LinuxSyscalls.ESPIPE;
        }
        long base = switch ((int) whence) {
            case 0 -> 0;
            case 1 -> h.position;
            case 2 -> h.size();
            default -> -1;
        };
        if (base < 0 || base + off < 0) {
            return -LinuxSyscalls.EINVAL;
        }
        h.position = base + off;
        return h.position;
    }

    private long fstat(GuestFile file, long buf) throws IOException {
        if (file == null) {
            return -LinuxSyscalls.EBADF;
        }
        StatLayouts.writeStat(mem, buf, new StatLayouts.Stat(file.mode(), file.size()));
        return 0;
    }

    /**
     * {@code getdents64(fd, dirp, count)}: {@code struct linux_dirent64} records ({@code d_ino},
     * {@code d_off}, {@code d_reclen}, {@code d_type}, {@code d_name}, 8-byte aligned) for ".", ".."
     * and the entries sorted by name; entries that lead out of the sandbox are not shown. 0 at the
     * end; {@code -EINVAL} when not even the next record fits.
     */
    private long getdents64(long fd, long dirp, long count, long d, long e, long f) throws IOException {
        GuestFile file = files.file(fd);
        if (!(file instanceof GuestFile.Directory dir)) {
            return file == null ? -LinuxSyscalls.EBADF : -LinuxSyscalls.ENOTDIR;
        }
        if (dir.entries == null) {
            dir.entries = list(dir.host);
        }
        long limit = Math.min(count, 1 << 20);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (dir.position >= 0 && dir.position < dir.entries.size()) {
            GuestFile.Directory.Entry entry = dir.entries.get((int) dir.position);
            byte[] name = entry.name().getBytes(StandardCharsets.UTF_8);
            int reclen = (19 + name.length + 1 + 7) & ~7;
            if (out.size() + reclen > limit) {
                if (out.size() == 0) {
                    return -LinuxSyscalls.EINVAL;
                }
                break;
            }
            ByteBuffer rec = ByteBuffer.allocate(reclen).order(ByteOrder.LITTLE_ENDIAN);
            rec.putLong(dir.position + 2).putLong(dir.position + 1).putShort((short) reclen).put((byte) entry.type()).put(name);
            out.writeBytes(rec.array());
            dir.position++;
        }
        byte[] bytes = out.toByteArray();
        mem.write(dirp, bytes, 0, bytes.length);
        return bytes.length;
    }

    /** ".", ".." and the entries of a host directory inside the sandbox, sorted by name. */
    private List<GuestFile.Directory.Entry> list(Path host) throws IOException {
        List<GuestFile.Directory.Entry> entries = new ArrayList<>();
        entries.add(new GuestFile.Directory.Entry(".", DT_DIR));
        entries.add(new GuestFile.Directory.Entry("..", DT_DIR));
        List<Path> children;
        try (var stream = Files.list(host)) {
            children = stream.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
        for (Path child : children) {
            if (!Files.exists(child) || !sandbox.inside(child)) {
                continue; // a dangling link, or one that leads out of the sandbox
            }
            int type = Files.isDirectory(child) ? DT_DIR : Files.isRegularFile(child) ? DT_REG : DT_UNKNOWN;
            entries.add(new GuestFile.Directory.Entry(child.getFileName().toString(), type));
        }
        return entries;
    }
}
