package dev.rvcm.cli.demo;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.tukaani.xz.XZInputStream;

/**
 * The demo's benchmarks, unpacked from the jar into a directory: {@code benchmarks.txt} (each benchmark
 * with its arguments) and per benchmark its objects ({@code medany/}, {@code medlow/}, {@code pic/}) and
 * the programs made from them ({@code linked/original}, {@code linked/semi-pic}, {@code linked/pic},
 * {@code linked/medlow}, {@code linked/medlow-semi-pic}, {@code linked/medlow-pic}, {@code linked/gcc-pic}).
 *
 * @param dir where it was unpacked
 */
public record DemoBundle(Path dir) {
    private static final String RESOURCE = "/dev/rvcm/cli/demo/benchmarks.tar.xz";

    /**
     * One benchmark.
     *
     * @param name its name (and its program's)
     * @param arguments the arguments the demo runs it with
     * @param dir its directory in the bundle
     */
    public record Benchmark(String name, List<String> arguments, Path dir) {
        public Benchmark {
            arguments = List.copyOf(arguments);
        }

        /** The objects of one build ({@code medany}, {@code medlow}, {@code pic}), in name order. */
        public List<Path> objects(String build) {
            try (Stream<Path> files = Files.list(dir.resolve(build))) {
                return files.filter(p -> p.toString().endsWith(".o")).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The bundled program of a variant. */
        public Path linked(String variant) {
            return dir.resolve("linked").resolve(variant);
        }
    }

    /** Unpacks the bundle from the jar into {@code dir}. */
    public static DemoBundle unpack(Path dir) throws IOException {
        try (InputStream resource = DemoBundle.class.getResourceAsStream(RESOURCE)) {
            if (resource == null) {
                throw new IOException("this rvcm has no demo bundle (" + RESOURCE + ")");
            }
            TarReader.unpack(new XZInputStream(new BufferedInputStream(resource)), dir.toAbsolutePath().normalize());
        }
        return new DemoBundle(dir.toAbsolutePath().normalize());
    }

    /** The benchmarks of {@code benchmarks.txt}, in its order. */
    public List<Benchmark> benchmarks() throws IOException {
        List<Benchmark> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("benchmarks.txt"))) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] f = t.split("\\s+");
            out.add(new Benchmark(f[0], Arrays.asList(f).subList(1, f.length), dir.resolve(f[0])));
        }
        return out;
    }
}
