package dev.rvcm.analyzer.rewrite;

import dev.rvcm.relocs.write.OutSymbol;

/**
 * The code models {@code rvcm rewrite} makes, each saying which symbols the code reaches through the
 * GOT; everything else it reaches PC-relatively.
 */
public enum TargetModel {
    /**
     * Semi-PIC (the 2020 LKML proposal): the image runs at any address without a GOT for what it
     * defines. Through the GOT go only what it does not define: absolute symbols ({@code SHN_ABS}),
     * undefined weak symbols (they may be 0, out of PC-relative reach) and symbols named external.
     */
    SEMI_PIC("semi-pic"),
    /**
     * PIC, as {@code gcc -fPIC}: every symbol another module could provide (global or weak with
     * default visibility, and every undefined one) through the GOT, calls through the PLT; local
     * and hidden symbols PC-relatively.
     */
    PIC("pic");

    private final String label;

    TargetModel(String label) {
        this.label = label;
    }

    /** The name users give it: {@code semi-pic}, {@code pic}. */
    public String label() {
        return label;
    }

    /** The model called {@code label}. */
    public static TargetModel of(String label) {
        for (TargetModel m : values()) {
            if (m.label.equals(label)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown code model '" + label + "' (known: semi-pic, pic)");
    }

    /**
     * Whether the code reaches {@code symbol} (null: a label of the section, no symbol) through the
     * GOT; {@code named} says whether the user named it external.
     */
    boolean throughGot(OutSymbol symbol, boolean named) {
        if (named) {
            return true;
        }
        if (symbol == null || symbol.sectionSymbol()) {
            return false;
        }
        return switch (this) {
            case SEMI_PIC -> symbol.absolute() || (symbol.undefined() && symbol.weak());
            case PIC -> symbol.absolute() || symbol.preemptible();
        };
    }

    /** Whether a call to {@code symbol} goes through the PLT ({@code R_RISCV_CALL_PLT}). */
    boolean callThroughPlt(OutSymbol symbol) {
        return this == PIC && symbol != null && !symbol.sectionSymbol() && symbol.preemptible();
    }
}
