package dev.rvcm.isa;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The CSR names GNU objdump 2.40 prints under each {@link PrivilegedSpec} (every extension's CSRs),
 * read once from {@code csr-names.txt}: one {@code 0xNNN name spec…} line per name.
 */
public final class CsrNames {

    private static final String[][] NAMES = load();

    private CsrNames() {
    }

    /** Whether CSR {@code number} (0–4095) has a name under {@code spec}; objdump prints unnamed ones as {@code 0x…}. */
    public static boolean isNamed(PrivilegedSpec spec, int number) {
        return NAMES[spec.ordinal()][number] != null;
    }

    /** The name of CSR {@code number} under {@code spec}; see {@link #isNamed}. */
    public static String name(PrivilegedSpec spec, int number) {
        String name = NAMES[spec.ordinal()][number];
        if (name == null) {
            throw new IllegalArgumentException("CSR 0x" + Integer.toHexString(number) + " has no name in privileged spec "
                + spec.version());
        }
        return name;
    }

    private static String[][] load() {
        String[][] names = new String[PrivilegedSpec.values().length][4096];
        try (InputStream in = CsrNames.class.getResourceAsStream("csr-names.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split(" ");
                int number = Integer.decode(fields[0]);
                for (int i = 2; i < fields.length; i++) {
                    names[PrivilegedSpec.named(fields[i]).ordinal()][number] = fields[1];
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
