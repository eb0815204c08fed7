package dev.rvcm.sim;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The system calls that name files by path, through the {@link Sandbox}: {@code openat},
 * {@code faccessat}, {@code getcwd}, {@code readlinkat} (only {@code /proc/self/exe} is a link),
 * {@code newfstatat} and {@code statx}. A relative path is resolved against the cwd
 * ({@code AT_FDCWD}) or a directory open as {@code dirfd}.
 */
final class PathCalls {

    static final long AT_FDCWD = -100;
    private static final int AT_EMPTY_PATH = 0x1000;

    private final Memory mem;
    private final FileTable files;
    private final Sandbox sandbox;
    private final HiddenPaths hidden;
    private final String exe;

    /** @param exe the guest path of the running executable, {@code /proc/self/exe} */
    PathCalls(Memory mem, FileTable files, Sandbox sandbox, HiddenPaths hidden, String exe) {
        this.mem = mem;
        this.files = files;
        this.sandbox = sandbox;
        this.hidden = hidden;
        this.exe = exe;
    }

    void register(SyscallTable t) {
        t.on(17, "getcwd", this::getcwd);
        t.on(48, "faccessat", (dirfd, path, mode, d, e, f) -> faccessat(dirfd, path));
        t.on(56, "openat", this::openat);
        t.on(78, "readlinkat", this::readlinkat);
        t.on(79, "newfstatat", this::newfstatat);
        t.on(291, "statx", this::statx);
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
            return new AtPath(null, LinuxSyscalls.ENOENT);
        }
        if (path.startsWith("/") || dirfd == AT_FDCWD) {
            return new AtPath(sandbox.absolute(path), 0);
        }
        GuestFile base = files.file(dirfd);
        if (base == null) {
            return new AtPath(null, LinuxSyscalls.EBADF);
        }
        if (!(base instanceof GuestFile.Directory d)) {
            return new AtPath(null, LinuxSyscalls.ENOTDIR);
        }
        return new AtPath(Sandbox.normalize(d.guest + "/" + path), 0);
    }

    private long openat(long dirfd, long pathAddr, long flags, long mode, long e, long f) throws IOException {
        String path = guestString(pathAddr);
        AtPath at = at(dirfd, path);
        if (at.guest() == null) {
            return -at.errno();
        }
        int acc = (int) flags & 3;
        boolean create = (flags & 0100) != 0;
        boolean truncate = (flags & 01000) != 0;
        boolean writing = acc != 0 || create || truncate;
        Sandbox.Resolved r = sandbox.resolve(at.guest());
        if (r == null) {
            noteHidden(dirfd, path, at, writing);
            return -LinuxSyscalls.ENOENT;
        }
        if (writing && r.readOnly()) {
            return -LinuxSyscalls.EROFS;
        }
        if (!sandbox.inside(r.host())) {
            return -LinuxSyscalls.EACCES;
        }
        if (Files.isDirectory(r.host())) {
            return writing ? -LinuxSyscalls.EISDIR : files.install(new GuestFile.Directory(r.host(), at.guest()), 3);
        }
        if ((flags & 0200000) != 0) {
            return Files.exists(r.host()) ? -LinuxSyscalls.ENOTDIR : -LinuxSyscalls.ENOENT;
        }
        if (!create && !Files.exists(r.host())) {
            return -LinuxSyscalls.ENOENT;
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
            return -LinuxSyscalls.EEXIST;
        } catch (java.nio.file.AccessDeniedException ex) {
            return -LinuxSyscalls.EACCES;
        } catch (java.nio.file.NoSuchFileException ex) {
            return -LinuxSyscalls.ENOENT;
        }
        return files.install(new GuestFile.Host(ch, acc != 1, acc != 0, (flags & 02000) != 0), 3);
    }

    private long faccessat(long dirfd, long pathAddr) throws IOException {
        String path = guestString(pathAddr);
        AtPath at = at(dirfd, path);
        if (at.guest() == null) {
            return -at.errno();
        }
        if (sandbox.existing(at.guest()) != null) {
            return 0;
        }
        noteHidden(dirfd, path, at, false);
        return -LinuxSyscalls.ENOENT;
    }

    /** A path no mount covers: note it if the host has it where qemu-user would look (cwd-relative or absolute only). */
    private void noteHidden(long dirfd, String path, AtPath at, boolean writing) {
        if ((path.startsWith("/") || dirfd == AT_FDCWD) && sandbox.resolve(at.guest()) == null) {
            hidden.note(path, at.guest(), writing);
        }
    }

    private long getcwd(long buf, long size, long c, long d, long e, long f) {
        byte[] s = (sandbox.cwd + "\0").getBytes(StandardCharsets.UTF_8);
        if (size < s.length) {
            return -LinuxSyscalls.ERANGE;
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
            return sandbox.existing(at.guest()) == null ? -LinuxSyscalls.ENOENT : -LinuxSyscalls.EINVAL; // nothing in the sandbox is a link
        }
        byte[] s = exe.getBytes(StandardCharsets.UTF_8);
        int n = (int) Math.min(size, s.length);
        mem.write(buf, s, 0, n);
        return n;
    }

    /** The file a {@code *stat*at} call names ({@code AT_EMPTY_PATH}: {@code dirfd} itself). */
    private StatLayouts.Lookup statOf(long dirfd, long pathAddr, long flags) throws IOException {
        String path = guestString(pathAddr);
        if (path.isEmpty() && (flags & AT_EMPTY_PATH) != 0) {
            if (dirfd != AT_FDCWD) {
                GuestFile file = files.file(dirfd);
                return file == null ? new StatLayouts.Errno(LinuxSyscalls.EBADF)
                        : new StatLayouts.Stat(file.mode(), file.size());
            }
            path = ".";
        }
        AtPath at = at(dirfd, path);
        if (at.guest() == null) {
            return new StatLayouts.Errno(at.errno());
        }
        Path host = sandbox.existing(at.guest());
        if (host == null) {
            noteHidden(dirfd, path, at, false);
            return new StatLayouts.Errno(LinuxSyscalls.ENOENT);
        }
        boolean dir = Files.isDirectory(host);
        return new StatLayouts.Stat(dir ? 0040755 : 0100644, dir ? 4096 : Files.size(host));
    }

    private long newfstatat(long dirfd, long pathAddr, long buf, long flags, long e, long f) throws IOException {
        return switch (statOf(dirfd, pathAddr, flags)) {
            case StatLayouts.Stat st -> {
                StatLayouts.writeStat(mem, buf, st);
                yield 0;
            }
            case StatLayouts.Errno errno -> -errno.code();
        };
    }

    /** {@code statx(dirfd, path, flags, mask, buf)}. */
    private long statx(long dirfd, long pathAddr, long flags, long mask, long buf, long f) throws IOException {
        if ((mask & 0x80000000L) != 0) { // STATX__RESERVED
            return -LinuxSyscalls.EINVAL;
        }
        return switch (statOf(dirfd, pathAddr, flags)) {
            case StatLayouts.Stat st -> {
                StatLayouts.writeStatx(mem, buf, st);
                yield 0;
            }
            case StatLayouts.Errno errno -> -errno.code();
        };
    }
}
