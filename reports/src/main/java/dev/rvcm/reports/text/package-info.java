/** Output plumbing every renderer shares: a fast UTF-8 {@link dev.rvcm.reports.text.TextSink} and the JSON conventions. */
package dev.rvcm.reports.text;
