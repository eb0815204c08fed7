package dev.rvcm.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * The pre-decoded instructions of one 4 KiB guest page, one slot per 16-bit parcel, filled lazily on
 * first execution (decode once, run many times, as libriscv and QEMU do). A slot holds an engine
 * operation ({@link Op}), its packed register operands, its immediate, its length and how often it ran.
 * Execution counts per address are kept here so that every counter (by class, loads, stores, per
 * function) is derived after the run at no cost inside the loop.
 */
final class DecodedPage {

    static final int SLOTS = Memory.PAGE_SIZE / 2;

    /** Page base address. */
    final long base;
    /**
     * What the run loop reads: {@code op | rd << 8 | rs1 << 14 | rs2 << 19 | (length == 4) << 24}
     * ({@code rd} may be {@link Op#SINK}); {@link Op#UNDECODED} (0) until first execution.
     */
    final int[] enc = new int[SLOTS];
    /** {@link Op} constant; {@link Op#UNDECODED} until first execution. */
    final int[] op = new int[SLOTS];
    /** {@code rd | rs1 << 8 | rs2 << 16 | rs3 << 24 }, with the rounding mode in {@link #rm}. */
    final int[] regs = new int[SLOTS];
    /** The immediate (sign-extended), CSR number, or branch offset. */
    final long[] imm = new long[SLOTS];
    /** Instruction length in bytes, 2 or 4. */
    final byte[] len = new byte[SLOTS];
    /** Rounding-mode field of FP instructions. */
    final byte[] rm = new byte[SLOTS];
    /** The isa {@code Opcode} ordinal, for counters and fault reports. */
    final short[] opcode = new short[SLOTS];
    /** The raw instruction word, for fault reports. */
    final int[] word = new int[SLOTS];
    /** For loads from the GOT (recognized at decode): the GOT entry's address, else 0. */
    final long[] gotEntry = new long[SLOTS];
    /** Times each slot was executed. */
    final long[] hits = new long[SLOTS];

    DecodedPage(long base) {
        this.base = base;
    }

    /** The translation entered at each slot, or null; null until the page has its first translation. */
    Translation[] entries;
    /** Slots where translation was tried and refused (the instruction there cannot be translated). */
    boolean[] refused;
    /** The translations of this page. */
    List<Translation> translations;

    /** Makes room for translations. */
    void prepareEntries() {
        if (entries == null) {
            entries = new Translation[SLOTS];
            refused = new boolean[SLOTS];
            translations = new ArrayList<>();
        }
    }

    /** Drops the page's translations, their counts folded in; the code may be translated again. */
    void dropTranslations() {
        if (entries == null) {
            return;
        }
        for (Translation t : translations) {
            t.fold();
        }
        translations.clear();
        java.util.Arrays.fill(entries, null);
        java.util.Arrays.fill(refused, false);
    }
}
