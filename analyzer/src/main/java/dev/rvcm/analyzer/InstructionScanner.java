package dev.rvcm.analyzer;

import dev.rvcm.isa.Decoder;
import dev.rvcm.isa.Extensions;
import dev.rvcm.isa.Immediates;
import dev.rvcm.isa.IsaRegions;
import dev.rvcm.isa.Kind;
import dev.rvcm.isa.Opcode;
import dev.rvcm.isa.RegionCursor;
import dev.rvcm.isa.RegisterAccess;
import dev.rvcm.isa.UpperValues;
import dev.rvcm.relocs.elf.ElfFile;
import dev.rvcm.relocs.elf.ObjectFileType;
import dev.rvcm.relocs.elf.Section;
import dev.rvcm.relocs.elf.Segment;
import dev.rvcm.relocs.elf.SymbolTable;
import java.nio.ByteBuffer;

/**
 * Finds the code accesses of a file from its instructions alone, for linked images without
 * relocation sections and to cross-check the relocation-based scan. In a relocatable object the
 * link has not filled in the pairs yet: an access has a kind and a place (section offset) but no
 * target, and a lui pair is an access when its upper immediate is still 0. A linear sweep over each
 * executable section's code regions follows every {@code auipc}/{@code lui}/{@code c.lui} to its
 * first user ({@code addi}, a load, a store, {@code jalr}), which makes the access; the register's
 * upper value ({@link UpperValues}) lives until it is overwritten, or in a caller-saved register
 * until a call or jump, and no value lives across data in code or a {@code c.jr}. A
 * lui-based value is an access only when it points into the image, its end included (otherwise it
 * is a constant).
 * Loads, stores and {@code addi} based on {@code gp} are gp-relative (resolved with
 * {@code __global_pointer$}), on {@code tp} TLS when the image has a PT_TLS segment (the kernel
 * keeps {@code current} in tp); {@code jal}, {@code c.j} calls; branches branches. Pointer words
 * in data cannot be seen this way.
 */
public final class InstructionScanner {
    private static final int GP = 3;
    private static final int TP = 4;

    private final ElfFile elf;
    private final boolean linked;
    private final Accesses.Builder accesses = new Accesses.Builder();
    private final SymbolsByAddress names;
    private final long globalPointer;
    private final Section got;
    private final boolean hasTls;
    private final long imageStart;
    private final long imageEnd;
    private final UpperValues uppers = new UpperValues();

    private InstructionScanner(ElfFile elf) {
        this.elf = elf;
        this.linked = elf.header().type() != ObjectFileType.REL;
        this.names = SymbolsByAddress.of(elf);
        this.globalPointer = globalPointer(elf);
        this.got = elf.section(".got").orElse(null);
        this.hasTls = elf.segments().stream().anyMatch(s -> s.type() == Segment.PT_TLS);
        long start = -1;
        long end = 0;
        for (Segment s : elf.segments()) {
            if (s.type() == Segment.PT_LOAD) {
                start = Long.compareUnsigned(s.virtualAddress(), start) < 0 ? s.virtualAddress() : start;
                long last = s.virtualAddress() + s.memorySize();
                end = Long.compareUnsigned(last, end) > 0 ? last : end;
            }
        }
        this.imageStart = start;
        this.imageEnd = end;
    }

    /** Every code access of a file, found from instructions. */
    public static Accesses scan(ElfFile elf) {
        InstructionScanner scanner = new InstructionScanner(elf);
        IsaRegions regions = IsaRegions.of(elf);
        for (Section section : elf.sections()) {
            if (section.executable() && section.allocated() && !section.noBits()) {
                scanner.scanSection(section, regions.section(section.index()));
            }
        }
        return scanner.accesses.build();
    }

    private void scanSection(Section section, IsaRegions.Regions regions) {
        ByteBuffer code = elf.contents(section);
        Decoder decoder = new Decoder(Extensions.ALL);
        long base = section.address();
        uppers.forgetAll();
        int at = 0;
        int size = code.limit();
        RegionCursor cursor = regions.cursor(true);
        while (at + 2 <= size) {
            long pc = base + at;
            cursor.moveTo(pc);
            if (cursor.data()) {
                long end = cursor.end();
                at = end == -1 ? size : (int) Math.max(at + 1, end - base);
                uppers.forgetAll();
                continue;
            }
            int parcel = Short.toUnsignedInt(code.getShort(at));
            int length = Decoder.length(parcel);
            if (length != 2 && at + 4 > size) {
                break;
            }
            int word = length == 2 ? parcel : code.getInt(at);
            step(section.index(), pc, decoder.opcode(word), word);
            at += length == 2 ? 2 : 4;
        }
    }

