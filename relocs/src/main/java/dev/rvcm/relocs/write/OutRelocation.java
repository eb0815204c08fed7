package dev.rvcm.relocs.write;

/**
 * One relocation of an object being written.
 *
 * @param offset r_offset in the patched section
 * @param type the R_RISCV_* number
 * @param symbol the index of the symbol in the object's symbol list, 0 for none
 * @param addend r_addend
 */
public record OutRelocation(long offset, int type, int symbol, long addend) {
}
