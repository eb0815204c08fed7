package dev.rvcm.sim;

import java.util.stream.Stream;

/**
 * The engines every engine test runs its guests with: the interpreter, and translation after two
 * executions of an instruction, so that even a short guest runs most of its loops as translated code
 * (the default threshold would leave it to the interpreter).
 */
final class Engines {

    /** Translation as eager as makes sense: code that ran twice is translated. */
    static final Engine EAGER = new Engine.Translate(2);

    private Engines() {
    }

    /** For {@code @MethodSource("dev.rvcm.sim.Engines#both")}. */
    static Stream<Engine> both() {
        return Stream.of(Engine.interpret(), EAGER);
    }
}
