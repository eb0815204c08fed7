package dev.rvcm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rvcm.testing.Corpus;
import dev.rvcm.testing.Processes;
import dev.rvcm.testing.ReferenceTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel rewritten and booted: the medany and medlow {@code vmlinux.o} of {@code shared/corpus}
 * rewritten to semi-pic, and the medany one to pic, each relinked by its link kit (GNU ld 2.40, the
 * kernel's linker script) and booted under {@code qemu-system-riscv64} to the same panic as the
 * original (no root file system). The kit compares the console with the original's; an image whose code
 * grew changes three kinds of line, and each is checked to be exactly that: the "Memory:" line's kernel
 * code and rwdata sizes (changed as much as {@code _etext - _stext} and {@code _edata - _sdata}), the
 * start of the modules area ({@code PFN_ALIGN(_end) - 2 GiB}), and a function name printed with
 * {@code %ps}, which the kit's kallsyms (the original layout's) gives for the function's new address.
 * The PIC kernel keeps its boot code ({@code .head.text}, {@code .init.text}) semi-PIC: it runs with the
 * MMU off, where link-time addresses from the GOT lead nowhere. Then the audit: the
 * semi-PIC kernels have no ABSOLUTE and no gp-relative code access (the originals have) and pass
 * {@code check --policy semi-pic}; the PIC kernel reaches symbols through the GOT. It prints the README's
 * side-by-side table of the originals and their rewrites.
 */
class KernelBootTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CHANGED = Pattern.compile("^(\\d+)c(\\d+)$");
    private static final Pattern SIZE = Pattern.compile("(\\d+)K ([a-z ]+)");
    private static final Pattern CODE_SIZE = Pattern.compile("\\((\\d+)K kernel code");
    private static final Pattern MODULES = Pattern.compile("modules : 0x([0-9a-f]+) - 0x([0-9a-f]+) +\\((\\d+) MB\\)");

    /** A kernel variant: the vmlinux.o it comes from and the model it is rewritten to. */
    private record Variant(String model, String target) {
        String name() {
            return model + "-" + target;
        }
    }

    /** What booting one variant gave. */
    private record Booted(Variant variant, Path dir, int relinkExit, String relinkOutput) {
        Path vmlinux() {
            return dir.resolve("out/vmlinux");
        }
    }

    @Test
    void rewrittenKernelsBootLikeTheOriginals(@TempDir Path dir) throws Exception {
        ReferenceTools.require("qemu-system-riscv64", "qemu-system-misc");
        ReferenceTools.requireThat(Files.isRegularFile(Path.of("/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin")),
            "OpenSBI is missing (apt-get install opensbi)");
        List<Variant> variants = List.of(new Variant("medany", "semi-pic"), new Variant("medlow", "semi-pic"),
            new Variant("medany", "pic"));
        for (Variant v : variants) {
            ReferenceTools.require(kit(v.model()).resolve("relink.sh"));
            Corpus.kernel(v.model(), "vmlinux.o");
            Corpus.kernel(v.model(), "vmlinux");
        }
        List<Booted> booted = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<Booted>> runs = new ArrayList<>();
            for (Variant v : variants) {
                runs.add(pool.submit(() -> rewriteRelinkAndBoot(v, Files.createDirectories(dir.resolve(v.name())))));
            }
            for (Future<Booted> run : runs) {
                booted.add(run.get(90, TimeUnit.MINUTES));
            }
        }
        for (Booted b : booted) {
            consoleIsTheOriginals(b);
            if (b.variant().target().equals("semi-pic")) {
                semiPicAudit(b);
            } else {
                picAudit(b);
            }
        }
        System.out.print(sideBySide(booted));
    }

    private static Booted rewriteRelinkAndBoot(Variant v, Path dir) throws Exception {
        Path rewritten = dir.resolve("vmlinux.o");
        List<String> args = new ArrayList<>(List.of("rewrite", Corpus.kernel(v.model(), "vmlinux.o").toString(), "-o",
            rewritten.toString(), "--model", v.target()));
        if (v.target().equals("pic")) {
            args.addAll(List.of("--semi-pic-sections", "^\\.(head|init)\\.text$"));
        }
        CliRun rewrite = CliRun.of(args.toArray(String[]::new));
        assertThat(rewrite.exitCode()).as("%s: %s", v.name(), rewrite.err()).isZero();
        Process relink = new ProcessBuilder("bash", kit(v.model()).resolve("relink.sh").toString(), rewritten.toString(),
            dir.resolve("out").toString()).redirectErrorStream(true).start();
        String output = new String(relink.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(relink.waitFor(80, TimeUnit.MINUTES)).as("%s relinked and booted", v.name()).isTrue();
        Files.delete(rewritten);
        return new Booted(v, dir, relink.exitValue(), output);
    }

    /**
     * The kit's comparison, with the differences moved code makes checked one by one: none but the
     * kernel code size and names the original layout's kallsyms gives for moved functions.
     */
    private static void consoleIsTheOriginals(Booted b) throws IOException {
        String name = b.variant().name();
        String console = Files.readString(b.dir().resolve("out/boot.log"));
        assertThat(console).as("%s console", name).contains("Kernel panic - not syncing: VFS: Unable to mount root fs");
        if (b.relinkExit() == 0) {
            return;
        }
        assertThat(b.relinkOutput()).as(name).startsWith("console differs from the original");
        List<String> diff = Files.readAllLines(b.dir().resolve("out/boot.diff"));
        Map<String, Long> symbols = symbols(b.vmlinux(), "");
        Map<String, Long> originalSymbols = symbols(Corpus.kernel(b.variant().model(), "vmlinux"), "");
        TreeMap<Long, String> original = new TreeMap<>();
        symbols(Corpus.kernel(b.variant().model(), "vmlinux"), "TtWw").forEach((symbol, address) -> original.putIfAbsent(address, symbol));
        for (int i = 0; i < diff.size(); i++) {
            Matcher changed = CHANGED.matcher(diff.get(i));
            assertThat(changed.matches()).as("%s: only single changed lines, not %s", name, diff.get(i)).isTrue();
            String was = diff.get(i + 1).substring(2);
            assertThat(diff.get(i + 2)).isEqualTo("---");
            String is = diff.get(i + 3).substring(2);
            i += 3;
            if (was.startsWith("Memory:")) {
                memoryLine(name, was, is, symbols, originalSymbols);
            } else if (MODULES.matcher(is).find()) {
                modulesLine(name, was, is, symbols);
            } else {
                staleNames(name, was, is, symbols, original);
            }
        }
    }

    /** Only the kernel code and rwdata sizes differ, each by what the new layout says. */
    private static void memoryLine(String name, String was, String is, Map<String, Long> now, Map<String, Long> before) {
        assertThat(SIZE.matcher(is).replaceAll("")).as(name).isEqualTo(SIZE.matcher(was).replaceAll(""));
        Matcher a = SIZE.matcher(was);
        Matcher b = SIZE.matcher(is);
        while (a.find() && b.find()) {
            long printed = Long.parseLong(b.group(1)) - Long.parseLong(a.group(1));
            switch (a.group(2)) {
                case "kernel code" -> assertThat(printed).as("%s: kernel code grew by _etext - _stext", name)
                    .isCloseTo(grown(now, before, "_stext", "_etext"), Offset.offset(1L));
                case "rwdata" -> assertThat(printed).as("%s: rwdata grew by _edata - _sdata", name)
                    .isCloseTo(grown(now, before, "_sdata", "_edata"), Offset.offset(1L));
                default -> assertThat(printed).as("%s: %s", name, a.group(2)).isZero();
            }
        }
    }

    /** How many KiB the span between two symbols grew. */
    private static long grown(Map<String, Long> now, Map<String, Long> before, String from, String to) {
        return ((now.get(to) - now.get(from)) - (before.get(to) - before.get(from))) >> 10;
    }

    /** The modules area ends at the image and starts 2 GiB before its page-aligned end. */
    private static void modulesLine(String name, String was, String is, Map<String, Long> symbols) {
        Matcher m = MODULES.matcher(is);
        assertThat(m.find()).isTrue();
        long pageAlignedEnd = (symbols.get("_end") + 0xfff) & ~0xfffL;
        assertThat(Long.parseUnsignedLong(m.group(1), 16)).as("%s: modules start", name).isEqualTo(pageAlignedEnd - (1L << 31));
        Matcher o = MODULES.matcher(was);
        assertThat(o.find()).isTrue();
        assertThat(m.group(2)).isEqualTo(o.group(2));
    }

    /** Words that differ are function names the original layout's kallsyms gives for the functions' new addresses. */
    private static void staleNames(String name, String was, String is, Map<String, Long> symbols, TreeMap<Long, String> original) {
        String[] before = was.split(" ");
        String[] after = is.split(" ");
        assertThat(after).as("%s: %s", name, is).hasSameSizeAs(before);
        for (int w = 0; w < before.length; w++) {
            if (!before[w].equals(after[w])) {
                Long moved = symbols.get(before[w]);
                assertThat(moved).as("%s: '%s' names a function of the kernel", name, before[w]).isNotNull();
                assertThat(after[w]).as("%s: the original layout's name for %s's new address", name, before[w])
                    .isEqualTo(original.floorEntry(moved).getValue());
            }
        }
    }

    private static void semiPicAudit(Booted b) throws IOException {
        JsonNode original = audit(Corpus.kernel(b.variant().model(), "vmlinux"));
        JsonNode rewritten = audit(b.vmlinux());
        String name = b.variant().name();
        assertThat(original.at("/summary/ABSOLUTE").asLong() + original.at("/summary/GP_RELATIVE").asLong())
            .as("%s: the original has absolute or gp-relative code accesses", name).isPositive();
        assertThat(rewritten.at("/summary/ABSOLUTE").asLong()).as("%s ABSOLUTE", name).isZero();
        assertThat(rewritten.at("/summary/GP_RELATIVE").asLong()).as("%s GP_RELATIVE", name).isZero();
        CliRun gate = CliRun.of("check", "--policy", "semi-pic", b.vmlinux().toString());
        assertThat(gate.exitCode()).as("%s: %s", name, gate.err()).isZero();
    }

    private static void picAudit(Booted b) throws IOException {
        JsonNode rewritten = audit(b.vmlinux());
        assertThat(rewritten.at("/summary/GOT").asLong()).as("%s GOT accesses", b.variant().name())
            .isGreaterThan(audit(Corpus.kernel(b.variant().model(), "vmlinux")).at("/summary/GOT").asLong() + 10_000);
    }

    /** The README's table: each original kernel beside its rewrites, from their consoles and audits. */
    private static String sideBySide(List<Booted> booted) throws IOException {
        StringBuilder table = new StringBuilder("""
            | kernel | kernel code | PC-relative | ABSOLUTE | GP_RELATIVE | GOT load sites | GOT symbols | `.got` bytes | data words | RELA bytes | RELR bytes |
            |---|---|---|---|---|---|---|---|---|---|---|
            """);
        for (String model : List.of("medany", "medlow")) {
            table.append(row(model + " original", Corpus.kernel(model, "vmlinux"), kit(model).resolve("boot.log")));
            for (Booted b : booted) {
                if (b.variant().model().equals(model)) {
                    table.append(row(b.variant().name(), b.vmlinux(), b.dir().resolve("out/boot.log")));
                }
            }
        }
        return table.toString();
    }

    private static String row(String kernel, Path vmlinux, Path console) throws IOException {
        Matcher code = CODE_SIZE.matcher(Files.readString(console));
        assertThat(code.find()).as("%s: the Memory line", kernel).isTrue();
        JsonNode audit = audit(vmlinux);
        long gotSymbols = StreamSupport.stream(audit.get("accesses").spliterator(), false)
            .filter(a -> a.get("kind").asText().equals("GOT")).map(a -> a.get("symbol").asText()).distinct().count();
        JsonNode boot = audit.at("/semiPic/bootRelocation");
        return "| %s | %sK | %,d | %,d | %,d | %,d | %,d | %,d | %,d | %,d | %,d |%n".formatted(kernel, code.group(1),
            audit.at("/summary/PC_RELATIVE").asLong(), audit.at("/summary/ABSOLUTE").asLong(),
            audit.at("/summary/GP_RELATIVE").asLong(), audit.at("/summary/GOT").asLong(), gotSymbols, gotBytes(vmlinux),
            boot.get("dataWords").asLong(), boot.get("relaBytes").asLong(), boot.get("relrBytes").asLong());
    }

    /** The size of the image's {@code .got} section (readelf -S), 0 when it has none. */
    private static long gotBytes(Path vmlinux) {
        long[] size = {0};
        Processes.lines(List.of(ReferenceTools.READELF, "-SW", vmlinux.toString()), line -> {
            String[] f = line.substring(line.indexOf(']') + 1).trim().split("\\s+");
            if (line.contains("]") && f[0].equals(".got")) {
                size[0] = Long.parseLong(f[4], 16);
            }
        });
        return size[0];
    }

    private static JsonNode audit(Path vmlinux) throws IOException {
        CliRun audit = CliRun.of("audit", "--format", "json", vmlinux.toString());
        assertThat(audit.exitCode()).as(audit.err()).isIn(ExitCodes.OK, ExitCodes.FINDINGS);
        return JSON.readTree(audit.out()).at("/files/0");
    }

    /** The symbols of an image and their addresses, by nm; only those of the nm types in {@code types} unless empty. */
    private static Map<String, Long> symbols(Path image, String types) {
        Map<String, Long> symbols = new TreeMap<>();
        Processes.lines(List.of("riscv64-linux-gnu-nm", image.toString()), line -> {
            String[] f = line.split(" ");
            if (f.length == 3 && (types.isEmpty() || types.contains(f[1]))) {
                symbols.putIfAbsent(f[2], Long.parseUnsignedLong(f[0], 16));
            }
        });
        return symbols;
    }

    private static Path kit(String model) {
        return Corpus.shared().resolve("corpus/linux-6.1-riscv64").resolve(model).resolve("link-kit");
    }
}
