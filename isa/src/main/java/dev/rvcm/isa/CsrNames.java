package dev.rvcm.isa;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The CSR names GNU objdump 2.40 prints (newest privileged specification, every extension's CSRs),
 * read once from {@code csr-names.txt}: one {@code 0xNNN name} line per named CSR.
 */
public final class CsrNames {

    private static final String[] NAMES = load();

    private CsrNames() {
    }

    /** Whether CSR {@code number} (0–4095) has a name; objdump prints unnamed ones as {@code 0x…}. */
    public static boolean isNamed(int number) {
        return NAMES[number] != null;
    }

    /** The name of CSR {@code number}; see {@link #isNamed(int)}. */
    public static String name(int number) {
        String name = NAMES[number];
        if (name == null) {
            throw new IllegalArgumentException("CSR 0x" + Integer.toHexString(number) + " has no name");
        }
        return name;
    }

    private static String[] load() {
        String[] names = new String[4096];
        try (InputStream in = CsrNames.class.getResourceAsStream("csr-names.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int space = line.indexOf(' ');
                names[Integer.decode(line.substring(0, space))] = line.substring(space + 1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
