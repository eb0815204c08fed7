package dev.rvcm.sim;

import dev.rvcm.relocs.elf.ElfFile;
import dev.rvcm.relocs.elf.ElfHeader;
import dev.rvcm.relocs.elf.ObjectFileType;
import dev.rvcm.relocs.elf.Segment;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Maps a static RV64 executable into {@link Memory} and builds the initial stack the Linux kernel
 * gives a new process ({@code fs/binfmt_elf.c}, {@code create_elf_tables}): argc, argv, envp and the
 * auxiliary vector, with the strings and {@code AT_RANDOM} bytes above them.
 */
final class Loader {

    static final int PT_PHDR = 6;
    static final int PT_INTERP = 3;
    /** Load bias of an ET_DYN (static-PIE) executable. */
    static final long PIE_BASE = 0x2aaaaaa000L;
    /** The initial stack pointer region ends here (like a 47-bit user address space). */
    static final long STACK_TOP = 0x7ffffffff000L;
    static final long STACK_SIZE = 8L << 20;

    static final int AT_NULL = 0, AT_PHDR = 3, AT_PHENT = 4, AT_PHNUM = 5, AT_PAGESZ = 6, AT_BASE = 7,
            AT_FLAGS = 8, AT_ENTRY = 9, AT_UID = 11, AT_EUID = 12, AT_GID = 13, AT_EGID = 14, AT_HWCAP = 16,
            AT_CLKTCK = 17, AT_SECURE = 23, AT_RANDOM = 25, AT_EXECFN = 31;

    /** {@code AT_HWCAP}: one bit per single-letter extension, I M A F D C. */
    static final long HWCAP = 1L << ('I' - 'A') | 1L << ('M' - 'A') | 1L << ('A' - 'A') | 1L << ('F' - 'A')
            | 1L << ('D' - 'A') | 1L << ('C' - 'A');

    /** Where the image landed. */
    record Image(long entry, long bias, long brkStart, long phdr, int phnum) {
    }

    private Loader() {
    }

    /** Maps every PT_LOAD segment of {@code elf}. */
    static Image map(ElfFile elf, Memory mem) {
        ElfHeader h = elf.header();
        String file = elf.source();
        if (h.machine() != ElfHeader.EM_RISCV) {
            throw new LoadException(file, 0x12, "not a RISC-V executable (e_machine " + h.machine() + ")");
        }
        ObjectFileType type = h.type();
        long bias;
        if (type == ObjectFileType.EXEC) {
            bias = 0;
        } else if (type == ObjectFileType.DYN) {
            bias = PIE_BASE;
        } else {
            throw new LoadException(file, 0x10, "not an executable (ELF type " + type + "); expected ET_EXEC or a static-PIE ET_DYN");
        }
        checkEntry(elf);
        for (Segment s : elf.segments()) {
            if (s.type() == PT_INTERP) {
                throw new LoadException(file, s.offset(), "dynamically linked (PT_INTERP); rvcm runs static executables only");
            }
        }
        // Each segment's pages [first, end) with its permissions; a page shared by segments gets the union.
        List<long[]> spans = new ArrayList<>();
        long end = 0;
        long phdr = 0;
        ByteBuffer image = elf.image();
        for (Segment s : elf.segments()) {
            if (s.type() == PT_PHDR) {
                phdr = s.virtualAddress() + bias;
            }
            if (s.type() != Segment.PT_LOAD) {
                continue;
            }
            checkInFile(elf, s);
            if (s.memorySize() == 0) {
                continue;
            }
            long va = s.virtualAddress() + bias;
            if (va < 0 || va + s.memorySize() < va || va + s.memorySize() > STACK_TOP - STACK_SIZE) {
                throw new LoadException(file, s.offset(), "PT_LOAD segment outside the user address space");
            }
            int perms = ((s.flags() & 4) != 0 ? Memory.R : 0) | ((s.flags() & 2) != 0 ? Memory.W : 0)
                    | ((s.flags() & 1) != 0 ? Memory.X : 0);
            spans.add(new long[] {va >>> Memory.PAGE_BITS, ((va + s.memorySize() - 1) >>> Memory.PAGE_BITS) + 1, perms});
            end = Math.max(end, va + s.memorySize());
            if (phdr == 0 && h.programHeaderOffset() >= s.offset()
                    && h.programHeaderOffset() < s.offset() + s.fileSize()) {
                phdr = va + (h.programHeaderOffset() - s.offset());
            }
        }
        if (spans.isEmpty()) {
            throw new LoadException(file, -1, "no PT_LOAD segment");
        }
        List<long[]> regions = regions(spans);
        long pages = 0;
        for (long[] r : regions) {
            pages += r[1] - r[0];
        }
        if (pages > mem.maxBytes() >>> Memory.PAGE_BITS) {
            throw new LoadException(file, -1, "its PT_LOAD segments span " + (pages << Memory.PAGE_BITS)
                    + " bytes, more than the memory limit of " + mem.maxBytes());
        }
        for (long[] r : regions) {
            mem.map(r[0] << Memory.PAGE_BITS, (r[1] - r[0]) << Memory.PAGE_BITS, (int) r[2]);
        }
        for (Segment s : elf.segments()) {
            if (s.type() == Segment.PT_LOAD && s.fileSize() > 0) {
                byte[] data = new byte[(int) s.fileSize()];
                image.get((int) s.offset(), data);
                mem.poke(s.virtualAddress() + bias, data, 0, data.length);
            }
        }
        long brkStart = (end + Memory.PAGE_MASK) & ~Memory.PAGE_MASK;
        return new Image(h.entry() + bias, bias, brkStart, phdr, h.programHeaderCount());
    }

