/**
 * Reports: one model per job rendered to text, JSON (and later Markdown, HTML, SARIF). Renderers
 * write through {@link dev.rvcm.reports.text.TextSink} or a Jackson generator and never print on
 * their own. May use relocs, isa, analyzer and codegen-sim; never cli.
 */
package dev.rvcm.reports;
