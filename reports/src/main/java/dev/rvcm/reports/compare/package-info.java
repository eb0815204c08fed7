/**
 * {@code rvcm compare} and {@code rvcm demo}: the report of code-model variants of one program run side by
 * side ({@link dev.rvcm.reports.compare.CompareReport}: static facts from the analyzer, counters and modeled
 * cycles from the engine, overheads against the baseline, the output check), the static-only comparison of
 * images that cannot run here ({@link dev.rvcm.reports.compare.StaticComparison}), and their renderings as
 * text, JSON, Markdown and one self-contained HTML page with SVG charts. Building, linking and running the
 * variants is the CLI's job; nothing here starts a process or a thread.
 */
package dev.rvcm.reports.compare;
