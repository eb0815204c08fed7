package dev.rvcm.sim;

import java.util.Locale;

/**
 * Which engine runs the guest. Both give the same guest behaviour, the same counters and the same
 * modeled cycles; they differ in speed.
 */
public sealed interface Engine {

    /** The threshold {@link #translate()} uses: executions of an instruction before its code is translated. */
    long DEFAULT_THRESHOLD = 1000;
    /** The bound {@link #translate()} uses: translations (hidden classes) alive at once at most. */
    int DEFAULT_MAX_TRANSLATIONS = 2048;

    /** The name {@code rvcm run --engine} takes: {@code interpret} or {@code translate}. */
    String name();

    /** The decode-once interpreter alone. */
    record Interpret() implements Engine {
        @Override
        public String name() {
            return "interpret";
        }
    }

    /**
     * Tiered: cold code is interpreted; code starting at an instruction the interpreter ran
     * {@code threshold} times is translated to JVM bytecode (hidden classes that HotSpot compiles),
     * which then runs it. When {@code maxTranslations} are alive, all are dropped and hot code is
     * translated again as it is reached, so that classes are unloaded rather than piling up.
     *
     * @param threshold        executions of an instruction before its code is translated (0: on first sight)
     * @param maxTranslations  translations alive at once at most
     */
    record Translate(long threshold, int maxTranslations) implements Engine {
        public Translate {
            if (threshold < 0) {
                throw new IllegalArgumentException("the translation threshold must not be negative");
            }
            if (maxTranslations < 1) {
                throw new IllegalArgumentException("at least one translation must be allowed");
            }
        }

        /** Translation after {@code threshold} executions, with the default bound. */
        public Translate(long threshold) {
            this(threshold, DEFAULT_MAX_TRANSLATIONS);
        }

        @Override
        public String name() {
            return "translate";
        }
    }

    /** The interpreter alone. */
    static Engine interpret() {
        return new Interpret();
    }

    /** Translation with the {@link #DEFAULT_THRESHOLD}. */
    static Engine translate() {
        return new Translate(DEFAULT_THRESHOLD);
    }

    /** The engine called {@code name} ({@code interpret}, {@code translate}); the default threshold. */
    static Engine named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "interpret" -> interpret();
            case "translate" -> translate();
            default -> throw new IllegalArgumentException("unknown engine '" + name + "' (interpret, translate)");
        };
    }
}
