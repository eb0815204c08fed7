package dev.rvcm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.testing.Corpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import net.jqwik.api.statistics.Statistics;

/**
 * The commands end to end on mutated real inputs (rvcm's fixtures: objects in several code models,
 * the relocation zoo, a linked executable, the same executable as a bare-metal HTIF program, an
 * archive of them), run in-process as a user runs them. Mutations overwrite the fields that matter
 * ({@code e_shoff}, {@code e_phoff}, counts, {@code sh_offset}, {@code sh_size}, {@code sh_link},
 * {@code p_filesz}, {@code st_shndx}, {@code r_info}, instruction words, attribute bytes, archive
 * sizes…) with extremes, small deltas, values near the end of the file, powers of two or random
 * numbers, flip random bytes, and truncate.
 *
 * <p>The contract: bad input costs one line on stderr ({@code rvcm: …}) and exit code 2; a command
 * otherwise ends with 0 or 1 ({@code run}: the guest's code or a documented stop); never a stack
 * trace, an internal error (70), an {@link Error} such as OutOfMemoryError, or a hang. The number of
 * tries is jqwik's default (set for this module in {@code junit-platform.properties}); a long run:
 * {@code mvn test -pl cli -Dtest=CommandFuzzTest -Djqwik.tries.default=100000}.
 */
class CommandFuzzTest {

    /** What a seed is: any ELF file or archive, a Linux executable, a bare-metal HTIF program. */
    enum Kind { FILE, PROGRAM, BARE_METAL }

    /** A seed file, with where its fields are. */
    record Seed(String name, Kind kind, byte[] image, FuzzTargets targets) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A command line (the file comes last) and the kind of seed it is fed. */
    record Command(Kind feeds, List<String> args) {
    }

    private static final List<Seed> SEEDS = seeds();

    /** The seeds each kind of command is fed: every file below 100 KB, or the programs of its kind. */
    private static final Map<Kind, List<Seed>> FED = Map.of(
        Kind.FILE, SEEDS.stream().filter(x -> x.image().length < 100_000).toList(),
        Kind.PROGRAM, SEEDS.stream().filter(x -> x.kind() == Kind.PROGRAM).toList(),
        Kind.BARE_METAL, SEEDS.stream().filter(x -> x.kind() == Kind.BARE_METAL).toList());

    /** Where the fuzzed rewrites write (the input's directory may not be writable). */
    private static final String REWRITTEN = Path.of(System.getProperty("java.io.tmpdir"),
        "rvcm-fuzz-rewritten-" + ProcessHandle.current().pid() + ".o").toString();

    private static final List<Command> COMMANDS = List.of(
        new Command(Kind.FILE, List.of("relocs")),
        new Command(Kind.FILE, List.of("relocs", "--format", "json")),
        new Command(Kind.FILE, List.of("disasm")),
        new Command(Kind.FILE, List.of("disasm", "--format", "json", "--no-aliases")),
        new Command(Kind.FILE, List.of("audit")),
        new Command(Kind.FILE, List.of("audit", "--format", "json")),
        new Command(Kind.FILE, List.of("audit", "--format", "html")),
        new Command(Kind.FILE, List.of("audit", "--format", "sarif")),
        new Command(Kind.FILE, List.of("audit", "--no-relocs")),
        new Command(Kind.FILE, List.of("audit", "--cross-check", "--format", "markdown")),
        new Command(Kind.FILE, List.of("check", "--policy", "semi-pic")),
        new Command(Kind.FILE, List.of("check", "--policy", "semi-pic", "--format", "sarif")),
        new Command(Kind.FILE, List.of("check", "--policy", "relocatable-kernel", "--format", "json")),
        new Command(Kind.FILE, List.of("rewrite", "--model", "semi-pic", "-o", REWRITTEN)),
        new Command(Kind.FILE, List.of("rewrite", "--model", "pic", "--format", "json", "-o", REWRITTEN)),
        new Command(Kind.FILE, List.of("run", "--max-insns", "100000", "--max-memory", "64M")),
        new Command(Kind.PROGRAM, List.of("run", "--max-insns", "100000", "--max-memory", "64M", "--stats", "json")),
        new Command(Kind.PROGRAM, List.of("run", "--max-insns", "100000", "--max-memory", "64M", "--stats", "text")),
        new Command(Kind.PROGRAM, List.of("run", "--engine", "interpret", "--max-insns", "100000", "--max-memory", "64M")),
        new Command(Kind.BARE_METAL, List.of("run", "--bare-metal", "--max-insns", "100000", "--max-memory", "64M", "--stats", "text")),
        new Command(Kind.BARE_METAL, List.of("run", "--bare-metal", "--engine", "interpret", "--max-insns", "100000")),
        new Command(Kind.BARE_METAL, List.of("run", "--bare-metal", "--max-insns", "100000", "--max-memory", "64M")));

