package dev.rvcm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.testing.Corpus;
import dev.rvcm.testing.ReferenceTools;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML reports in a real browser: Debian's {@code chromium}, headless, loads each page from a file,
 * and the page must render — its DOM holds the SVG chart and the variants' names, a screenshot shows the
 * chart's bars — with no message in the console (the compare pages forbid every load and script by their
 * content security policy, so an external asset or a script would be one).
 */
class HtmlInBrowserTest {
    /** The bar colours the charts use (the audit's and the comparisons' palettes begin alike). */
    private static final java.util.Set<Integer> BARS = java.util.Set.of(0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f, 0xedc948,
        0xb07aa1, 0x9c755f);

    @TempDir
    Path dir;

    @Test
    void theComparePageRendersWithItsCharts() throws Exception {
        Path build = CrossPrograms.corpus();
        Path page = dir.resolve("compare.html");
        CliRun run = CliRun.of("compare", "--format", "html", "-o", page.toString(),
            "--variant", "medany=" + build.resolve("medany/crcsort/crcsort"),
            "--variant", "gcc-pic=" + build.resolve("pic/crcsort/crcsort"), "--", "300");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String dom = load(page);
        assertThat(dom).contains("<svg").contains("gcc-pic").contains("overhead in percent against medany")
            .contains("GOT loads per symbol and variant").contains("crc_table");
    }

    @Test
    void theStaticComparePageRenders() throws Exception {
        Path page = dir.resolve("static.html");
        CliRun run = CliRun.of("compare", "--static", "--format", "html", "-o", page.toString(),
            Corpus.fixture("linkage/medlow/linkage_main.o").toString(), Corpus.fixture("linkage/pic/linkage_main.o").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(load(page)).contains("<svg").contains("accesses by kind per image");
    }

    @Test
    void theAuditPageRenders() throws Exception {
        Path page = dir.resolve("audit.html");
        CliRun run = CliRun.of("audit", "--format", "html", Corpus.fixture("linkage/medlow/linkage_main.o").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Files.writeString(page, run.out());
        assertThat(load(page)).contains("<svg").contains("linkage_main.o");
    }

    /** The page's DOM after chromium loaded it; fails on a console message or a screenshot without the chart. */
    private String load(Path page) throws Exception {
        ReferenceTools.require("chromium", "chromium");
        Path screenshot = dir.resolve(page.getFileName() + ".png");
        Path profile = Files.createTempDirectory(dir, "profile");
        List<String> flags = List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0");
        Browser dom = chromium(flags, "--dump-dom", page.toUri().toString());
        Browser shot = chromium(flags, "--screenshot=" + screenshot, "--window-size=1400,2200", page.toUri().toString());
        for (Browser b : List.of(dom, shot)) {
            assertThat(b.exitCode()).as(b.stderr()).isZero();
            assertThat(b.stderr().lines().filter(l -> l.contains(":CONSOLE")).toList()).as("console messages").isEmpty();
        }
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(image).as(screenshot.toString()).isNotNull();
        assertThat(barPixels(image)).as("pixels of chart bars in the screenshot").isGreaterThan(200);
        return dom.stdout();
    }

    private record Browser(int exitCode, String stdout, String stderr) {
    }

    private Browser chromium(List<String> flags, String... more) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(flags);
        command.addAll(List.of(more));
        Path out = Files.createTempFile(dir, "chromium", ".out");
        Path err = Files.createTempFile(dir, "chromium", ".err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 120 s: " + String.join(" ", command));
        }
        return new Browser(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static int barPixels(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (BARS.contains(image.getRGB(x, y) & 0xffffff)) {
                    n++;
                }
            }
        }
        return n;
    }
}
