/**
 * The RV64 instruction set.
 *
 * <p>One opcode table, {@link dev.rvcm.isa.Opcode} (match/mask, format, kind, extension, operand
 * fields), drives decoding ({@link dev.rvcm.isa.Decoder}, allocation-free), encoding
 * ({@link dev.rvcm.isa.Opcode#encode(int...)}, with the named immediate encoders of
 * {@link dev.rvcm.isa.Immediates} and the operand {@link dev.rvcm.isa.Field}s) and disassembly in
 * GNU objdump 2.40 syntax, with or without pseudo-instructions ({@link dev.rvcm.isa.Disassembler}).
 * Which instructions exist is decided by a set of enabled {@link dev.rvcm.isa.Extensions}, parsed from
 * an ISA string as objdump does; {@link dev.rvcm.isa.IsaRegions} says which set applies where in a
 * file, and what is data in code, from its mapping symbols and {@code Tag_RISCV_arch}; every sweep
 * over a section's code (the disassembler, the IR reader, the analyzer's instruction scanner) walks
 * its regions with a {@link dev.rvcm.isa.RegionCursor}. {@link dev.rvcm.isa.UpperValues} follows what
 * {@code auipc}/{@code lui}/{@code c.lui} put in each register for those that pair them with their users.
 *
 * <p>Covered: RV64I, M, A, F, D, C (every RV64 compressed form, HINTs and reserved encodings
 * included), Zicsr, Zifencei, Zba, Zbb, Zbs, Zicbom, Zicboz, Zicbop, Zihintpause and the privileged
 * instructions. Any other word decodes to {@link dev.rvcm.isa.Opcode#UNKNOWN}, which keeps its raw
 * bits and prints as {@code .2byte}/{@code .4byte}. Encodings longer than 32 bits are not handled.
 *
 * <p>Subpackages: {@code dev.rvcm.isa.ir}, the IR of code sections and the object ⇄ IR bridge;
 * {@code dev.rvcm.isa.read}, objdump-style reading of a file's code, apart from its rendering.
 *
 * <p>Dependencies: this package may use {@code dev.rvcm.relocs} and the JDK; it must never use
 * {@code dev.rvcm.analyzer}, {@code dev.rvcm.sim}, {@code dev.rvcm.reports} or {@code dev.rvcm.cli}
 * (checked by {@code DependencyRuleTest}).
 */
package dev.rvcm.isa;
