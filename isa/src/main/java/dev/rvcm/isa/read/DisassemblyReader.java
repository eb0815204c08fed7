package dev.rvcm.isa.read;

import dev.rvcm.isa.Disassembler;
import dev.rvcm.isa.Extensions;
import dev.rvcm.isa.IsaRegions;
import dev.rvcm.isa.Opcode;
import dev.rvcm.isa.PrivilegedSpec;
import dev.rvcm.isa.RegionCursor;
import dev.rvcm.relocs.elf.ElfFile;
import dev.rvcm.relocs.elf.ObjectFileType;
import dev.rvcm.relocs.elf.RelocationTable;
import dev.rvcm.relocs.elf.Section;
import dev.rvcm.relocs.elf.SymbolTable;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks the code sections of one ELF file the way GNU objdump 2.40 {@code -d} (and {@code -r}) does,
 * handing each block label, instruction, data word, skipped run of zeros and relocation to a
 * {@link DisassemblyVisitor}:
 * <ul>
 *   <li>sections: every executable section with contents, or the named ones (any kind, as
 *       {@code objdump -j});</li>
 *   <li>labels: one per distinct symbol address of the section ({@link SymbolLabels});</li>
 *   <li>instruction or data, and the ISA, at each address: the mapping symbols ({@link IsaRegions},
 *       walked with a {@link RegionCursor} as every other code sweep walks them);
 *       data is shown in words of at most 4 bytes, cut at the next mapping symbol;</li>
 *   <li>runs of at least 8 zero bytes before the next label (cut to a multiple of 4 when more
 *       follows), and runs of 1 or 2 zero bytes ending a block, are skipped;</li>
 *   <li>the bytes of a block labelled by an object symbol are shown raw, 16 to a line;</li>
 *   <li>relocations of the section ({@code .rela<section>} linked to {@code .symtab}), in offset
 *       order, after the instruction whose bytes they patch;</li>
 *   <li>{@code <symbol>} after branch targets and {@code # address <symbol>} comments
 *       ({@link AddressComments}), named as objdump's find_symbol_for_address names them.</li>
 * </ul>
 * The walk allocates nothing per instruction.
 */
public final class DisassemblyReader {

    private static final int SKIP_ZEROES = 8;
    private static final int SKIP_ZEROES_AT_END = 3;
    private static final int SEQUENCE_BITS = 28;
    private static final int BYTES_PER_LINE = 16;

    private final ElfFile elf;
    private final boolean aliases;
    private final IsaRegions isa;
    private final SymbolLabels labels;
    /** binutils' HAS_RELOC: some section has relocations against .symtab. */
    private final boolean hasRelocations;
    /** objdump's {@code # address} comments, followed over the whole file as objdump does. */
    private final AddressComments comments;
    private final Map<Extensions, Disassembler> disassemblers = new HashMap<>();
    private final StringBuilder text = new StringBuilder(64);
    /** objdump's bytes_per_chunk, left over from the last instruction or data word of the file. */
    private int chunk = 1;

    /**
     * @param aliases {@code true} for objdump's default pseudo-instructions, {@code false} for
     *                {@code -M no-aliases}
     */
    public DisassemblyReader(ElfFile elf, boolean aliases) {
        this.elf = elf;
        this.aliases = aliases;
        this.isa = IsaRegions.of(elf);
        this.labels = SymbolLabels.of(elf);
        SymbolTable symtab = elf.symbolTable().orElse(null);
        boolean relocated = false;
        for (RelocationTable t : elf.relocationTables()) {
            relocated |= t.targetSectionIndex() != 0 && symtab != null && t.symbols().orElse(null) == symtab;
        }
        this.hasRelocations = relocated;
        SymbolLabels.Label gp = labels.named("__global_pointer$");
        this.comments = new AddressComments(aliases, gp != null, gp == null ? 0 : gp.value());
    }

    /**
     * Walks the sections.
     *
     * @param only        section names to disassemble (whatever their kind), or empty for every code section
     * @param listing     {@code true} for objdump's listing extras: relocations, {@code <symbol>} after
     *                    branch and jump targets and {@code # address <symbol>} comments in the text
     */
    public void accept(DisassemblyVisitor visitor, Set<String> only, boolean listing) {
        for (Section section : elf.sections()) {
            if (section.index() == 0 || section.noBits() || section.size() == 0) {
                continue;
            }
            if (only.isEmpty() ? section.executable() : only.contains(section.name())) {
                new SectionWalk(section, visitor, listing).run();
            }
        }
    }

    private Disassembler disassembler(Extensions extensions) {
        Disassembler d = disassemblers.get(extensions);
        if (d == null) {
            d = new Disassembler(extensions, aliases, PrivilegedSpec.of(elf));
            disassemblers.put(extensions, d);
        }
        return d;
    }

    /** The state of one section's walk. */
    private final class SectionWalk {
        private final Section section;
        private final DisassemblyVisitor visitor;
        private final ByteBuffer bytes;
        private final long vma;
        private final long size;
        private final IsaRegions.Regions regions;
        private final RegionCursor cursor;
        private Disassembler disassembler;
        private final boolean listing;
        // relocations in offset order: section-relative offsets, table and entry
        private long[] relocationOffsets = new long[0];
        private RelocationTable[] relocationTables = new RelocationTable[0];
        private int[] relocationEntries = new int[0];
        private int nextRelocation;

        SectionWalk(Section section, DisassemblyVisitor visitor, boolean listing) {
            this.section = section;
            this.visitor = visitor;
            this.bytes = elf.contents(section);
            this.vma = section.address();
            this.size = bytes.remaining();
            this.regions = isa.section(section.index());
            this.cursor = regions.cursor(section.executable());
            this.disassembler = disassembler(isa.fileDefault());
            this.listing = listing;
            if (listing) {
                collectRelocations();
            }
        }

        void run() {
            visitor.visitSection(section);
            SymbolLabels.Label[] candidates = labels.section(section.index());
            int place = candidates.length > 0 ? 0 : -1;
            long offset = 0;
            while (offset < size) {
                long address = vma + offset;
                SymbolLabels.Label symbol = place >= 0 ? candidates[place] : null;
                if (symbol == null) {
                    visitor.visitLabel(address, section.name(), offset);
                } else {
                    visitor.visitLabel(address, symbol.name(), address - symbol.value());
                }
                int next;
                long stop;
                if (symbol == null) {
                    next = -1;
                    stop = size;
                } else if (Long.compareUnsigned(symbol.value(), address) > 0) {
                    next = place;
                    stop = symbol.value() - vma;
                } else {
                    next = place + 1;
                    while (next < candidates.length && candidates[next].value() == symbol.value()) {
                        next++;
                    }
                    if (next >= candidates.length) {
                        next = -1;
                        stop = size;
                    } else {
                        stop = candidates[next].value() - vma;
                    }
                }
                if (Long.compareUnsigned(stop, size) > 0 || Long.compareUnsigned(stop, offset) <= 0) {
                    stop = size;
                }
                boolean instructions = symbol == null || Long.compareUnsigned(symbol.value(), address) > 0
                        || !symbol.dataObject();
                block(offset, stop, instructions);
                offset = stop;
                place = next;
            }
            visitor.visitSectionEnd(section);
        }

        /** objdump's disassemble_bytes: one labelled block. */
        private void block(long from, long to, boolean instructions) {
            int end = (int) to;
            int offset = (int) from;
            while (offset < end) {
                int zeros = offset;
                while (zeros < end && bytes.get(zeros) == 0) {
                    zeros++;
                }
                int length;
                if (zeros - offset >= SKIP_ZEROES || (zeros == end && zeros - offset < SKIP_ZEROES_AT_END)) {
                    if (zeros != end) {
                        zeros = offset + ((zeros - offset) & ~3);
                    }
                    length = zeros - offset;
                    visitor.visitZeros(vma + offset, length);
                } else if (!instructions) {
                    length = Math.min(BYTES_PER_LINE, end - offset);
                    int groups = (length + chunk - 1) / chunk;
                    while (groups > 0 && offset + groups * chunk > end) {
                        groups--;
                    }
                    visitor.visitBytes(vma + offset, bytes, offset, length, chunk, groups);
                } else {
                    long address = vma + offset;
                    boolean data = atData(address);
                    if (data) {
                        length = dataLength(address, offset, end);
                        long value = read(offset, length);
                        text.setLength(0);
                        appendData(text, length, value);
                        visitor.visitData(address, length, value, text);
                        chunk = length;
                    } else {
                        if (offset + 2 > end) {
                            break; // objdump cannot read past the next label either
                        }
                        int parcel = Short.toUnsignedInt(bytes.getShort(offset));
                        length = instructionLength(parcel);
                        if (offset + length > end) {
                            break;
                        }
                        long encoding = read(offset, length);
                        text.setLength(0);
                        if (length == 2 && (parcel & 3) == 3) {
                            text.append(".2byte\t0x").append(Integer.toHexString(parcel));
                        } else if (length <= 4) {
                            disassembler.append(text, (int) encoding, address);
                            if (listing) {
                                int word = (int) encoding;
                                if (disassembler.hasTarget(word)) {
                                    annotate(disassembler.target(word, address));
                                }
                                Opcode op = disassembler.decoder().opcode(word);
                                if (op != Opcode.UNKNOWN && comments.follow(op, word, address)) {
                                    text.append(" # ").append(Long.toHexString(comments.address()));
                                    annotate(comments.address());
                                }
                            }
                        } else {
                            appendLong(text, length, encoding, offset);
                        }
                        visitor.visitInstruction(address, length, encoding, text);
                        chunk = length % 4 == 0 ? 4 : 2;
                    }
                }
                offset += length;
                relocationsBefore(offset);
            }
        }

        /** objdump's {@code " <symbol+0x4>"} after a branch or jump target. */
        private void annotate(long target) {
            boolean inSection = hasRelocations && Long.compareUnsigned(target - vma, size) < 0;
            SymbolLabels.Label symbol = labels.nameFor(target, section.index(), inSection);
            text.append(" <");
            long offset;
            long base;
            if (symbol == null) {
                text.append(section.name());
                base = vma;
            } else {
                text.append(symbol.name());
                base = symbol.value();
            }
            boolean noOffset = symbol != null && labels.undefined(symbol) && elf.header().type() != ObjectFileType.REL;
            if (noOffset || base == target) {
                // objdump shows no offset from an undefined symbol of an executable or shared object
            } else if (Long.compareUnsigned(base, target) > 0) {
                text.append("-0x").append(Long.toHexString(base - target));
            } else {
                text.append("+0x").append(Long.toHexString(target - base));
            }
            text.append('>');
        }

        /** Moves the region cursor to {@code address} and says whether it is data; sets the disassembler. */
        private boolean atData(long address) {
            if (cursor.moveTo(address)) {
                int region = cursor.region();
                disassembler = disassembler(region < 0 ? isa.fileDefault() : regions.extensions(region));
            }
            return cursor.data();
        }

        /** objdump's riscv_data_length: a word, cut at the next mapping symbol or the section end; 3 → 2. */
        private int dataLength(long address, int offset, int end) {
            long length = 4;
            long next = cursor.end();
            if (next != -1) {
                length = Math.min(length, next - address);
            } else {
                length = Math.min(length, size - offset);
            }
            length = Math.min(length, end - offset);
            return length == 3 ? 2 : (int) Math.max(1, length);
        }

        private long read(int offset, int length) {
            return switch (length) {
                case 1 -> Byte.toUnsignedLong(bytes.get(offset));
                case 2 -> Short.toUnsignedLong(bytes.getShort(offset));
                case 4 -> Integer.toUnsignedLong(bytes.getInt(offset));
                case 8 -> bytes.getLong(offset);
                default -> {
                    long v = 0;
                    for (int i = length - 1; i >= 0; i--) {
                        v = v << 8 | Byte.toUnsignedLong(bytes.get(offset + i));
                    }
                    yield v;
                }
            };
        }

        /** 48- and 64-bit encodings, which no extension here defines: objdump's raw forms. */
        private void appendLong(StringBuilder out, int length, long encoding, int offset) {
            if (length == 8) {
                out.append(".8byte\t0x").append(Long.toHexString(encoding));
                return;
            }
            out.append(".byte\t");
            for (int i = 0; i < length; i++) {
                if (i > 0) {
                    out.append(", ");
                }
                int b = Byte.toUnsignedInt(bytes.get(offset + i));
                out.append("0x").append(Character.forDigit(b >>> 4, 16)).append(Character.forDigit(b & 15, 16));
            }
        }

        private void relocationsBefore(long offset) {
            while (nextRelocation < relocationOffsets.length && relocationOffsets[nextRelocation] < offset) {
                RelocationTable table = relocationTables[nextRelocation];
                int entry = relocationEntries[nextRelocation];
                String symbol = table.symbolIndex(entry) == 0 ? "*ABS*" : table.symbolName(entry);
                if (symbol.isEmpty()) {
                    symbol = "*unknown*";
                }
                visitor.visitRelocation(relocationOffsets[nextRelocation] + relocationBase(), table.typeNumber(entry),
                        symbol, table.addend(entry));
                nextRelocation++;
            }
        }

        /** What r_offset is relative to: the section in a relocatable object, address 0 otherwise. */
        private long relocationBase() {
            return elf.header().type() == ObjectFileType.REL ? 0 : vma;
        }

        private void collectRelocations() {
            SymbolTable symtab = elf.symbolTable().orElse(null);
            List<RelocationTable> tables = new ArrayList<>();
            int total = 0;
            for (RelocationTable t : elf.relocationTables()) {
                if (t.targetSectionIndex() == section.index() && symtab != null
                        && t.symbols().isPresent() && t.symbols().get() == symtab) {
                    tables.add(t);
                    total += t.count();
                }
            }
            if (total == 0) {
                return;
            }
            long base = relocationBase();
            long[] keys = new long[total];
            RelocationTable[] byOrder = new RelocationTable[total];
            int[] entries = new int[total];
            int k = 0;
            boolean sorted = true;
            long last = Long.MIN_VALUE;
            for (RelocationTable t : tables) {
                for (int i = 0, n = t.count(); i < n; i++) {
                    long offset = t.offset(i) - base;
                    sorted &= offset >= last;
                    last = offset;
                    keys[k] = offset;
                    byOrder[k] = t;
                    entries[k] = i;
                    k++;
                }
            }
            if (!sorted) {
                long[] order = new long[total];
                for (int i = 0; i < total; i++) {
                    long offset = keys[i];
                    if (offset < 0 || offset >= 1L << (63 - SEQUENCE_BITS) || total >= 1 << SEQUENCE_BITS) {
                        offset = Long.MAX_VALUE >>> SEQUENCE_BITS; // out of the section: never shown
                    }
                    order[i] = offset << SEQUENCE_BITS | i;
                }
                Arrays.sort(order);
                long[] sortedKeys = new long[total];
                RelocationTable[] sortedTables = new RelocationTable[total];
                int[] sortedEntries = new int[total];
                for (int i = 0; i < total; i++) {
                    int from = (int) (order[i] & ((1L << SEQUENCE_BITS) - 1));
                    sortedKeys[i] = keys[from];
                    sortedTables[i] = byOrder[from];
                    sortedEntries[i] = entries[from];
                }
                keys = sortedKeys;
                byOrder = sortedTables;
                entries = sortedEntries;
            }
            relocationOffsets = keys;
            relocationTables = byOrder;
            relocationEntries = entries;
        }
    }

    /** objdump's riscv_insn_length. */
    static int instructionLength(int parcel) {
        if ((parcel & 3) != 3) {
            return 2;
        }
        if ((parcel & 0x1f) != 0x1f) {
            return 4;
        }
        if ((parcel & 0x3f) == 0x1f) {
            return 6;
        }
        if ((parcel & 0x7f) == 0x3f) {
            return 8;
        }
        return 2; // longer encodings: objdump shows two bytes at a time
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** objdump's riscv_disassemble_data: {@code .byte 0x12}, {@code .short 0x1234}, {@code .word 0x12345678}. */
    static void appendData(StringBuilder out, int length, long value) {
        out.append(switch (length) {
            case 1 -> ".byte\t0x";
            case 2 -> ".short\t0x";
            case 4 -> ".word\t0x";
            default -> ".dword\t0x";
        });
        for (int shift = length * 8 - 4; shift >= 0; shift -= 4) {
            out.append(HEX[(int) (value >>> shift) & 15]);
        }
    }
}