    private void step(int section, long pc, Opcode op, int word) {
        int rs1 = (word >>> 15) & 31;
        switch (op) {
            case ADDI, ADDIW -> use(section, pc, rs1, Immediates.iImm(word), false, false);
            case JALR -> use(section, pc, rs1, Immediates.iImm(word), false, true);
            case JAL -> add(AccessKind.CALL, section, pc, pc + Immediates.jImm(word));
            case C_J -> add(AccessKind.CALL, section, pc, pc + Immediates.cjImm(word));
            case C_BEQZ, C_BNEZ -> add(AccessKind.BRANCH, section, pc, pc + Immediates.cbImm(word));
            default -> {
                Kind kind = op.kind();
                if (kind == Kind.BRANCH) {
                    add(AccessKind.BRANCH, section, pc, pc + Immediates.bImm(word));
                } else if ((kind == Kind.LOAD || kind == Kind.FP_LOAD) && op.length() == 4) {
                    use(section, pc, rs1, Immediates.iImm(word), op == Opcode.LD, false);
                } else if ((kind == Kind.STORE || kind == Kind.FP_STORE) && op.length() == 4) {
                    use(section, pc, rs1, Immediates.sImm(word), false, false);
                }
            }
        }
        uppers.follow(op, word, pc);
        if (op == Opcode.C_JR) {
            uppers.forgetAll();
        } else if (op.kind() == Kind.JUMP) {
            leave();
        }
    }

    /** An instruction using {@code base + offset}: completes a pending upper value, or is gp/tp-relative. */
    private void use(int section, long pc, int base, int offset, boolean doubleword, boolean jump) {
        if (base != 0 && uppers.has(base)) {
            long target = uppers.value(base) + offset;
            AccessKind kind;
            if (!uppers.pcRelative(base)) {
                kind = (linked ? inImage(target) : uppers.value(base) == 0) ? AccessKind.ABSOLUTE : null;
            } else if (jump) {
                kind = AccessKind.CALL;
            } else if (doubleword && got != null && Long.compareUnsigned(target - got.address(), got.size()) < 0) {
                kind = AccessKind.GOT;
            } else {
                kind = AccessKind.PC_RELATIVE;
            }
            if (kind != null) {
                add(kind, section, uppers.place(base), target);
            }
            uppers.forget(base);
        } else if (base == GP && globalPointer != 0) {
            add(AccessKind.GP_RELATIVE, section, pc, globalPointer + offset);
        } else if (base == TP && hasTls) {
            add(AccessKind.TLS, section, pc, offset);
        }
    }

    /** True for an address from the image's first loaded byte to one past its last (end symbols). */
    private boolean inImage(long address) {
        return Long.compareUnsigned(address, imageStart) >= 0 && Long.compareUnsigned(address, imageEnd) <= 0;
    }

    private void add(AccessKind kind, int section, long place, long target) {
        if (!linked) {
            accesses.add(kind, section, place, 0, 0, Accesses.NO_RELOCATION, null, 0, 0);
            return;
        }
        SymbolTable table = names.table();
        int symbol = kind == AccessKind.TLS ? 0 : names.symbolAt(target);
        long addend = symbol == 0 ? target : target - table.value(symbol);
        int flags = Accesses.RESOLVED | Accesses.DEFINED;
        accesses.add(kind, section, place, target, flags, Accesses.NO_RELOCATION, table, symbol, addend);
    }

    /**
     * Control leaves through a call or a jump. The callee may change the caller-saved registers;
     * s0-s11 keep their upper values across a call, and across a jump too, because compilers hoist
     * an address into a saved register and then jump into the loop that uses it.
     */
    private void leave() {
        uppers.forget(RegisterAccess.CALLER_SAVED);
    }

    private static long globalPointer(ElfFile elf) {
        return elf.symbolTable().map(symbols -> {
            for (int i = 1; i < symbols.count(); i++) {
                if (!symbols.unnamed(i) && symbols.name(i).equals("__global_pointer$")) {
                    return symbols.value(i);
                }
            }
            return 0L;
        }).orElse(0L);
    }
}
