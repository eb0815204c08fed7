/** {@code rvcm audit}: an {@link dev.rvcm.analyzer.Audit} as text, JSON, Markdown or a self-contained HTML page. */
package dev.rvcm.reports.audit;
