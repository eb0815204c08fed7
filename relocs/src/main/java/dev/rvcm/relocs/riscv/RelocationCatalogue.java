package dev.rvcm.relocs.riscv;

/** Constant-time lookup of catalogued relocation types by number (relocation scans call it per entry). */
public final class RelocationCatalogue {
    private static final int SIZE = 256;
    private static final RiscvRelocation[] BY_NUMBER = new RiscvRelocation[SIZE];
    private static final RelocationType.Known[] KNOWN = new RelocationType.Known[SIZE];

    static {
        for (RiscvRelocation r : RiscvRelocation.values()) {
            BY_NUMBER[r.number()] = r;
            KNOWN[r.number()] = new RelocationType.Known(r);
        }
    }

    private RelocationCatalogue() {
    }

    /** The catalogued type with this number, or null (package-internal; callers use {@link RelocationType#of}). */
    static RiscvRelocation lookup(int number) {
        return number >= 0 && number < SIZE ? BY_NUMBER[number] : null;
    }

    static RelocationType.Known known(RiscvRelocation relocation) {
        return KNOWN[relocation.number()];
    }

    /** The name binutils prints for this number, without allocating for catalogued types. */
    public static String name(int number) {
        RiscvRelocation known = lookup(number);
        return known == null ? new RelocationType.Unknown(number).name() : known.name();
    }

    /** True when the number is in the catalogue. */
    public static boolean isKnown(int number) {
        return lookup(number) != null;
    }
}
