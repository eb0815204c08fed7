package dev.rvcm.isa.ir;

/**
 * A position in a code section, compared by identity; its offset is only known once the section is
 * written. Reading a section makes one label per symbol defined in it, so that references to local
 * symbols ({@code .L5}, {@code .Lpcrel_hi0}) become references to labels and follow the code when it
 * moves.
 */
public final class Label {
    private final String name;

    public Label(String name) {
        this.name = name;
    }

    /** The name of the symbol the label came from, for printing. */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
