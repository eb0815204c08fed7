package dev.rvcm.sim;

/**
 * What {@code stat} and {@code statx} say about a file, and the two structures they fill in guest
 * memory: asm-generic {@code struct stat} (riscv64, 128 bytes) and {@code struct statx} (256 bytes).
 * Device 1, inode 1, one link, owner root, 4 KiB blocks; no times (the sandbox does not show them).
 */
final class StatLayouts {

    /** What a {@code *stat*at} call finds: the file's {@link Stat}, or an {@link Errno}. */
    sealed interface Lookup permits Stat, Errno {
    }

    /** A file's type and permission bits ({@code st_mode}) and size. */
    record Stat(int mode, long size) implements Lookup {
    }

    /** Why the file could not be looked up: a positive errno. */
    record Errno(int code) implements Lookup {
    }

    private StatLayouts() {
    }

    /** Fills {@code struct stat} at {@code buf}. */
    static void writeStat(Memory mem, long buf, Stat st) {
        mem.write(buf, new byte[128], 0, 128);
        mem.store64(buf, 1); // st_dev
        mem.store64(buf + 8, 1); // st_ino
        mem.store32(buf + 16, st.mode());
        mem.store32(buf + 20, 1); // st_nlink
        mem.store64(buf + 48, st.size());
        mem.store32(buf + 56, 4096); // st_blksize
        mem.store64(buf + 64, (st.size() + 511) / 512);
    }

    /**
     * Fills {@code struct statx} at {@code buf}; {@code stx_mask} says what is filled: type, mode,
     * nlink, uid, gid, ino, size, blocks ({@code STATX_BASIC_STATS} without the times).
     */
    static void writeStatx(Memory mem, long buf, Stat st) {
        mem.write(buf, new byte[256], 0, 256);
        mem.store32(buf, 0x71f); // stx_mask: TYPE MODE NLINK UID GID INO SIZE BLOCKS
        mem.store32(buf + 4, 4096); // stx_blksize
        mem.store32(buf + 16, 1); // stx_nlink
        mem.store16(buf + 28, (short) st.mode());
        mem.store64(buf + 32, 1); // stx_ino
        mem.store64(buf + 40, st.size());
        mem.store64(buf + 48, (st.size() + 511) / 512);
        mem.store32(buf + 140, 1); // stx_dev_minor (st_dev 1, as stat gives)
    }
}
