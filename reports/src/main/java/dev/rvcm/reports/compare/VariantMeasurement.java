package dev.rvcm.reports.compare;

/**
 * What was measured of one variant, before it is set against the baseline.
 *
 * @param name the variant's name
 * @param origin how it was made
 * @param output its output as compared
 * @param statics its static facts
 * @param dynamics its run
 * @param steps how long each step took
 */
public record VariantMeasurement(String name, String origin, ComparedOutput output, StaticFacts statics,
                                 DynamicFacts dynamics, StepTimes steps) {
}
