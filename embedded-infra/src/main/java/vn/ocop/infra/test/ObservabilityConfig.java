package vn.ocop.infra.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a service's Grafana dashboard and Prometheus alert rules from {@code deploy/observability/} and lists the
 * metric names their PromQL expressions use, so a test can check each one against {@code /q/metrics}.
 */
public final class ObservabilityConfig {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern STRINGS = Pattern.compile("\"[^\"]*\"|'[^']*'");
    private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}|\\[[^]]*]");
    private static final Pattern GROUPINGS = Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("\\b([a-zA-Z_:][a-zA-Z0-9_:]*)\\b(\\s*\\()?");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without", "on",
            "ignoring", "group_left", "group_right", "inf", "nan");

    private ObservabilityConfig() {
    }

    /** The repository's {@code deploy/observability} folder, found from the module's working directory. */
    public static Path folder() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("deploy/observability"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no deploy/observability above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("deploy/observability");
    }

    /** Every PromQL expression of the service's dashboard ({@code targets[].expr}) and alert rules ({@code expr}). */
    public static List<String> expressions(String service) throws IOException {
        List<String> expressions = new ArrayList<>();
        JsonNode dashboard = JSON.readTree(folder().resolve("grafana/" + service + ".json").toFile());
        dashboard.findValues("targets").forEach(targets -> targets.forEach(t -> expressions.add(t.path("expr").asText())));
        JsonNode rules = YAML.readTree(folder().resolve("prometheus/" + service + "-alerts.yml").toFile());
        rules.path("groups").forEach(g -> g.path("rules").forEach(r -> expressions.add(r.path("expr").asText())));
        return expressions;
    }

    /** Metric names used by the service's dashboard and alert rules. */
    public static Set<String> metricNames(String service) throws IOException {
        Set<String> names = new TreeSet<>();
        for (String expression : expressions(service)) {
            names.addAll(metricNamesOf(expression));
        }
        return names;
    }

    /** Metric names in one PromQL expression: identifiers that are not functions, keywords, labels or literals. */
    public static Set<String> metricNamesOf(String expression) {
        String bare = GROUPINGS.matcher(MATCHERS.matcher(STRINGS.matcher(expression).replaceAll(" ")).replaceAll(" "))
                .replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(bare);
        while (m.find()) {
            String name = m.group(1);
            boolean function = m.group(2) != null;
            if (!function && !KEYWORDS.contains(name.toLowerCase()) && !name.matches("\\d.*")) {
                names.add(name);
            }
        }
        return names;
    }
}
