package dev.rvcm.sim;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.collections.impl.map.mutable.primitive.LongObjectHashMap;

/**
 * The guest's little-endian address space: sparse 4 KiB pages, allocated on first touch inside mapped
 * regions, each with read/write/execute permissions. Misaligned accesses are allowed (also across
 * pages). Hot accesses go through small direct-mapped read and write TLBs and allocate nothing.
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

    private static final VarHandle I64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);

    private static final int TLB_SIZE = 2048;

    /** One guest page. */
    static final class Page {
        final byte[] data = new byte[PAGE_SIZE];
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
    private final byte[][] readData = new byte[TLB_SIZE][];
    private final long[] writeTag = new long[TLB_SIZE];
    private final byte[][] writeData = new byte[TLB_SIZE][];

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
        flushTlb();
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
        flushTlb();
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

    void flushTlb() {
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

    /** The 16-bit parcel at {@code address} for instruction fetch. */
    int fetch16(long address) {
        Page p = executablePage(address);
        return (short) I16.get(p.data, (int) (address & PAGE_MASK)) & 0xffff;
    }

    // ---- loads ---------------------------------------------------------------------------------

    private byte[] readable(long address) {
        long pn = address >>> PAGE_BITS;
        int i = (int) pn & (TLB_SIZE - 1);
        if (readTag[i] == pn) {
            return readData[i];
        }
        return readMiss(address, pn, i);
    }

    /** {@link #readable} past the TLB: checks the page and enters it. */
    private byte[] readMiss(long address, long pn, int i) {
        Page p = page(address);
        if (p == null || (p.perms & R) == 0) {
            throw new GuestFault(GuestFault.Cause.LOAD_ACCESS, address,
                    "load from " + (p == null ? "unmapped" : "unreadable") + " address");
        }
        readTag[i] = pn;
        readData[i] = p.data;
        return p.data;
    }

    private byte[] writable(long address) {
        long pn = address >>> PAGE_BITS;
        int i = (int) pn & (TLB_SIZE - 1);
        if (writeTag[i] == pn) {
            return writeData[i];
        }
        return writeMiss(address, pn, i);
    }

    /** {@link #writable} past the TLB: checks the page, drops decoded code there, enters it. */
    private byte[] writeMiss(long address, long pn, int i) {
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
            return p.data;
        }
        writeTag[i] = pn;
        writeData[i] = p.data;
        return p.data;
    }

    long load64(long a) {
        int off = (int) (a & PAGE_MASK);
        if (off <= PAGE_SIZE - 8) {
            return (long) I64.get(readable(a), off);
        }
        return (load32(a) & 0xffffffffL) | (long) load32(a + 4) << 32;
    }

    int load32(long a) {
        int off = (int) (a & PAGE_MASK);
        if (off <= PAGE_SIZE - 4) {
            return (int) I32.get(readable(a), off);
        }
        return (load16(a) & 0xffff) | load16(a + 2) << 16;
    }

    short load16(long a) {
        int off = (int) (a & PAGE_MASK);
        if (off <= PAGE_SIZE - 2) {
            return (short) I16.get(readable(a), off);
        }
        return (short) ((load8(a) & 0xff) | load8(a + 1) << 8);
    }

    byte load8(long a) {
        return readable(a)[(int) (a & PAGE_MASK)];
    }

    // ---- stores --------------------------------------------------------------------------------

    void store64(long a, long v) {
        int off = (int) (a & PAGE_MASK);
        if (off <= PAGE_SIZE - 8) {
            I64.set(writable(a), off, v);
            return;
        }
        writable(a + 7);
        store32(a, (int) v);
        store32(a + 4, (int) (v >>> 32));
    }

    void store32(long a, int v) {
        int off = (int) (a & PAGE_MASK);
        if (off <= PAGE_SIZE - 4) {
            I32.set(writable(a), off, v);
            return;
        }
        writable(a + 3);
        store16(a, (short) v);
        store16(a + 2, (short) (v >>> 16));
    }

    void store16(long a, short v) {
        int off = (int) (a & PAGE_MASK);
        if (off <= PAGE_SIZE - 2) {
            I16.set(writable(a), off, v);
            return;
        }
        writable(a + 1);
        store8(a, (byte) v);
        store8(a + 1, (byte) (v >>> 8));
    }

    void store8(long a, byte v) {
        writable(a)[(int) (a & PAGE_MASK)] = v;
    }

    // ---- bulk ----------------------------------------------------------------------------------

    /** Copies guest bytes into {@code dst}. */
    void read(long a, byte[] dst, int off, int len) {
        int done = 0;
        while (done < len) {
            long addr = a + done;
            int po = (int) (addr & PAGE_MASK);
            int n = Math.min(len - done, PAGE_SIZE - po);
            System.arraycopy(readable(addr), po, dst, off + done, n);
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
            System.arraycopy(src, off + done, writable(addr), po, n);
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
            p.data[(int) ((a + i) & PAGE_MASK)] = src[off + i];
        }
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