    private static final long[] EXTREMES = {0, 1, 2, 3, -1, -2, 0x7f, 0x80, 0xff, 0x100, 0x7fff, 0x8000, 0xffff, 0x10000,
        0x7fffffffL, 0x80000000L, 0xffffffffL, 0x100000000L, Long.MAX_VALUE, Long.MIN_VALUE, 24, 56, 64, 0x1000};

    /** How long one command may take before it counts as a hang (a healthy one takes milliseconds). */
    private static final long TIMEOUT_SECONDS = 60;

    private static final ExecutorService RUNNER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "command-fuzz");
        t.setDaemon(true);
        return t;
    });

    private static final Path WORK = workDirectory();

    // ---- mutations --------------------------------------------------------------------------------

    /** A value to write: chosen from the field's original value, the file's length, or alone. */
    record Value(Kind kind, long x) {
        enum Kind { EXTREME, DELTA, FROM_END, POWER_OF_TWO, RANDOM }

        long of(long original, int length) {
            return switch (kind) {
                case EXTREME -> EXTREMES[(int) Math.floorMod(x, (long) EXTREMES.length)];
                case DELTA -> original + x;
                case FROM_END -> length + x;
                case POWER_OF_TWO -> (1L << (x >> 1 & 63)) - (x & 1);
                case RANDOM -> x;
            };
        }
    }

    /** One change to the image. */
    sealed interface Mutation {
        void apply(ByteBuffer image, FuzzTargets targets);
    }

    /**
     * Overwrites a field of a category ({@link FuzzTargets}); a seed without that category (no
     * program headers in an object, no archive headers in an ELF file) takes its next one.
     */
    record FieldWrite(String category, double which, Value value) implements Mutation {
        @Override
        public void apply(ByteBuffer image, FuzzTargets targets) {
            List<String> categories = targets.categories();
            if (categories.isEmpty()) {
                return;
            }
            String present = category;
            for (int i = CATEGORIES.indexOf(category); !categories.contains(present); i++) {
                present = CATEGORIES.get((i + 1) % CATEGORIES.size());
            }
            List<FuzzTargets.Field> fields = targets.fields(present);
            FuzzTargets.Field f = fields.get((int) (which * fields.size()));
            switch (f.encoding()) {
                case DECIMAL -> {
                    writeText(image, f, Long.toString(value.of(0, image.limit())));
                    return;
                }
                case AR_NAME -> {
                    long v = value.of(0, image.limit());
                    writeText(image, f, AR_NAMES.get((int) Math.floorMod(v, (long) AR_NAMES.size())).replace("N", Long.toString(v)));
                    return;
                }
                case BINARY -> { }
            }
            long original = 0;
            for (int i = f.width() - 1; i >= 0; i--) {
                original = original << 8 | (image.get(f.offset() + i) & 0xff);
            }
            long v = value.of(original, image.limit());
            for (int i = 0; i < f.width(); i++) {
                image.put(f.offset() + i, (byte) (v >>> (8 * i)));
            }
        }
    }

    /** The categories of {@link FuzzTargets}, in the order a missing one falls back through. */
    private static final List<String> CATEGORIES = List.of("ehdr", "shdr", "phdr", "sym", "rel", "insn", "words", "bytes", "ar");

    /** Member names as archives spell them ({@code N}: the mutation's number), odd ones included. */
    private static final List<String> AR_NAMES = List.of("/", "//", "/SYM64/", "/N", "/0", "#1/N", "#1/x", "#1/20", "N.o/",
        "a\nb/", "", "__.SYMDEF", "/-1", "#1/-N");

    /** ASCII text left-aligned in a space-padded field (cut to its width). */
    private static void writeText(ByteBuffer image, FuzzTargets.Field f, String text) {
        byte[] bytes = String.format("%-" + f.width() + "s", text).getBytes(StandardCharsets.ISO_8859_1);
        image.put(f.offset(), bytes, 0, f.width());
    }

    /** Overwrites {@code width} bytes anywhere. */
    record ByteWrite(double where, int width, long value) implements Mutation {
        @Override
        public void apply(ByteBuffer image, FuzzTargets targets) {
            int at = (int) (where * image.limit());
            for (int i = 0; i < width && at + i < image.limit(); i++) {
                image.put(at + i, (byte) (value >>> (8 * i)));
            }
        }
    }

    // ---- the property -----------------------------------------------------------------------------

    @Property
    void commandsKeepTheirContractOnMutatedInputs(@ForAll("seed") int seed, @ForAll("mutations") List<Mutation> mutations,
                                                 @ForAll("keep") double keep, @ForAll("command") int command) throws Exception {
        Command c = COMMANDS.get(command);
        List<Seed> fed = FED.get(c.feeds());
        Seed s = fed.get(seed % fed.size());
        byte[] image = s.image().clone();
        mutations.forEach(m -> m.apply(ByteBuffer.wrap(image), s.targets()));
        byte[] input = Arrays.copyOf(image, (int) Math.ceil(keep * image.length));
        Path file = WORK.resolve("input-" + Thread.currentThread().threadId());
        Files.write(file, input);
        List<String> args = new ArrayList<>(c.args());
        args.add(file.toString());
        CliRun run = check(args, input, file);
        Statistics.label("command and exit code").collect(args.getFirst(), run.exitCode());
    }

    // ---- the kernels' headers ----------------------------------------------------------------------

    /** A private copy of a kernel file, mapped for writing, with its pristine header bytes. */
    record KernelCopy(String name, Path file, MappedByteBuffer image, FuzzTargets targets, List<Map.Entry<Integer, byte[]>> headers) {
        /** Writes the pristine ELF header, program headers and section headers back. */
        void restore() {
            headers.forEach(h -> image.put(h.getKey(), h.getValue()));
        }
    }

    private static final List<String> KERNEL_FILES = List.of("medany/vmlinux", "medlow/vmlinux.o");
    private static final Map<String, KernelCopy> KERNELS = new java.util.concurrent.ConcurrentHashMap<>();

    private static final List<List<String>> KERNEL_COMMANDS = List.of(
        List.of("relocs", "--format", "json"),
        List.of("audit"),
        List.of("check", "--policy", "relocatable-kernel"),
        List.of("disasm", "--section", ".head.text"),
        List.of("run", "--max-insns", "100000", "--max-memory", "256M"));

    /**
     * The same contract on the Linux kernels of {@code shared/corpus} (the medany {@code vmlinux} and
     * the medlow {@code vmlinux.o}, 50 MB each): their ELF, program and section headers are mutated in
     * place in a private copy and put back after each try. Few tries: each command reads a whole kernel.
     */
    @Property(tries = 10)
    @AddLifecycleHook(KernelsPresent.class)
    void commandsKeepTheirContractOnKernelsWithMutatedHeaders(@ForAll("kernelFile") int which,
            @ForAll("headerMutations") List<Mutation> mutations, @ForAll("kernelCommand") int command) throws Exception {
        KernelCopy kernel = kernel(KERNEL_FILES.get(which));
        try {
            mutations.forEach(m -> m.apply(kernel.image(), kernel.targets()));
            kernel.image().force();
            List<String> args = new ArrayList<>(KERNEL_COMMANDS.get(command));
            args.add(kernel.file().toString());
            byte[] header = new byte[4096];
            kernel.image().get(0, header);
            CliRun run = check(args, header, kernel.file());
            Statistics.label("kernel command and exit code").collect(args.getFirst(), run.exitCode());
        } finally {
            kernel.restore();
        }
    }

    /**
     * Skips the kernel property, loudly, when {@code shared/corpus} has no kernels; under
     * {@code CI=true} it runs and fails on the missing file instead.
     */
    static final class KernelsPresent implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            for (String name : KERNEL_FILES) {
                Path xz = Corpus.shared().resolve("corpus/linux-6.1-riscv64").resolve(name + ".xz");
                if (!Files.isRegularFile(xz) && !"true".equalsIgnoreCase(System.getenv("CI"))) {
                    String loud = "*** SKIPPING: test input " + xz + " is missing ***";
                    System.err.println(loud);
                    return SkipResult.skip(loud);
                }
            }
            return SkipResult.doNotSkip();
        }
    }

    private static KernelCopy kernel(String name) {
        return KERNELS.computeIfAbsent(name, n -> {
            String[] parts = n.split("/");
            Path original = Corpus.kernel(parts[0], parts[1]);
            try {
                Path copy = WORK.resolve("kernel-" + parts[0] + "-" + parts[1]);
                Files.copy(original, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                MappedByteBuffer image;
                try (FileChannel ch = FileChannel.open(copy, java.nio.file.StandardOpenOption.READ, java.nio.file.StandardOpenOption.WRITE)) {
                    image = ch.map(FileChannel.MapMode.READ_WRITE, 0, ch.size());
                }
                image.order(java.nio.ByteOrder.LITTLE_ENDIAN);
                long phoff = image.getLong(32);
                long shoff = image.getLong(40);
                int phnum = Short.toUnsignedInt(image.getShort(56));
                int shnum = Short.toUnsignedInt(image.getShort(60));
                List<Map.Entry<Integer, byte[]>> headers = new ArrayList<>();
                for (long[] region : new long[][] {{0, 64}, {phoff, 56L * phnum}, {shoff, 64L * shnum}}) {
                    byte[] bytes = new byte[(int) region[1]];
                    image.get((int) region[0], bytes);
                    headers.add(Map.entry((int) region[0], bytes));
                }
                byte[] all = new byte[image.limit()];
                image.get(0, all);
                return new KernelCopy(n, copy, image, FuzzTargets.headersOf(all), List.copyOf(headers));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Provide
    Arbitrary<Integer> kernelFile() {
        return Arbitraries.integers().between(0, KERNEL_FILES.size() - 1);
    }

    @Provide
    Arbitrary<Integer> kernelCommand() {
        return Arbitraries.integers().between(0, KERNEL_COMMANDS.size() - 1);
    }

    @Provide
    Arbitrary<List<Mutation>> headerMutations() {
        Arbitrary<String> category = Arbitraries.of("ehdr", "shdr", "shdr", "phdr");
        Arbitrary<Mutation> field = Combinators.combine(category, Arbitraries.doubles().between(0, 0.999999).ofScale(6), values())
            .as(FieldWrite::new);
        return field.list().ofMinSize(1).ofMaxSize(3);
    }

    // ---- checking ---------------------------------------------------------------------------------

    /** Runs one command line on {@code file} and checks the contract; keeps the input when it fails. */
    static CliRun check(List<String> args, byte[] input, Path file) throws Exception {
        CliRun run = runWithTimeout(args, () -> keep(input));
        java.util.function.Supplier<String> where = () -> String.join(" ", args.subList(0, args.size() - 1)) + " on "
            + keep(input) + "\n--- stderr:\n" + run.err();
        boolean isRun = args.getFirst().equals("run");
        assertThat(run.exitCode()).as(where).isNotEqualTo(ExitCodes.INTERNAL);
        if (isRun) {
            assertThat(run.exitCode()).as(where).isBetween(0, 255);
        } else {
            assertThat(run.exitCode()).as(where).isIn(ExitCodes.OK, ExitCodes.FINDINGS, ExitCodes.BAD_INPUT);
        }
        for (String line : run.err().lines().toList()) {
            assertThat(line).as(where).doesNotContain("Exception", "internal error").doesNotStartWith("\tat ");
            if (!isRun) {
                assertThat(line).as(where).startsWith("rvcm: ");
            }
        }
        if (run.exitCode() == ExitCodes.BAD_INPUT && !isRun) {
            List<String> lines = run.err().lines().filter(l -> l.contains(file.toString())).toList();
            assertThat(lines).as(() -> where.get() + "\nexit code 2 says why in one line naming the file").hasSize(1);
        }
        return run;
    }

    private static CliRun runWithTimeout(List<String> args, java.util.function.Supplier<String> saved) throws Exception {
        Future<CliRun> result = RUNNER.submit(() -> CliRun.of(args.toArray(String[]::new)));
        try {
            return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new AssertionError("hang: " + args + " took more than " + TIMEOUT_SECONDS + " s on " + saved.get());
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause() + " escaped from " + args + " on " + saved.get(), e.getCause());
        }
    }

    /** Keeps a failing input under target/fuzz-failures, named by its hash; returns its path. */
    private static String keep(byte[] input) {
        try {
            Path dir = Path.of("target", "fuzz-failures");
            Files.createDirectories(dir);
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(input);
            Path file = dir.resolve(HexFormat.of().formatHex(digest, 0, 8));
            Files.write(file, input);
            return file.toAbsolutePath().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- generators -------------------------------------------------------------------------------

    @Provide
    Arbitrary<Integer> seed() {
        return Arbitraries.integers().between(0, 1023); // taken modulo the seeds the command is fed
    }

    @Provide
    Arbitrary<Integer> command() {
        return Arbitraries.integers().between(0, COMMANDS.size() - 1);
    }

    @Provide
    Arbitrary<Double> keep() {
        return Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.just(1.0)),
            Tuple.of(1, Arbitraries.doubles().between(0, 1).ofScale(6)));
    }

    private static Arbitrary<Value> values() {
        return Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.longs().between(0, EXTREMES.length - 1).map(x -> new Value(Value.Kind.EXTREME, x))),
            Tuple.of(3, Arbitraries.longs().between(-16, 16).map(x -> new Value(Value.Kind.DELTA, x))),
            Tuple.of(2, Arbitraries.longs().between(-64, 64).map(x -> new Value(Value.Kind.FROM_END, x))),
            Tuple.of(1, Arbitraries.longs().between(0, 127).map(x -> new Value(Value.Kind.POWER_OF_TWO, x))),
            Tuple.of(1, Arbitraries.longs().map(x -> new Value(Value.Kind.RANDOM, x))));
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Value> value = values();
        Arbitrary<String> category = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just("ehdr")),
            Tuple.of(4, Arbitraries.just("shdr")), Tuple.of(3, Arbitraries.just("phdr")), Tuple.of(3, Arbitraries.just("sym")),
            Tuple.of(3, Arbitraries.just("rel")), Tuple.of(4, Arbitraries.just("insn")), Tuple.of(1, Arbitraries.just("words")),
            Tuple.of(1, Arbitraries.just("bytes")), Tuple.of(2, Arbitraries.just("ar")));
        Arbitrary<Mutation> field = Combinators.combine(category,
            Arbitraries.doubles().between(0, 0.999999).ofScale(6), value).as(FieldWrite::new);
        Arbitrary<Mutation> bytes = Combinators.combine(Arbitraries.doubles().between(0, 0.999999).ofScale(6),
            Arbitraries.of(1, 2, 4, 8), Arbitraries.longs()).as(ByteWrite::new);
        return Arbitraries.frequencyOf(Tuple.of(4, field), Tuple.of(1, bytes)).list().ofMinSize(1).ofMaxSize(4);
    }

    // ---- seeds ------------------------------------------------------------------------------------

    private static List<Seed> seeds() {
        List<Seed> seeds = new ArrayList<>();
        List<byte[]> members = new ArrayList<>();
        for (String name : List.of("reloc-zoo.o", "tiny-medany", "linkage/medlow/linkage_main.o",
            "linkage/medany/linkage_lib.o", "linkage/pic/linkage_main.o", "tls/pic/tls_lib.o", "tls/medany/tls_main.o")) {
            byte[] image = read(Corpus.fixture(name));
            seeds.add(new Seed(name, name.endsWith(".o") ? Kind.FILE : Kind.PROGRAM, image, FuzzTargets.of(image)));
            if (name.endsWith(".o") && members.size() < 3) {
                members.add(image);
            }
        }
        byte[] bareMetal = bareMetal(read(Corpus.fixture("tiny-medany")));
        seeds.add(new Seed("tiny-medany as a bare-metal HTIF program", Kind.BARE_METAL, bareMetal, FuzzTargets.of(bareMetal)));
        byte[] archive = archiveOf(members);
        seeds.add(new Seed("an archive of three objects", Kind.FILE, archive, FuzzTargets.of(archive)));
        // With the cross toolchain (CI): a glibc program and a bare-metal ISA test from the built corpus, for run.
        Path build = Corpus.repository().resolve("corpus/build");
        for (String[] built : new String[][] {{"medany/csvstats/csvstats", "PROGRAM"}, {"isa/rv64i.elf", "BARE_METAL"}, {"isa/traps.elf", "BARE_METAL"}}) {
            Path file = build.resolve(built[0]);
            if (Files.isRegularFile(file)) {
                byte[] image = read(file);
                seeds.add(new Seed("corpus/build/" + built[0], Kind.valueOf(built[1]), image, FuzzTargets.of(image)));
            }
        }
        return List.copyOf(seeds);
    }

    /**
     * The tiny executable with its symbol {@code tiny_counter} renamed {@code tohost}, so that
     * {@code run --bare-metal} loads it: its first store to the counter ends the run through HTIF.
     */
    static byte[] bareMetal(byte[] tiny) {
        byte[] image = tiny.clone();
        byte[] name = "tiny_counter\0".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + name.length <= image.length; i++) {
            if (Arrays.equals(image, i, i + name.length, name, 0, name.length)) {
                byte[] tohost = "tohost\0".getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(tohost, 0, image, i, tohost.length);
                return image;
            }
        }
        throw new IllegalStateException("tiny-medany has no symbol tiny_counter");
    }

    private static byte[] archiveOf(List<byte[]> members) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("!<arch>\n".getBytes(StandardCharsets.US_ASCII));
        String longNames = "a-member-with-a-long-name.o/\n";
        out.writeBytes(arHeader("//", longNames.length()));
        out.writeBytes(longNames.getBytes(StandardCharsets.US_ASCII));
        if (longNames.length() % 2 == 1) {
            out.write('\n');
        }
        for (int i = 0; i < members.size(); i++) {
            byte[] body = members.get(i);
            out.writeBytes(arHeader(i == 0 ? "/0" : "m" + i + ".o/", body.length));
            out.writeBytes(body);
            if (body.length % 2 == 1) {
                out.write('\n');
            }
        }
        return out.toByteArray();
    }

    private static byte[] arHeader(String name, int size) {
        return String.format("%-16s%-12s%-6s%-6s%-8s%-10d`\n", name, "0", "0", "0", "644", size).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path workDirectory() {
        try {
            Path dir = Files.createDirectories(Path.of("target", "fuzz-work")).toAbsolutePath();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
