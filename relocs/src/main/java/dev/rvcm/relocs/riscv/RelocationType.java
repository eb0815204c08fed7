package dev.rvcm.relocs.riscv;

/**
 * A relocation's r_type as read from a file: a catalogued {@link RiscvRelocation}, or an unknown
 * number kept as it was.
 */
public sealed interface RelocationType permits RelocationType.Known, RelocationType.Unknown {

    /** The raw r_type number. */
    int number();

    /** The name binutils prints: {@code R_RISCV_…} for catalogued types. */
    String name();

    /** A catalogued type. */
    record Known(RiscvRelocation relocation) implements RelocationType {
        @Override
        public int number() {
            return relocation.number();
        }

        @Override
        public String name() {
            return relocation.name();
        }
    }

    /** A number the catalogue does not know; shown as binutils shows it. */
    record Unknown(int number) implements RelocationType {
        @Override
        public String name() {
            return "unrecognized: " + Integer.toHexString(number);
        }
    }

    /** The type for a raw r_type; never null, never dropped. */
    static RelocationType of(int number) {
        RiscvRelocation known = RelocationCatalogue.lookup(number);
        return known == null ? new Unknown(number) : RelocationCatalogue.known(known);
    }
}
