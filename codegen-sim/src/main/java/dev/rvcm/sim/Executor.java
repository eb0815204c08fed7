package dev.rvcm.sim;

import dev.rvcm.isa.Extension;
import dev.rvcm.isa.Field;
import dev.rvcm.isa.Kind;
import dev.rvcm.isa.Opcode;
import dev.rvcm.isa.RegisterFile;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the engine executes one base instruction (compressed ones execute as the instruction they
 * expand to, {@link Opcode#base()}): the one place its semantics live, which the interpreter and the
 * translator both call. For most instructions that is a static method named after the instruction in
 * {@link IntegerOps}, {@link BitOps}, {@link MemoryOps} or {@link FloatOps}; its parameters follow from
 * the opcode table: the {@link Fpu} for F and D, then one {@code long} per source register the table
 * names ({@link Opcode#source}), then the immediate, then the rounding mode for instructions with an
 * {@code rm} field. Instructions that need the hart's own state (atomics and their reservation,
 * CSRs, traps, system calls, {@code fence.i}, {@code cbo.zero}) are {@link Form#HART}: the hart's slow
 * path executes them, and translated code leaves them to it.
 *
 * @param base   the base instruction
 * @param form   what kind of executor it is
 * @param owner  the class of its semantics method (null for {@link Form#NOP} and {@link Form#HART})
 * @param method the semantics method's name
 * @param type   the semantics method's type
 */
record Executor(Opcode base, Form form, Class<?> owner, String method, MethodType type) {

    /** The kinds of executor. */
    enum Form {
        /** {@code rd ← method(operands)}: integer, bit-manipulation and floating-point computation. */
        COMPUTE,
        /** {@code rd ← method(memory, rs1 + offset)}. */
        LOAD,
        /** {@code method(memory, rs1 + offset, rs2)}. */
        STORE,
        /** {@code taken ← method(rs1, rs2)}; the target is {@code pc + offset}. */
        BRANCH,
        /** {@code rd ← pc + length; pc ← method(pc or rs1, offset)}. */
        JUMP,
        /** No architectural effect here: fences of one hart, cache-block hints and prefetches. */
        NOP,
        /** Executed by the hart's slow path; see the class comment. */
        HART
    }

    private static final Map<Opcode, Executor> TABLE = build();

    /** The executor of {@code opcode}, compressed or not ({@link Opcode#UNKNOWN}: {@link Form#HART}, illegal). */
    static Executor of(Opcode opcode) {
        return TABLE.get(opcode.base());
    }

    private static Map<Opcode, Executor> build() {
        Map<Opcode, Executor> table = new EnumMap<>(Opcode.class);
        for (Opcode o : Opcode.values()) {
            if (o.base() == o) {
                table.put(o, derive(o));
            }
        }
        return table;
    }

    private static Executor derive(Opcode o) {
        Form form = form(o);
        return switch (form) {
            case NOP, HART -> new Executor(o, form, null, null, null);
            case LOAD -> new Executor(o, form, MemoryOps.class, name(o),
                    MethodType.methodType(long.class, Memory.class, long.class));
            case STORE -> new Executor(o, form, MemoryOps.class, name(o),
                    MethodType.methodType(void.class, Memory.class, long.class, long.class));
            case BRANCH -> new Executor(o, form, IntegerOps.class, name(o),
                    MethodType.methodType(boolean.class, long.class, long.class));
            case JUMP -> new Executor(o, form, IntegerOps.class, name(o),
                    MethodType.methodType(long.class, long.class, long.class));
            case COMPUTE -> {
                List<Class<?>> params = new ArrayList<>();
                if (o.kind() == Kind.FP) {
                    params.add(Fpu.class);
                }
                if (o == Opcode.AUIPC) {
                    params.add(long.class); // the pc
                }
                for (Field source : new Field[] {Field.RS1, Field.RS2, Field.RS3}) {
                    if (o.source(source) != RegisterFile.NONE) {
                        params.add(long.class);
                    }
                }
                if (immediate(o) != null) {
                    params.add(long.class);
                }
                if (List.of(o.fields()).contains(Field.RM)) {
                    params.add(int.class);
                }
                Class<?> owner = o.kind() == Kind.FP ? FloatOps.class
                        : o.extension() == Extension.ZBA || o.extension() == Extension.ZBB || o.extension() == Extension.ZBS
                        ? BitOps.class : IntegerOps.class;
                yield new Executor(o, form, owner, name(o), MethodType.methodType(long.class, params));
            }
        };
    }

    private static Form form(Opcode o) {
        return switch (o.kind()) {
            case ALU, UPPER_IMMEDIATE, MUL_DIV, FP -> Form.COMPUTE;
            case LOAD, FP_LOAD -> Form.LOAD;
            case STORE, FP_STORE -> Form.STORE;
            case BRANCH -> Form.BRANCH;
            case JUMP -> Form.JUMP;
            case FENCE -> o == Opcode.FENCE_I ? Form.HART : Form.NOP;
            case CACHE -> o == Opcode.CBO_ZERO ? Form.HART : Form.NOP;
            case AMO, CSR, SYSTEM, UNKNOWN -> Form.HART;
        };
    }

    /** The immediate operand field of a computational instruction, or null. */
    static Field immediate(Opcode o) {
        for (Field f : o.fields()) {
            switch (f) {
                case I_IMM, U_IMM, SHAMT, SHAMTW -> {
                    return f;
                }
                default -> {
                }
            }
        }
        return null;
    }

    /** {@code FCVT_W_S} → {@code fcvtWS}, {@code SH1ADD_UW} → {@code sh1addUw}. */
    private static String name(Opcode o) {
        String[] parts = o.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i], 1, parts[i].length());
        }
        return sb.toString();
    }
}
