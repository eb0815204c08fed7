/**
 * How {@code rvcm compare} and {@code rvcm demo} make and measure code-model variants of one program:
 * a {@link dev.rvcm.cli.compare.ComparePlan} names the variants (linked programs, or input objects to
 * rewrite to a {@link dev.rvcm.cli.compare.CodeModelTarget} and link), and the
 * {@link dev.rvcm.cli.compare.ComparePipeline} rewrites, links, audits and runs them in parallel, then
 * hands the measurements to the report model of {@code dev.rvcm.reports.compare}. Processes (the
 * compiler driver that links) and threads start here and nowhere else; progress goes through a
 * {@link dev.rvcm.cli.compare.Progress}. May use every rvcm module.
 */
package dev.rvcm.cli.compare;
