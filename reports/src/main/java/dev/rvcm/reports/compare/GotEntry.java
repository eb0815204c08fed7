package dev.rvcm.reports.compare;

/**
 * One 8-byte entry of a linked image's {@code .got}.
 *
 * @param address the entry's address
 * @param value the address (or TLS offset) the linker put in it
 * @param symbol the symbol at {@code value}, or {@code value} in hex when none is
 * @param sites the code accesses that load this entry (auipc+ld pairs)
 */
public record GotEntry(long address, long value, String symbol, long sites) {
}
