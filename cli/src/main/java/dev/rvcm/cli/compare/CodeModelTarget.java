package dev.rvcm.cli.compare;

import java.util.Arrays;
import java.util.Locale;

/** The code models {@code rvcm compare --models} makes variants in, by rewriting the input objects. */
public enum CodeModelTarget {
    /** Everything the image defines PC-relative, the GOT only for what it does not (issue 10's semi-PIC). */
    SEMI_PIC,
    /** What {@code gcc -fPIC} emits: every preemptible symbol through the GOT. */
    PIC;

    /** The name on the command line and of the variant: {@code semi-pic}, {@code pic}. */
    public String spelling() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @throws IllegalArgumentException for an unknown name */
    public static CodeModelTarget parse(String name) {
        return Arrays.stream(values()).filter(m -> m.spelling().equals(name.strip())).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("unknown code model '" + name + "' (semi-pic or pic)"));
    }
}