    /**
     * Bare metal: maps one read-write-execute RAM region covering every PT_LOAD segment (at least
     * {@code ramBytes} from the lowest one) and copies the segments in. Physical addresses, no bias.
     */
    static Image mapBareMetal(ElfFile elf, Memory mem, long ramBytes) {
        String file = elf.source();
        if (elf.header().machine() != ElfHeader.EM_RISCV) {
            throw new LoadException(file, 0x12, "not a RISC-V executable (e_machine " + elf.header().machine() + ")");
        }
        checkEntry(elf);
        long lo = Long.MAX_VALUE;
        long hi = 0;
        for (Segment s : elf.segments()) {
            if (s.type() == Segment.PT_LOAD) {
                checkInFile(elf, s);
            }
            if (s.type() == Segment.PT_LOAD && s.memorySize() != 0) {
                long va = s.virtualAddress();
                if (va < 0 || s.memorySize() < 0 || va + s.memorySize() < 0 || va + s.memorySize() + ramBytes < 0) {
                    throw new LoadException(file, s.offset(), "PT_LOAD segment at 0x" + Long.toHexString(va) + " of 0x"
                            + Long.toHexString(s.memorySize()) + " bytes (and its RAM) reaches past 2^63");
                }
                lo = Math.min(lo, s.virtualAddress() & ~Memory.PAGE_MASK);
                hi = Math.max(hi, s.virtualAddress() + s.memorySize());
            }
        }
        if (hi == 0) {
            throw new LoadException(file, -1, "no PT_LOAD segment");
        }
        long end = Math.max((hi + Memory.PAGE_MASK) & ~Memory.PAGE_MASK, lo + ramBytes);
        mem.map(lo, end - lo, Memory.R | Memory.W | Memory.X);
        for (Segment s : elf.segments()) {
            if (s.type() == Segment.PT_LOAD && s.fileSize() > 0) {
                byte[] data = new byte[(int) s.fileSize()];
                elf.image().get((int) s.offset(), data);
                mem.poke(s.virtualAddress(), data, 0, data.length);
            }
        }
        return new Image(elf.header().entry(), 0, end, 0, elf.header().programHeaderCount());
    }

    /**
     * Page ranges {first, end, perms} from possibly overlapping spans, the permissions of a page being
     * the union over the spans that hold it; adjacent ranges with equal permissions merged. A sweep over
     * the span boundaries, so the cost does not grow with the size of the segments.
     */
    static List<long[]> regions(List<long[]> spans) {
        TreeMap<Long, int[]> deltas = new TreeMap<>(); // page → change in the spans granting R, W, X and holding it
        for (long[] s : spans) {
            int[] open = deltas.computeIfAbsent(s[0], k -> new int[4]);
            int[] close = deltas.computeIfAbsent(s[1], k -> new int[4]);
            for (int bit = 0; bit < 3; bit++) {
                if ((s[2] >> bit & 1) != 0) {
                    open[bit]++;
                    close[bit]--;
                }
            }
            open[3]++;
            close[3]--;
        }
        int[] covering = new int[4];
        List<long[]> out = new ArrayList<>();
        long from = 0;
        for (Map.Entry<Long, int[]> e : deltas.entrySet()) {
            long page = e.getKey();
            if (covering[3] > 0) { // pages [from, page) are held, with these permissions
                int perms = (covering[0] > 0 ? 1 : 0) | (covering[1] > 0 ? 2 : 0) | (covering[2] > 0 ? 4 : 0);
                long[] last = out.isEmpty() ? null : out.getLast();
                if (last != null && last[1] == from && last[2] == perms) {
                    last[1] = page;
                } else {
                    out.add(new long[] {from, page, perms});
                }
            }
            for (int i = 0; i < 4; i++) {
                covering[i] += e.getValue()[i];
            }
            from = page;
        }
        return out;
    }

