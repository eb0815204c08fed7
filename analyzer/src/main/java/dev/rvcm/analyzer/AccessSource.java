package dev.rvcm.analyzer;

/** Where an audit found its accesses. */
public enum AccessSource {
    /** From the relocation sections (objects, and linked images kept with --emit-relocs). */
    RELOCATIONS,
    /** From the instructions alone (linked images without relocation sections, or on request). */
    INSTRUCTIONS
}
