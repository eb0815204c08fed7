/**
 * {@code rvcm disasm}: a walk over an ELF file's code sections that decides, as GNU objdump 2.40
 * does, where blocks start, what is instruction or data and which ISA applies
 * ({@link dev.rvcm.reports.disasm.DisassemblyReader} driving a
 * {@link dev.rvcm.reports.disasm.DisassemblyVisitor}), and its two renderers: objdump-style text with
 * relocations interleaved, and JSON.
 */
package dev.rvcm.reports.disasm;
