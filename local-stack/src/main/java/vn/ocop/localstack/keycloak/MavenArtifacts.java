package vn.ocop.localstack.keycloak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Resolves an artifact through the project's Maven wrapper into the local repository (nothing downloaded by hand). */
final class MavenArtifacts {

    private static final Pattern REPO_LOCAL = Pattern.compile("-Dmaven\\.repo\\.local=(\\S+)");

    private MavenArtifacts() {
    }

    /** The artifact's file in the local repository, fetched with {@code ./mvnw dependency:get} when absent. */
    static Path fetch(Path repositoryRoot, String groupId, String artifactId, String version, String type)
            throws IOException {
        Path file = localRepository().resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version)
                .resolve(artifactId + "-" + version + "." + type);
        if (Files.isRegularFile(file)) {
            return file;
        }
        String coordinates = groupId + ":" + artifactId + ":" + version + ":" + type;
        System.out.println("Fetching " + coordinates + " through Maven (once) ...");
        List<String> command = List.of(repositoryRoot.resolve("mvnw").toString(), "-B", "-q",
                "dependency:get", "-Dartifact=" + coordinates, "-Dmaven.repo.local=" + localRepository());
        Process process = new ProcessBuilder(command).directory(repositoryRoot.toFile()).inheritIO().start();
        try {
            if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException("could not fetch " + coordinates + " with " + String.join(" ", command));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + coordinates, e);
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(coordinates + " was fetched but is not at " + file);
        }
        return file;
    }

    /** {@code -Dmaven.repo.local} of this JVM or of MAVEN_OPTS, else {@code ~/.m2/repository}. */
    static Path localRepository() {
        String property = System.getProperty("maven.repo.local");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String options = System.getenv("MAVEN_OPTS");
        if (options != null) {
            Matcher m = REPO_LOCAL.matcher(options);
            if (m.find()) {
                return Path.of(m.group(1));
            }
        }
        return Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
