/**
 * Writing relocatable objects: {@link dev.rvcm.relocs.write.RelocatableObject} holds an object as
 * lists a transform may change, {@link dev.rvcm.relocs.write.ElfWriter} writes it back as ELF.
 */
package dev.rvcm.relocs.write;
