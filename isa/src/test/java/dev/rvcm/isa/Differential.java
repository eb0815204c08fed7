package dev.rvcm.isa;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code objdump -d} (optionally {@code -M no-aliases}) on a file, streams its output, and
 * disassembles every instruction line's word at its address with {@link Disassembler}, counting
 * agreements and recording the first mismatches. Also checks that every word re-encodes to itself.
 */
final class Differential {

    /** Mismatches reported in full: the first ones, at most two per opcode. */
    static final int REPORTED = 20;
    private static final Pattern ISA = Pattern.compile("(?:\"|\\$x)(rv64[a-z0-9_]+)");

    private Differential() {
    }

    /** What one comparison found. */
    record Result(String file, boolean aliases, long compared, long mismatches, long roundTripFailures,
                  List<String> firstMismatches) {

        String summary() {
            return "%s%s: %,d instructions compared, %,d mismatches, %,d re-encoding failures".formatted(
                    file, aliases ? "" : " (-M no-aliases)", compared, mismatches, roundTripFailures);
        }

        String report() {
            StringBuilder sb = new StringBuilder(summary());
            for (String m : firstMismatches) {
                sb.append("\n  ").append(m);
            }
            return sb.toString();
        }
    }

    /**
     * The extensions objdump enables for {@code file}: the union of its {@code Tag_RISCV_arch} and of
     * the ISA strings of its {@code $x<isa>} mapping symbols; RV64GC when it names none.
     */
    static Extensions extensionsOf(Path file) {
        Extensions found = null;
        for (String line : run(Toolchain.READELF, "-A", "-sW", file.toString())) {
            if (!line.contains("Tag_RISCV_arch") && !line.contains("$xrv64")) {
                continue;
            }
            Matcher m = ISA.matcher(line);
            if (m.find()) {
                Extensions e = Extensions.parse(m.group(1));
                found = found == null ? e : found.union(e);
            }
        }
        return found == null ? Extensions.RV64GC : found;
    }

    static Result compare(Path file, String label, Extensions extensions, boolean aliases) {
        Disassembler disassembler = new Disassembler(extensions, aliases);
        List<String> command = new ArrayList<>(List.of(Toolchain.OBJDUMP, "-d"));
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
                        continue;
                    }
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
        return new Result(label, aliases, compared, mismatches, roundTrip, first);
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
