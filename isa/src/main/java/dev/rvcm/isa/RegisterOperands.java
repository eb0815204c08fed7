package dev.rvcm.isa;

/**
 * Which register file each register field of a base instruction names, read from its operand template
 * ({@link Syntax}: {@code d s t} integer, {@code D S T R} floating point; {@code Z}, the CSR immediate,
 * is no register). Compressed entries answer for the base instruction they expand to. One table,
 * built once; used through {@link Opcode#destination()} and {@link Opcode#source(Field)}.
 */
final class RegisterOperands {

    private static final int RD = 0, RS1 = 1, RS2 = 2, RS3 = 3;
    private static final RegisterFile[][] FILES = build();

    private RegisterOperands() {
    }

    static RegisterFile of(Opcode o, int slot) {
        return FILES[o.base().ordinal()][slot];
    }

    static RegisterFile destination(Opcode o) {
        return of(o, RD);
    }

    static RegisterFile source(Opcode o, Field field) {
        return switch (field) {
            case RS1 -> of(o, RS1);
            case RS2 -> of(o, RS2);
            case RS3 -> of(o, RS3);
            default -> throw new IllegalArgumentException(field + " is not a source register field (RS1, RS2, RS3)");
        };
    }

    private static RegisterFile[][] build() {
        Opcode[] all = Opcode.values();
        RegisterFile[][] files = new RegisterFile[all.length][];
        for (Opcode o : all) {
            RegisterFile[] f = {RegisterFile.NONE, RegisterFile.NONE, RegisterFile.NONE, RegisterFile.NONE};
            for (char token : o.syntax().toCharArray()) {
                switch (token) {
                    case 'd' -> f[RD] = RegisterFile.X;
                    case 'D' -> f[RD] = RegisterFile.F;
                    case 's' -> f[RS1] = RegisterFile.X;
                    case 'S' -> f[RS1] = RegisterFile.F;
                    case 't' -> f[RS2] = RegisterFile.X;
                    case 'T' -> f[RS2] = RegisterFile.F;
                    case 'R' -> f[RS3] = RegisterFile.F;
                    default -> {
                    }
                }
            }
            files[o.ordinal()] = f;
        }
        return files;
    }
}
