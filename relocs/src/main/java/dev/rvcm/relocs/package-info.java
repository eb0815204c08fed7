/**
 * The relocs module: reading RISC-V ELF files exactly right. {@link dev.rvcm.relocs.Inputs} opens
 * files and archives; {@link dev.rvcm.relocs.elf} holds the immutable ELF model and its reader;
 * {@link dev.rvcm.relocs.ar} the archive reader; {@link dev.rvcm.relocs.riscv} the
 * {@code R_RISCV_*} catalogue. The Kaitai classes generated from {@code src/main/ksy} live in
 * {@code dev.rvcm.relocs.kaitai} and never appear in this module's public API.
 *
 * <p>May use: the Kaitai runtime, Eclipse Collections, the JDK. May not use any other rvcm module.
 */
package dev.rvcm.relocs;
