package dev.rvcm.analyzer.rewrite;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What a rewrite makes.
 *
 * @param model            the code model
 * @param external         symbols (by name) to reach through the GOT as well, whatever the model says
 * @param semiPicSections  with the PIC model, sections (by name) whose code is rewritten semi-PIC instead:
 *                         code that runs before the image is at its link address (a kernel's early boot,
 *                         with the MMU still off) cannot use link-time addresses loaded from a GOT
 */
public record RewriteOptions(TargetModel model, List<Pattern> external, Optional<Pattern> semiPicSections) {
    public RewriteOptions {
        external = List.copyOf(external);
    }

    /** The model with no other option. */
    public static RewriteOptions of(TargetModel model) {
        return new RewriteOptions(model, List.of(), Optional.empty());
    }

    /** The model the code of section {@code name} is rewritten to. */
    TargetModel modelFor(String section) {
        return semiPicSections.filter(p -> p.matcher(section).find()).isPresent() ? TargetModel.SEMI_PIC : model;
    }

    /** Whether the user named symbol {@code name} external. */
    Predicate<String> named() {
        return name -> external.stream().anyMatch(p -> p.matcher(name).find());
    }
}
