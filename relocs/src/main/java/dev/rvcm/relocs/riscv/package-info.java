/**
 * The {@code R_RISCV_*} relocation catalogue of the RISC-V ELF psABI, with binutils' internal
 * numbers; unknown numbers are kept as {@link dev.rvcm.relocs.riscv.RelocationType.Unknown}.
 */
package dev.rvcm.relocs.riscv;
