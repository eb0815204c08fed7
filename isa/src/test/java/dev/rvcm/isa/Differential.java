package dev.rvcm.isa;

import dev.rvcm.testing.ReferenceTools;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs {@code objdump -d} (optionally {@code -M no-aliases}) on a file, streams its output, and
 * disassembles every instruction line's word at its address with {@link Disassembler}, counting
 * agreements and recording the first mismatches. Also checks that every word re-encodes to itself.
 */
final class Differential {

    /** Mismatches reported in full: the first ones, at most two per opcode. */
    static final int REPORTED = 20;

    private Differential() {
    }

    /** What one comparison found. */
    record Result(String file, boolean aliases, long compared, long mismatches, long roundTripFailures,
                  List<String> firstMismatches, Set<Extensions> extensionSets) {

        String summary() {
            return "%s%s: %,d instructions compared, %,d mismatches, %,d re-encoding failures, %d ISA(s)".formatted(
                    file, aliases ? "" : " (-M no-aliases)", compared, mismatches, roundTripFailures,
                    extensionSets.size());
        }

        String report() {
            StringBuilder sb = new StringBuilder(summary());
            for (String m : firstMismatches) {
                sb.append("\n  ").append(m);
            }
            return sb.toString();
        }
    }

    /** The extensions objdump enables at an address of a section of a file or archive member. */
    @FunctionalInterface
    interface ExtensionsAt {
        /**
         * @param member  the archive member, "" for a plain file
         * @param section the section name
         */
        Extensions at(String member, String section, long address);
    }

    static Result compare(Path file, String label, ExtensionsAt extensionsAt, boolean aliases) {
        return compare(file, label, extensionsAt, aliases, PrivilegedSpec.LATEST);
    }

    /** As {@link #compare(Path, String, ExtensionsAt, boolean)}, naming CSRs as {@code privileged} does. */
    static Result compare(Path file, String label, ExtensionsAt extensionsAt, boolean aliases, PrivilegedSpec privileged) {
        Map<Extensions, Disassembler> disassemblers = new HashMap<>();
        String member = "";
        String section = "";
        boolean archive = false;
        List<String> command = new ArrayList<>(List.of(ReferenceTools.OBJDUMP, "-d"));
        if (!aliases) {
            command.add("-M");
            command.add("no-aliases");
        }
        command.add(file.toString());
        long compared = 0;
        long mismatches = 0;
        long roundTrip = 0;
        List<String> first = new ArrayList<>();
        StringBuilder ours = new StringBuilder(64);
        Map<Opcode, Integer> perOpcode = new EnumMap<>(Opcode.class);
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8), 1 << 16)) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    ObjdumpLine insn = ObjdumpLine.parse(line);
                    if (insn == null) {
                        if (line.startsWith("In archive ")) {
                            archive = true;
                        } else if (line.startsWith("Disassembly of section ") && line.endsWith(":")) {
                            section = line.substring("Disassembly of section ".length(), line.length() - 1);
                        } else if (archive && line.contains(":     file format ")) {
                            member = line.substring(0, line.indexOf(":     file format "));
                        }
                        continue;
                    }
                    Disassembler disassembler = disassemblers.computeIfAbsent(
                            extensionsAt.at(member, section, insn.address()), e -> new Disassembler(e, aliases, privileged));
                    compared++;
                    ours.setLength(0);
                    disassembler.append(ours, insn.word(), insn.address());
                    String mine = ObjdumpLine.normalise(ours.toString());
                    Instruction decoded = disassembler.decoder().decode(insn.word());
                    if (!mine.equals(insn.text())) {
                        mismatches++;
                        if (first.size() < REPORTED && perOpcode.merge(decoded.opcode(), 1, Integer::sum) <= 2) {
                            first.add("%x: %s  ours [%s]  objdump [%s]  (%s)".formatted(insn.address(),
                                    hex(insn), mine, insn.text(), decoded.opcode()));
                        }
                    }
                    if (decoded.encode() != decoded.word() || decoded.length() != insn.length()) {
                        roundTrip++;
                        if (first.size() < REPORTED) {
                            first.add("%x: %s  re-encodes to %08x".formatted(insn.address(), hex(insn),
                                    decoded.encode()));
                        }
                    }
                }
            }
            process.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new Result(label, aliases, compared, mismatches, roundTrip, first, disassemblers.keySet());
    }

    private static String hex(ObjdumpLine insn) {
        return insn.length() == 2 ? "%04x".formatted(insn.word()) : "%08x".formatted(insn.word());
    }

    /** Runs a tool to completion and returns its standard output lines. */
    static List<String> run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            List<String> lines;
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                lines = reader.lines().toList();
            }
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
