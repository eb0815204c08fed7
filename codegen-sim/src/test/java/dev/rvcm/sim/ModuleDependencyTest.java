package dev.rvcm.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** DESIGN.md: codegen-sim may use relocs and isa, never analyzer, reports or cli. */
class ModuleDependencyTest {

    @Test
    void mainSourcesImportNothingRightOfTheEngine() throws IOException {
        Path src = Path.of("src/main/java");
        List<String> forbidden = List.of("dev.rvcm.analyzer", "dev.rvcm.reports", "dev.rvcm.cli");
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                for (String pkg : forbidden) {
                    assertThat(text).as(f.toString()).doesNotContain(pkg);
                }
            }
        }
    }
}
