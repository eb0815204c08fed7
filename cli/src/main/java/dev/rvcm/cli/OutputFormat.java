package dev.rvcm.cli;

/** The output formats a command may offer; each command documents which it accepts. */
enum OutputFormat {
    text, json
}
