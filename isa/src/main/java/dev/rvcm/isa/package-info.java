/**
 * The RV64 instruction set: one opcode table ({@link dev.rvcm.isa.Opcode}) that drives decoding
 * ({@link dev.rvcm.isa.Decoder}), encoding ({@link dev.rvcm.isa.Opcode#encode(int...)}) and
 * disassembly in GNU objdump 2.40 syntax ({@link dev.rvcm.isa.Disassembler}).
 *
 * <p>Covered: RV64I, M, A, F, D, C (every RV64 compressed form, HINTs included), Zicsr, Zifencei,
 * Zba, Zbb, Zbs, Zicbom, Zicboz, Zicbop, Zihintpause and the privileged instructions. Any other bit
 * pattern decodes to {@link dev.rvcm.isa.Opcode#UNKNOWN}, which keeps its raw bits.
 *
 * <p>Later this package also holds the IR (visitor, tree, labels, symbol references) and the
 * object ⇄ IR bridge.
 *
 * <p>Dependencies: this package may use {@code dev.rvcm.relocs} and the JDK; it must never use
 * {@code dev.rvcm.analyzer}, {@code dev.rvcm.sim}, {@code dev.rvcm.reports} or {@code dev.rvcm.cli}.
 */
package dev.rvcm.isa;
