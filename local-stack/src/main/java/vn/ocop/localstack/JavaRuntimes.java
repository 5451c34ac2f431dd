package vn.ocop.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a Java runtime of at least a given major version on this machine (Keycloak 26 needs 21+, the startup
 * bench's AOT-cache variant 25+, while the build runs on 17): {@code OCOP_KEYCLOAK_JAVA_HOME}, {@code JAVA_HOME}, this
 * JVM, then every JDK under {@code /usr/lib/jvm} and {@code /opt/java}, each asked for its version by running
 * {@code java -version}; the newest that fits wins.
 */
public final class JavaRuntimes {

    private static final Pattern VERSION = Pattern.compile("version \"(\\d+)(?:\\.(\\d+))?");

    /** A Java home and its major version. */
    public record Runtime(Path home, int major) {
        public Path java() {
            return home.resolve("bin").resolve("java");
        }
    }

    private JavaRuntimes() {
    }

    /** The newest runtime of at least {@code minimumMajor}; the exception says what was found and what to install. */
    public static Runtime atLeast(int minimumMajor) {
        List<Runtime> found = all();
        return found.stream().filter(r -> r.major() >= minimumMajor)
                .max(Comparator.comparingInt(Runtime::major))
                .orElseThrow(() -> new IllegalStateException("Java " + minimumMajor + " or newer is needed, and "
                        + "none was found (looked at OCOP_KEYCLOAK_JAVA_HOME, JAVA_HOME, this JVM and "
                        + "/usr/lib/jvm/*, /opt/java/*; found: "
                        + (found.isEmpty() ? "nothing" : found.stream()
                        .map(r -> "Java " + r.major() + " at " + r.home()).toList()) + "). Install one (e.g. "
                        + "apt-get install openjdk-21-jdk-headless) or set OCOP_KEYCLOAK_JAVA_HOME to its home."));
    }

    /** Every distinct Java home found, with its version. */
    public static List<Runtime> all() {
        Set<Path> homes = new LinkedHashSet<>();
        Optional.ofNullable(System.getenv("OCOP_KEYCLOAK_JAVA_HOME")).map(Path::of).ifPresent(homes::add);
        Optional.ofNullable(System.getenv("JAVA_HOME")).map(Path::of).ifPresent(homes::add);
        homes.add(Path.of(System.getProperty("java.home")));
        for (String root : List.of("/usr/lib/jvm", "/opt/java")) {
            Path dir = Path.of(root);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> children = Files.list(dir)) {
                    children.sorted().forEach(homes::add);
                } catch (IOException e) {
                    // unreadable: nothing found there
                }
            }
        }
        List<Runtime> runtimes = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        for (Path home : homes) {
            Path java = home.resolve("bin").resolve("java");
            if (!Files.isExecutable(java)) {
                continue;
            }
            try {
                if (!seen.add(java.toRealPath())) {
                    continue;
                }
            } catch (IOException e) {
                continue;
            }
            majorVersion(java).ifPresent(major -> runtimes.add(new Runtime(home, major)));
        }
        return runtimes;
    }

    static Optional<Integer> majorVersion(Path java) {
        try {
            Process process = new ProcessBuilder(java.toString(), "-version").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return parseMajor(output);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** "1.8.0_392" → 8, "17.0.15" → 17, "25" → 25. */
    static Optional<Integer> parseMajor(String versionOutput) {
        Matcher m = VERSION.matcher(versionOutput);
        if (!m.find()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(m.group(1));
        return Optional.of(first == 1 && m.group(2) != null ? Integer.parseInt(m.group(2)) : first);
    }
}
