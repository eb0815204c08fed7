/** {@code rvcm check}: policy findings as JSON and as SARIF 2.1.0 (the text form is one finding a line). */
package dev.rvcm.reports.check;
