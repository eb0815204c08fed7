/** {@code rvcm run}: the engine's counters after a run, as text or JSON. */
package dev.rvcm.reports.run;
