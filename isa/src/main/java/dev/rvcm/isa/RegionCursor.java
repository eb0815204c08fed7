package dev.rvcm.isa;

/**
 * Where a sweep over one section's bytes is among the section's {@link IsaRegions.Regions}: which
 * region holds the current address, whether it is data, where it ends. The disassembler, the IR
 * reader and the instruction scanner all walk a section in address order and ask this at each
 * instruction, so that they agree on what is code. Moving forward steps from region to region;
 * moving back (or into a section from before its first mapping symbol) searches.
 *
 * <p>Addresses are unsigned 64-bit. Allocates nothing. Get one from
 * {@link IsaRegions.Regions#cursor(boolean)}.
 */
public final class RegionCursor {
    private final IsaRegions.Regions regions;
    private final boolean code;
    private int region = -1;

    /** @param code whether bytes outside every region are instructions (an executable section's are) */
    RegionCursor(IsaRegions.Regions regions, boolean code) {
        this.regions = regions;
        this.code = code;
    }

    /**
     * Moves to the region holding {@code address}.
     *
     * @return whether that is another region than before (then the ISA may have changed)
     */
    public boolean moveTo(long address) {
        int before = region;
        if (region < 0 || Long.compareUnsigned(regions.start(region), address) > 0) {
            region = regions.indexAt(address);
        } else {
            while (region + 1 < regions.count() && Long.compareUnsigned(regions.start(region + 1), address) <= 0) {
                region++;
            }
        }
        return region != before;
    }

    /** The index of the current region, {@code -1} before the first (or in a section without mapping symbols). */
    public int region() {
        return region;
    }

    /**
     * Whether the bytes at the current address are data: a {@code $d} region, or outside every
     * region of a section that is not code.
     */
    public boolean data() {
        return region < 0 ? !code : regions.isData(region);
    }

    /**
     * Where the current region ends: the next region's start; {@code -1} (all ones) in the last
     * region and before the first, where objdump measures data to the section's end.
     */
    public long end() {
        return region < 0 ? -1L : regions.end(region);
    }
}
