/** {@code rvcm relocs}: every relocation as aligned text or as JSON (schema version 1). */
package dev.rvcm.reports.relocs;
