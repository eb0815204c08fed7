/**
 * {@code rvcm disasm}: the two renderers of the objdump-style reading
 * ({@link dev.rvcm.isa.read.DisassemblyReader}), objdump's text with relocations interleaved
 * ({@link dev.rvcm.reports.disasm.DisasmTextRenderer}) and JSON
 * ({@link dev.rvcm.reports.disasm.DisasmJsonRenderer}); each is a
 * {@link dev.rvcm.isa.read.DisassemblyVisitor}.
 */
package dev.rvcm.reports.disasm;
