/**
 * The picocli commands that wire the modules together, and the launcher entry point
 * {@link dev.rvcm.cli.Rvcm}. Commands print only through the command line's out and err writers.
 * May use every rvcm module.
 */
package dev.rvcm.cli;
