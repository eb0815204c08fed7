/**
 * CI gates: a {@link dev.rvcm.analyzer.policy.Policy} (a preset, or a YAML/TOML file read by
 * {@link dev.rvcm.analyzer.policy.PolicyFiles}) of {@link dev.rvcm.analyzer.policy.Rule}s, checked
 * against an audit by {@link dev.rvcm.analyzer.policy.PolicyChecker}, giving
 * {@link dev.rvcm.analyzer.policy.Finding}s. Rendering the findings is the reports module's job.
 */
package dev.rvcm.analyzer.policy;
