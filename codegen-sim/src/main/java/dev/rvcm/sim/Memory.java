package dev.rvcm.sim;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.collections.impl.map.mutable.primitive.LongObjectHashMap;

/**
 * The guest's little-endian address space: sparse 4 KiB pages, allocated on first touch inside mapped
 * regions, each with read/write/execute permissions. Misaligned accesses are allowed (also across
 * pages). Hot accesses go through direct-mapped read and write TLBs and allocate nothing.
 *
 * <p>A page that holds pre-decoded code ({@link #codeOf}) is never in the write TLB; a store to it
 * drops its decoded instructions, so self-modifying code is seen after the next {@code fence.i} or
 * page change, as the ISA allows.
 */
final class Memory {

    static final int PAGE_BITS = 12;
    static final int PAGE_SIZE = 1 << PAGE_BITS;
    static final long PAGE_MASK = PAGE_SIZE - 1;
    static final int R = 1;
    static final int W = 2;
    static final int X = 4;

    private static final int TLB_SIZE = 16384;

    /**
     * One guest page, as 64-bit little-endian words: byte {@code k} of the page is bits
     * {@code 8·(k mod 8)} to {@code 8·(k mod 8) + 7} of {@code words[k / 8]}. An aligned access is one
     * array element and a shift, which the JIT compiles to a few instructions.
     */
    static final class Page {
        final long[] words = new long[PAGE_SIZE / 8];
        int perms;
        /** Pre-decoded instructions of this page, or null. */
        DecodedPage code;
    }

    /** A mapped region [start, end) with permissions; pages inside materialize on first touch. */
    private record Region(long start, long end, int perms) {
    }

    private final LongObjectHashMap<Page> pages = new LongObjectHashMap<>();
    private final TreeMap<Long, Region> regions = new TreeMap<>();
    private final long maxBytes;
    private long touchedPages;

    private final long[] readTag = new long[TLB_SIZE];
    private final long[][] readData = new long[TLB_SIZE][];
    private final long[] writeTag = new long[TLB_SIZE];
    private final long[][] writeData = new long[TLB_SIZE][];

    /** Incremented whenever decoded code is dropped (store to code, unmap, protect) or a watch fires. */
    int codeEpoch;
    /** Page number whose stores are watched (HTIF {@code tohost}), or -1. */
    long watchedPage = -1;
    /** Set by a store to {@link #watchedPage}; the run loop sees it through {@link #codeEpoch}. */
    boolean watchFired;

    Memory(long maxBytes) {
        this.maxBytes = maxBytes;
        flushTlb();
    }

    // ---- regions ----------------------------------------------------------------------------

    /** Maps [start, start+length) (page-aligned) with {@code perms}, replacing what was there. */
    void map(long start, long length, int perms) {
        unmap(start, length);
        regions.put(start, new Region(start, start + length, perms));
    }

    /** Unmaps [start, start+length) (page-aligned), dropping its pages. */
    void unmap(long start, long length) {
        long end = start + length;
        splitAt(start);
        splitAt(end);
        var sub = regions.subMap(start, true, end, false);
        for (Region r : sub.values()) {
            for (long pn = r.start >>> PAGE_BITS; pn < r.end >>> PAGE_BITS; pn++) {
                if (pages.remove(pn) != null) {
                    touchedPages--;
                }
            }
        }
        sub.clear();
        flushTlb(start, end);
        codeEpoch++;
    }

    /** Changes the permissions of the mapped parts of [start, start+length). */
    void protect(long start, long length, int perms) {
        long end = start + length;
        splitAt(start);
        splitAt(end);
        var sub = regions.subMap(start, true, end, false);
        for (Map.Entry<Long, Region> e : sub.entrySet()) {
            Region r = e.getValue();
            e.setValue(new Region(r.start, r.end, perms));
            for (long pn = r.start >>> PAGE_BITS; pn < r.end >>> PAGE_BITS; pn++) {
                Page p = pages.get(pn);
                if (p != null) {
                    p.perms = perms;
                    p.code = null;
                }
            }
        }
        flushTlb(start, end);
        codeEpoch++;
    }

