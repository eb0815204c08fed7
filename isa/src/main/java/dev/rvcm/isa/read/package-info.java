/**
 * Reading a linked or relocatable ELF file's code the way GNU objdump 2.40 {@code -d} does, apart
 * from how it is shown: {@link dev.rvcm.isa.read.DisassemblyReader} decides where blocks start and
 * which symbol labels them, what is instruction or data and which ISA applies
 * ({@link dev.rvcm.isa.IsaRegions}), which relocations follow which instruction and which address an
 * instruction's {@code # address} comment names, and hands each to a
 * {@link dev.rvcm.isa.read.DisassemblyVisitor}. The renderers (objdump text, JSON) are visitors in
 * {@code dev.rvcm.reports.disasm}; a test or another tool may read the same events.
 *
 * <p>Dependencies: like all of {@code dev.rvcm.isa}, only {@code dev.rvcm.relocs} and the JDK.
 */
package dev.rvcm.isa.read;
