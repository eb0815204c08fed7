package dev.rvcm.relocs.elf;

/** Names of common e_machine values, so that a refusal says what the file is. */
final class Machines {
    private Machines() {
    }

    static String name(int machine) {
        return switch (machine) {
            case 0 -> "no machine";
            case 3 -> "Intel 80386";
            case 8 -> "MIPS";
            case 20 -> "PowerPC";
            case 21 -> "PowerPC64";
            case 22 -> "IBM S/390";
            case 40 -> "ARM";
            case 62 -> "x86-64";
            case 183 -> "AArch64";
            case 243 -> "RISC-V";
            case 247 -> "Linux BPF";
            case 258 -> "LoongArch";
            default -> "unknown machine";
        };
    }
}