    /**
     * The segment's file bytes lie inside the file and fit its memory size; the values are unsigned
     * 64-bit numbers, so anything at or above 2^63 is refused rather than wrapped.
     */
    private static void checkInFile(ElfFile elf, Segment s) {
        long limit = elf.image().limit();
        if (s.offset() < 0 || s.fileSize() < 0 || s.offset() > limit || s.fileSize() > limit - s.offset()) {
            throw new LoadException(elf.source(), s.offset(), "PT_LOAD segment of 0x" + Long.toHexString(s.fileSize())
                    + " bytes at file offset 0x" + Long.toHexString(s.offset()) + " lies outside the file");
        }
        if (Long.compareUnsigned(s.fileSize(), s.memorySize()) > 0) {
            throw new LoadException(elf.source(), s.offset(), "PT_LOAD segment is larger in the file (0x"
                    + Long.toHexString(s.fileSize()) + " bytes) than in memory (0x" + Long.toHexString(s.memorySize()) + ")");
        }
    }

    /** Instructions lie on 2-byte boundaries (RVC): an odd {@code e_entry} can be nobody's first instruction. */
    private static void checkEntry(ElfFile elf) {
        if ((elf.header().entry() & 1) != 0) {
            throw new LoadException(elf.source(), 0x18, "entry point 0x" + Long.toHexString(elf.header().entry())
                    + " is not on a 2-byte instruction boundary");
        }
    }

    /** Maps the stack and writes the initial process stack; returns the initial {@code sp}. */
    static long stack(Memory mem, Image img, List<String> args, List<String> env, byte[] random) {
        mem.map(STACK_TOP - STACK_SIZE, STACK_SIZE, Memory.R | Memory.W);
        long p = STACK_TOP;
        String execfn = args.isEmpty() ? "" : args.get(0);
        p = pushString(mem, p, execfn);
        long execfnAddr = p;
        List<Long> envAddrs = new ArrayList<>();
        for (int i = env.size() - 1; i >= 0; i--) {
            p = pushString(mem, p, env.get(i));
            envAddrs.add(0, p);
        }
        List<Long> argAddrs = new ArrayList<>();
        for (int i = args.size() - 1; i >= 0; i--) {
            p = pushString(mem, p, args.get(i));
            argAddrs.add(0, p);
        }
        p -= 16;
        p &= ~15L;
        mem.poke(p, random, 0, 16);
        long randomAddr = p;
        long[][] auxv = {
            {AT_PHDR, img.phdr()}, {AT_PHENT, 56}, {AT_PHNUM, img.phnum()}, {AT_PAGESZ, Memory.PAGE_SIZE},
            {AT_BASE, 0}, {AT_FLAGS, 0}, {AT_ENTRY, img.entry()}, {AT_UID, 0}, {AT_EUID, 0}, {AT_GID, 0},
            {AT_EGID, 0}, {AT_HWCAP, HWCAP}, {AT_CLKTCK, 100}, {AT_SECURE, 0}, {AT_RANDOM, randomAddr},
            {AT_EXECFN, execfnAddr}, {AT_NULL, 0},
        };
        int words = 1 + argAddrs.size() + 1 + envAddrs.size() + 1 + 2 * auxv.length;
        long sp = (p - 8L * words) & ~15L;
        long q = sp;
        q = put(mem, q, args.size());
        for (long a : argAddrs) {
            q = put(mem, q, a);
        }
        q = put(mem, q, 0);
        for (long a : envAddrs) {
            q = put(mem, q, a);
        }
        q = put(mem, q, 0);
        for (long[] kv : auxv) {
            q = put(mem, q, kv[0]);
            q = put(mem, q, kv[1]);
        }
        return sp;
    }

    private static long pushString(Memory mem, long p, String s) {
        byte[] b = (s + "\0").getBytes(StandardCharsets.UTF_8);
        p -= b.length;
        mem.poke(p, b, 0, b.length);
        return p;
    }

    private static long put(Memory mem, long q, long v) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (v >>> (8 * i));
        }
        mem.poke(q, b, 0, 8);
        return q + 8;
    }
}
