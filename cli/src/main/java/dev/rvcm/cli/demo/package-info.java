/**
 * {@code rvcm demo}'s inputs: the corpus benchmarks bundled in the jar ({@code corpus/demo/benchmarks.tar.xz},
 * made by {@code corpus/make-demo.sh}) — their objects in each code model and the programs linked from them —
 * unpacked, and turned into the variants each benchmark is compared in. May use every rvcm module.
 */
package dev.rvcm.cli.demo;
