package dev.rvcm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/**
 * {@code rvcm --version}: the version and the commit the build wrote into
 * {@code rvcm-version.properties}, and the Java runtime.
 */
final class VersionProvider implements CommandLine.IVersionProvider {
    /** The version of this build, e.g. {@code 0.1.0-SNAPSHOT}. */
    static String version() {
        return build().getProperty("version", "unknown");
    }

    /** The commit this build was made from (12 hex digits), or {@code unknown} outside a git checkout. */
    static String commit() {
        return build().getProperty("commit", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"rvcm " + version() + " (commit " + commit() + ")", "Java " + Runtime.version()};
    }

    private static Properties build() {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/rvcm-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
