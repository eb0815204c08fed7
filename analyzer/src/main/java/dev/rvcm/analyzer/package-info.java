/**
 * The analyzer: finds every access a file makes ({@link dev.rvcm.analyzer.AccessScanner}, from
 * relocations), classifies it ({@link dev.rvcm.analyzer.AccessKind}), measures its reach
 * ({@link dev.rvcm.analyzer.Reach}), infers the code model ({@link dev.rvcm.analyzer.ModelInference})
 * and gives the semi-PIC verdict ({@link dev.rvcm.analyzer.SemiPicVerdict}); {@link dev.rvcm.analyzer.Audit}
 * puts them together for one file. May use relocs and isa; never codegen-sim, reports or cli.
 */
package dev.rvcm.analyzer;
