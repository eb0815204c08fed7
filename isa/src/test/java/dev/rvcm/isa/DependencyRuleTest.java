package dev.rvcm.isa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code dev.rvcm.isa} may use {@code relocs}, never the modules to its right (see package-info). */
class DependencyRuleTest {

    private static final List<String> FORBIDDEN = List.of(
            "dev.rvcm.analyzer", "dev.rvcm.sim", "dev.rvcm.reports", "dev.rvcm.cli");

    @Test
    void mainSourcesImportNothingFromLaterModules() throws IOException {
        Path main = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(main)) {
            List<String> violations = files.filter(p -> p.toString().endsWith(".java"))
                    .flatMap(DependencyRuleTest::codeLines)
                    .filter(line -> FORBIDDEN.stream().anyMatch(line::contains))
                    .toList();
            assertThat(violations).isEmpty();
        }
    }

    /** The file's lines outside comments, prefixed with the file name. */
    private static Stream<String> codeLines(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(line -> !line.strip().startsWith("*") && !line.strip().startsWith("/*")
                            && !line.strip().startsWith("//"))
                    .map(line -> file.getFileName() + ": " + line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
