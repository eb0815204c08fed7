package dev.rvcm.dist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the {@code run:} steps of a GitHub Actions workflow's first job in order, as a runner would:
 * {@code bash --noprofile --norc -eo pipefail} in the workspace, the workflow's {@code env},
 * {@code RUNNER_TEMP}, {@code GITHUB_PATH} (its lines go before {@code PATH} for later steps),
 * {@code GITHUB_OUTPUT} (read into {@code steps.ID.outputs}), and {@code if:} conditions of the two
 * forms the examples use: {@code always()} and {@code steps.ID.outputs.NAME == 'VALUE'}. A step
 * without {@code if:} runs only while no step has failed. {@code uses:} steps are not run.
 */
final class WorkflowRun {
    private static final Pattern OUTPUT_EQUALS = Pattern.compile("steps\\.([\\w-]+)\\.outputs\\.([\\w-]+) == '([^']*)'");

    /** A step that ran: its name, exit code and combined output. */
    record Step(String name, int exitCode, String output) {
    }

    /** The steps that ran, in order; the job failed when one of them did. */
    record Result(List<Step> steps) {
        boolean failed() {
            return steps.stream().anyMatch(s -> s.exitCode() != 0);
        }

        Step step(String name) {
            return steps.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("step '" + name + "' did not run; ran " + steps));
        }
    }

    private WorkflowRun() {
    }

    static Result run(Path workflow, Path workspace, Map<String, String> overrides) throws IOException, InterruptedException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(workflow.toFile());
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HOME", Files.createDirectories(workspace.resolveSibling("home")).toString());
        env.put("PATH", "/usr/bin:/bin");
        env.put("GITHUB_WORKSPACE", workspace.toString());
        env.put("RUNNER_TEMP", Files.createDirectories(workspace.resolveSibling("runner-temp")).toString());
        Path githubPath = Files.createFile(workspace.resolveSibling("github-path"));
        env.put("GITHUB_PATH", githubPath.toString());
        root.path("env").properties().forEach(e -> env.put(e.getKey(), e.getValue().asText()));
        env.putAll(overrides);
        Map<String, Map<String, String>> outputs = new HashMap<>();
        List<Step> ran = new ArrayList<>();
        JsonNode job = root.path("jobs").elements().next();
        for (JsonNode step : job.path("steps")) {
            boolean failedSoFar = ran.stream().anyMatch(s -> s.exitCode() != 0);
            if (!shouldRun(step.path("if").asText(""), failedSoFar, outputs) || !step.has("run")) {
                continue;
            }
            Path outputFile = Files.createTempFile(workspace.resolveSibling("runner-temp"), "output", "");
            Map<String, String> stepEnv = new LinkedHashMap<>(env);
            stepEnv.put("GITHUB_OUTPUT", outputFile.toString());
            List<String> extraPath = Files.readAllLines(githubPath);
            stepEnv.put("PATH", String.join(":", extraPath.reversed()) + (extraPath.isEmpty() ? "" : ":") + env.get("PATH"));
            ran.add(runStep(step.path("name").asText(step.path("run").asText()), step.path("run").asText(), workspace, stepEnv));
            Map<String, String> stepOutputs = new HashMap<>();
            for (String line : Files.readAllLines(outputFile)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    stepOutputs.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            outputs.put(step.path("id").asText(""), stepOutputs);
        }
        return new Result(ran);
    }

    private static boolean shouldRun(String condition, boolean failedSoFar, Map<String, Map<String, String>> outputs) {
        if (condition.isBlank()) {
            return !failedSoFar;
        }
        if (condition.strip().equals("always()")) {
            return true;
        }
        Matcher equals = OUTPUT_EQUALS.matcher(condition.strip());
        if (!equals.matches()) {
            throw new IllegalArgumentException("this runner does not know the condition: " + condition);
        }
        return !failedSoFar && equals.group(3).equals(outputs.getOrDefault(equals.group(1), Map.of()).get(equals.group(2)));
    }

    private static Step runStep(String name, String script, Path workspace, Map<String, String> env)
        throws IOException, InterruptedException {
        Path file = Files.createTempFile(Path.of(env.get("RUNNER_TEMP")), "step", ".sh");
        Files.writeString(file, script);
        ProcessBuilder builder = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", file.toString())
            .directory(workspace.toFile()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("step '" + name + "' did not finish in 5 minutes");
        }
        return new Step(name, process.exitValue(), output);
    }
}
