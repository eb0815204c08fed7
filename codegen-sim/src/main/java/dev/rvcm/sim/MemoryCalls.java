package dev.rvcm.sim;

import java.io.IOException;

/**
 * The address-space system calls: {@code brk}, {@code mmap} (anonymous, or a private copy of a
 * sandboxed host file), {@code munmap}, {@code mprotect}, {@code mremap}, {@code madvise}. The user
 * address space has 47 bits, as under Sv48 Linux; {@code mmap} hands out ranges downwards from 256 GiB,
 * never within 1 GiB of the break; what is mapped never exceeds the guest memory limit.
 */
final class MemoryCalls {

    /** The top of the guest's user address space (47 bits, like Sv48 Linux). */
    static final long USER_TOP = 1L << 47;

    private final Memory mem;
    private final FileTable files;
    private long brkStart;
    private long brk;
    private long mmapTop = 0x4000000000L;

    MemoryCalls(Memory mem, FileTable files) {
        this.mem = mem;
        this.files = files;
    }

    void register(SyscallTable t) {
        t.on(214, "brk", (addr, b, c, d, e, f) -> brk(addr));
        t.on(215, "munmap", this::munmap);
        t.on(216, "mremap", this::mremap);
        t.on(222, "mmap", this::mmap);
        t.on(226, "mprotect", this::mprotect);
        t.on(233, "madvise", (a, b, c, d, e, f) -> 0);
    }

    /** The initial program break: the end of the loaded image. */
    void setBrk(long start) {
        brkStart = start;
        brk = start;
    }

    private static long pageUp(long a) {
        return (a + Memory.PAGE_MASK) & ~Memory.PAGE_MASK;
    }

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
            return -LinuxSyscalls.EINVAL;
        }
        long size = pageUp(len);
        if (!userRange(addr, size) || mem.mappedBytes() + size > mem.maxBytes()) {
            return -LinuxSyscalls.ENOMEM;
        }
        boolean fixed = (flags & 0x10) != 0;
        boolean anonymous = (flags & 0x20) != 0;
        GuestFile file = null;
        if (!anonymous) {
            file = files.file(fd);
            if (!(file instanceof GuestFile.Host)) {
                return file == null ? -LinuxSyscalls.EBADF : -LinuxSyscalls.EACCES;
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
                return -LinuxSyscalls.ENOMEM;
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
            return -LinuxSyscalls.EINVAL;
        }
        mem.unmap(addr, pageUp(len));
        return 0;
    }

    private long mprotect(long addr, long len, long prot, long d, long e, long f) {
        if ((addr & Memory.PAGE_MASK) != 0) {
            return -LinuxSyscalls.EINVAL;
        }
        long size = pageUp(len);
        if (!userRange(addr, size) || !mem.isMapped(addr, size)) {
            return -LinuxSyscalls.ENOMEM;
        }
        mem.protect(addr, size, perms(prot));
        return 0;
    }

    private long mremap(long old, long oldLen, long newLen, long flags, long newAddr, long f) {
        if ((old & Memory.PAGE_MASK) != 0 || newLen <= 0) {
            return -LinuxSyscalls.EINVAL;
        }
        long oldSize = pageUp(oldLen);
        long newSize = pageUp(newLen);
        if (!userRange(old, oldSize) || !userRange(old, newSize)) {
            return -LinuxSyscalls.EINVAL;
        }
        if (!mem.isMapped(old, oldSize)) {
            return -LinuxSyscalls.EFAULT;
        }
        if (newSize <= oldSize) {
            if (newSize < oldSize) {
                mem.unmap(old + newSize, oldSize - newSize);
            }
            return old;
        }
        if (mem.mappedBytes() + newSize - oldSize > mem.maxBytes()) {
            return -LinuxSyscalls.ENOMEM;
        }
        Memory.Page first = mem.page(old);
        int perms = first == null ? Memory.R | Memory.W : first.perms;
        if (!mem.overlaps(old + oldSize, newSize - oldSize)) {
            mem.map(old + oldSize, newSize - oldSize, perms);
            return old;
        }
        if ((flags & 1) == 0) { // MREMAP_MAYMOVE
            return -LinuxSyscalls.ENOMEM;
        }
        long at = freeRange(newSize);
        if (at < 0) {
            return -LinuxSyscalls.ENOMEM;
        }
        mem.map(at, newSize, perms);
        for (long o = 0; o < oldSize; o += Memory.PAGE_SIZE) {
            mem.copyPage(old + o, at + o);
        }
        mem.unmap(old, oldSize);
        return at;
    }
}