    /** Whether every page of [start, start+length) is inside a mapped region. */
    boolean isMapped(long start, long length) {
        long a = start;
        long end = start + length;
        while (a < end) {
            Region r = region(a);
            if (r == null) {
                return false;
            }
            a = r.end;
        }
        return true;
    }

    /** Whether any page of [start, start+length) is mapped. */
    boolean overlaps(long start, long length) {
        Map.Entry<Long, Region> below = regions.lowerEntry(start + length);
        return below != null && below.getValue().end > start;
    }

    /** Total bytes of all mapped regions. */
    long mappedBytes() {
        long n = 0;
        for (Region r : regions.values()) {
            n += r.end - r.start;
        }
        return n;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** Bytes of guest memory touched so far. */
    long touchedBytes() {
        return touchedPages * PAGE_SIZE;
    }

    private void splitAt(long a) {
        Region r = region(a);
        if (r != null && r.start != a) {
            regions.put(r.start, new Region(r.start, a, r.perms));
            regions.put(a, new Region(a, r.end, r.perms));
        }
    }

    private Region region(long a) {
        Map.Entry<Long, Region> e = regions.floorEntry(a);
        if (e == null || Long.compareUnsigned(e.getValue().end, a) <= 0 || a < 0) {
            return null;
        }
        return e.getValue();
    }

    /** The page holding {@code address} if it was ever touched, else null (never materializes). */
    Page pageIfPresent(long address) {
        return pages.get(address >>> PAGE_BITS);
    }

    /** The page holding {@code address}, materialized if inside a region; null if unmapped. */
    Page page(long address) {
        long pn = address >>> PAGE_BITS;
        Page p = pages.get(pn);
        if (p == null) {
            Region r = region(address);
            if (r == null) {
                return null;
            }
            if ((touchedPages + 1) * PAGE_SIZE > maxBytes) {
                throw new GuestFault(GuestFault.Cause.OUT_OF_MEMORY, address,
                        "guest memory limit of " + maxBytes + " bytes reached");
            }
            p = new Page();
            p.perms = r.perms;
            pages.put(pn, p);
            touchedPages++;
        }
        return p;
    }

    /** Drops the pages of [start, end) from the TLBs. */
    private void flushTlb(long start, long end) {
        long first = start >>> PAGE_BITS;
        long last = (end - 1) >>> PAGE_BITS;
        if (Long.compareUnsigned(last - first, TLB_SIZE) >= 0) {
            flushTlb();
            return;
        }
        for (long pn = first; pn != last + 1; pn++) {
            int i = (int) pn & (TLB_SIZE - 1);
            if (readTag[i] == pn) {
                readTag[i] = -1;
                readData[i] = null;
            }
            if (writeTag[i] == pn) {
                writeTag[i] = -1;
                writeData[i] = null;
            }
        }
    }

    private void flushTlb() {
        Arrays.fill(readTag, -1L);
        Arrays.fill(writeTag, -1L);
        Arrays.fill(readData, null);
        Arrays.fill(writeData, null);
    }

    // ---- code ---------------------------------------------------------------------------------

    /** The executable page at {@code address}; faults if unmapped or not executable. */
    Page executablePage(long address) {
        Page p = page(address);
        if (p == null || (p.perms & X) == 0) {
            throw new GuestFault(GuestFault.Cause.FETCH_ACCESS, address,
                    "instruction fetch from " + (p == null ? "unmapped" : "non-executable") + " address");
        }
        return p;
    }

    /** Attaches decoded code to {@code page}, taking it out of the write TLB. */
    void attachCode(long address, Page page, DecodedPage code) {
        page.code = code;
        int i = (int) (address >>> PAGE_BITS) & (TLB_SIZE - 1);
        if (writeTag[i] == address >>> PAGE_BITS) {
            writeTag[i] = -1;
            writeData[i] = null;
        }
    }

    /** The 16-bit parcel at {@code address} (even, as every pc is) for instruction fetch. */
    int fetch16(long address) {
        Page p = executablePage(address);
        int off = (int) (address & PAGE_MASK);
        return (int) bitsAt(p.words, off) & 0xffff;
    }

    // ---- loads ---------------------------------------------------------------------------------

    private long[] readable(long address) {
        long pn = address >>> PAGE_BITS;
        int i = (int) pn & (TLB_SIZE - 1);
        if (readTag[i] == pn) {
            return readData[i];
        }
        return readMiss(address, pn, i);
    }

    /** {@link #readable} past the TLB: checks the page and enters it. */
    private long[] readMiss(long address, long pn, int i) {
        Page p = page(address);
        if (p == null || (p.perms & R) == 0) {
            throw new GuestFault(GuestFault.Cause.LOAD_ACCESS, address,
                    "load from " + (p == null ? "unmapped" : "unreadable") + " address");
        }
        readTag[i] = pn;
        readData[i] = p.words;
        return p.words;
    }

    private long[] writable(long address) {
        long pn = address >>> PAGE_BITS;
        int i = (int) pn & (TLB_SIZE - 1);
        if (writeTag[i] == pn) {
            return writeData[i];
        }
        return writeMiss(address, pn, i);
    }

    /** {@link #writable} past the TLB: checks the page, drops decoded code there, enters it. */
    private long[] writeMiss(long address, long pn, int i) {
        Page p = page(address);
        if (p == null || (p.perms & W) == 0) {
            throw new GuestFault(GuestFault.Cause.STORE_ACCESS, address,
                    "store to " + (p == null ? "unmapped" : "read-only") + " address");
        }
        if (p.code != null) {
            p.code = null;
            codeEpoch++;
        }
        if (pn == watchedPage) {
            watchFired = true;
            codeEpoch++;
            return p.words;
        }
        writeTag[i] = pn;
        writeData[i] = p.words;
        return p.words;
    }

    long load64(long a) {
        int off = (int) (a & PAGE_MASK);
        if ((off & 7) == 0) {
            return readable(a)[off >>> 3];
        }
        return loadMisaligned(a, 8);
    }

    int load32(long a) {
        int off = (int) (a & PAGE_MASK);
        if ((off & 3) == 0) {
            return (int) bitsAt(readable(a), off);
        }
        return (int) loadMisaligned(a, 4);
    }

    short load16(long a) {
        int off = (int) (a & PAGE_MASK);
        if ((off & 1) == 0) {
            return (short) bitsAt(readable(a), off);
        }
        return (short) loadMisaligned(a, 2);
    }

    byte load8(long a) {
        int off = (int) (a & PAGE_MASK);
        return (byte) bitsAt(readable(a), off);
    }

    /** The {@code size} bytes at {@code a}, not aligned to their size, in the low bits. */
    private long loadMisaligned(long a, int size) {
        int off = (int) (a & PAGE_MASK);
        if (off + size > PAGE_SIZE) {
            long v = 0;
            for (int k = 0; k < size; k++) {
                v |= (load8(a + k) & 0xffL) << (8 * k);
            }
            return v;
        }
        long[] w = readable(a);
        int shift = (off & 7) << 3;
        long v = w[off >>> 3] >>> shift;
        if (shift + 8 * size > 64) {
            v |= w[(off >>> 3) + 1] << (64 - shift);
        }
        return v;
    }

    // ---- stores --------------------------------------------------------------------------------

    void store64(long a, long v) {
        int off = (int) (a & PAGE_MASK);
        if ((off & 7) == 0) {
            writable(a)[off >>> 3] = v;
            return;
        }
        storeMisaligned(a, v, 8);
    }

    void store32(long a, int v) {
        int off = (int) (a & PAGE_MASK);
        if ((off & 3) == 0) {
            put(writable(a), off, v & 0xffffffffL, 0xffffffffL);
            return;
        }
        storeMisaligned(a, v, 4);
    }

    void store16(long a, short v) {
        int off = (int) (a & PAGE_MASK);
        if ((off & 1) == 0) {
            put(writable(a), off, v & 0xffffL, 0xffffL);
            return;
        }
        storeMisaligned(a, v, 2);
    }

    void store8(long a, byte v) {
        put(writable(a), (int) (a & PAGE_MASK), v & 0xffL, 0xffL);
    }

    /**
     * The word holding byte {@code off} of a page, shifted down to that byte (Java shifts by the low 6
     * bits of {@code off << 3}: (off mod 8) · 8); an access within the word takes its low bits.
     */
    private static long bitsAt(long[] w, int off) {
        return w[off >>> 3] >>> (off << 3);
    }

    /** Replaces the bits {@code mask} (shifted to byte {@code off} of its word) with {@code v}. */
    private static void put(long[] w, int off, long v, long mask) {
        int i = off >>> 3;
        w[i] = w[i] & ~(mask << (off << 3)) | v << (off << 3);
    }

    /** Stores the low {@code size} bytes of {@code v} at {@code a}, not aligned to their size: all or none. */
    private void storeMisaligned(long a, long v, int size) {
        writable(a + size - 1);
        for (int k = 0; k < size; k++) {
            store8(a + k, (byte) (v >>> (8 * k)));
        }
    }

    // ---- bulk ----------------------------------------------------------------------------------

    /** Copies guest bytes into {@code dst}. */
    void read(long a, byte[] dst, int off, int len) {
        int done = 0;
        while (done < len) {
            long addr = a + done;
            int po = (int) (addr & PAGE_MASK);
            int n = Math.min(len - done, PAGE_SIZE - po);
            long[] w = readable(addr);
            for (int k = 0; k < n; k++) {
                dst[off + done + k] = (byte) bitsAt(w, po + k);
            }
            done += n;
        }
    }

    /** Copies {@code src} into guest memory, honouring write permissions. */
    void write(long a, byte[] src, int off, int len) {
        int done = 0;
        while (done < len) {
            long addr = a + done;
            int po = (int) (addr & PAGE_MASK);
            int n = Math.min(len - done, PAGE_SIZE - po);
            long[] w = writable(addr);
            for (int k = 0; k < n; k++) {
                put(w, po + k, src[off + done + k] & 0xffL, 0xffL);
            }
            done += n;
        }
    }

    /** Copies {@code src} into guest memory ignoring permissions (the loader). */
    void poke(long a, byte[] src, int off, int len) {
        for (int i = 0; i < len; i++) {
            Page p = page(a + i);
            if (p == null) {
                throw new GuestFault(GuestFault.Cause.STORE_ACCESS, a + i, "loader write to unmapped address");
            }
            put(p.words, (int) ((a + i) & PAGE_MASK), src[off + i] & 0xffL, 0xffL);
        }
    }

    /** Copies the mapped page at {@code from} to the mapped page at {@code to} ignoring permissions ({@code mremap}). */
    void copyPage(long from, long to) {
        Page source = page(from);
        Page target = page(to);
        if (source == null || target == null) {
            throw new GuestFault(GuestFault.Cause.STORE_ACCESS, source == null ? from : to, "page copy with an unmapped page");
        }
        System.arraycopy(source.words, 0, target.words, 0, source.words.length);
    }

    /** A NUL-terminated guest string (at most {@code max} bytes), as raw bytes. */
    byte[] readCString(long a, int max) {
        byte[] buf = new byte[64];
        int n = 0;
        while (n < max) {
            byte b = load8(a + n);
            if (b == 0) {
                return Arrays.copyOf(buf, n);
            }
            if (n == buf.length) {
                buf = Arrays.copyOf(buf, n * 2);
            }
            buf[n++] = b;
        }
        return Arrays.copyOf(buf, n);
    }
}
