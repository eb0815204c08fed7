package dev.rvcm.analyzer;

import java.util.List;

/**
 * lui-absolute code accesses of a linked file to undefined weak symbols. A link that finds no definition
 * resolves them to 0 (binutils writes {@code li rd,0}, the lui relaxed away): address 0 does not
 * move with the image, so they are no relocation blockers, and the kernel's {@code __start_BTF},
 * {@code __stop_BTF} and {@code efi_arch_tables} are such. In an object they are not counted here:
 * the link may still define them (the kernel's {@code kallsyms_*}).
 *
 * @param count how many accesses
 * @param symbols the symbols reached, in the order first met
 */
public record UndefinedWeakAccesses(long count, List<String> symbols) {
    public static final UndefinedWeakAccesses NONE = new UndefinedWeakAccesses(0, List.of());

    public UndefinedWeakAccesses {
        symbols = List.copyOf(symbols);
    }
}
