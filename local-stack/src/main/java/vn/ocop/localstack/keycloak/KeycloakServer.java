package vn.ocop.localstack.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.ocop.localstack.JavaRuntimes;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.channels.FileChannel;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Owns one real Keycloak (the {@code org.keycloak:keycloak-quarkus-dist} zip from Maven Central) run as a child
 * process on a Java 21+ runtime found on the machine: the zip is fetched through Maven into the local repository,
 * unpacked and built once ({@code kc.sh build}, database PostgreSQL) under the data directory, then started with
 * {@code start --optimized} on loopback with the realm of {@code deploy/keycloak/ocop-realm.json} imported, plus the
 * local-only extras of {@link LocalRealm} (a direct-grant test client, demo users). Its database is {@code keycloak}
 * on the stack's embedded PostgreSQL.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String VERSION = "26.5.6";
    public static final String REALM = "ocop";
    public static final String ADMIN_USER = "kc-admin";
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final String adminPassword;
    private final Path home;
    private final Path logFile;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;
    private Duration startTime;

    private KeycloakServer(int port, String adminPassword, Path home, Path logFile) {
        this.port = port;
        this.adminPassword = adminPassword;
        this.home = home;
        this.logFile = logFile;
    }

    /**
     * Unpacks and builds the distribution ahead of time ({@code args[0]}: the repository root), so that a later
     * {@link #start} only starts it. The build runs this in the background while the services' tests run (see
     * local-stack/pom.xml); without Java 21+ it says so and leaves the failure to the test that needs Keycloak.
     */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        long started = System.nanoTime();
        JavaRuntimes.Runtime java;
        try {
            java = JavaRuntimes.atLeast(21);
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
            return;
        }
        Path home = distribution(root, root.resolve(".local-stack").resolve("keycloak-dist"), java);
        System.out.printf("Keycloak distribution ready in %s after %.1f s%n", home, (System.nanoTime() - started) / 1e9);
    }

    /**
     * Starts Keycloak and waits until the realm's discovery document answers.
     *
     * @param repositoryRoot where {@code deploy/keycloak/} and the Maven wrapper are
     * @param dataDirectory  where the distribution is unpacked ({@code keycloak/}) and the log written
     * @param jdbcUrl        the {@code keycloak} database
     * @param realm          the realm JSON to import (see {@link LocalRealm})
     * @param environment    extra environment (placeholders of the realm file such as OCOP_REGISTRY_CLIENT_SECRET)
     */
    public static KeycloakServer start(Path repositoryRoot, Path dataDirectory, int port, int managementPort,
                                       String jdbcUrl, String dbUser, String dbPassword, String adminPassword,
                                       ObjectNode realm, Map<String, String> environment) throws IOException {
        JavaRuntimes.Runtime java = JavaRuntimes.atLeast(21);
        Path built = distribution(repositoryRoot, repositoryRoot.resolve(".local-stack").resolve("keycloak-dist"),
                java);
        Path home = instanceHome(built, dataDirectory.resolve("keycloak").resolve("home"));
        Path importDir = home.resolve("data").resolve("import");
        Files.createDirectories(importDir);
        Files.writeString(importDir.resolve("ocop-realm.json"), JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsString(realm), StandardCharsets.UTF_8);
        Path log = dataDirectory.resolve("logs").resolve("keycloak.log");
        Files.createDirectories(log.getParent());
        stopLeftover(dataDirectory);
        KeycloakServer server = new KeycloakServer(port, adminPassword, home, log);
        server.launch(java, jdbcUrl, dbUser, dbPassword, managementPort, environment);
        return server;
    }

    private void launch(JavaRuntimes.Runtime java, String jdbcUrl, String dbUser, String dbPassword,
                        int managementPort, Map<String, String> environment) throws IOException {
        Instant started = Instant.now();
        List<String> command = List.of(home.resolve("bin/kc.sh").toString(), "start", "--optimized",
                "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + port,
                "--http-management-port=" + managementPort, "--hostname=http://localhost:" + port,
                "--hostname-strict=false", "--db-url=" + jdbcUrl, "--db-username=" + dbUser,
                "--db-password=" + dbPassword, "--import-realm", "--cache=local");
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("JAVA_HOME", java.home().toString());
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        process = builder.start();
        Path pidFile = pidFile(logFile.getParent().getParent());
        Files.createDirectories(pidFile.getParent());
        Files.writeString(pidFile, Long.toString(process.pid()));
        awaitReady();
        startTime = Duration.between(started, Instant.now());
    }

    private void awaitReady() throws IOException {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("Keycloak exited with " + process.exitValue() + "; see " + logFile);
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (ConnectException | java.net.http.HttpTimeoutException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for Keycloak", e);
            }
            sleep(500);
        }
        close();
        throw new IOException("Keycloak was not ready within " + READY_TIMEOUT.toSeconds() + " s; see " + logFile);
    }

    /**
     * A home of its own for one server (its {@code data/} with the realm to import, its {@code conf/}) that shares the
     * built distribution's read-only {@code lib/}, {@code themes/} and {@code providers/} through symbolic links.
     */
    private static Path instanceHome(Path built, Path home) throws IOException {
        if (Files.exists(home)) {
            MavenArtifacts.deleteRecursively(home);
        }
        Files.createDirectories(home.resolve("data"));
        for (String shared : List.of("lib", "themes", "providers")) {
            Files.createSymbolicLink(home.resolve(shared), built.resolve(shared));
        }
        for (String own : List.of("bin", "conf")) {
            try (var files = Files.walk(built.resolve(own))) {
                for (Path source : files.toList()) {
                    Path target = home.resolve(built.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        }
        return home;
    }

    /**
     * The unpacked, built distribution, shared by every local stack and test run of this repository (unpacking and
     * {@code kc.sh build} cost a minute or two); built under a file lock so concurrent runs build it once.
     */
    private static Path distribution(Path repositoryRoot, Path directory, JavaRuntimes.Runtime java)
            throws IOException {
        Files.createDirectories(directory);
        try (var channel = FileChannel.open(directory.resolve(".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             var lock = channel.lock()) {
            return buildDistribution(repositoryRoot, directory, java);
        }
    }

    private static Path buildDistribution(Path repositoryRoot, Path directory, JavaRuntimes.Runtime java)
            throws IOException {
        Path home = directory.resolve("keycloak-" + VERSION);
        Path built = home.resolve(".ocop-built");
        if (Files.exists(built)) {
            return home;
        }
        Path zip = MavenArtifacts.fetch(repositoryRoot, "org.keycloak", "keycloak-quarkus-dist", VERSION, "zip");
        if (Files.exists(home)) {
            MavenArtifacts.deleteRecursively(home);
        }
        Files.createDirectories(directory);
        unzip(zip, directory);
        for (String script : List.of("kc.sh", "kcadm.sh", "kcreg.sh")) {
            Path file = home.resolve("bin").resolve(script);
            if (Files.exists(file)) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        Path log = directory.resolve("build.log");
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "build", "--db=postgres",
                "--health-enabled=true", "--cache=local").directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", java.home().toString());
        Process build = builder.start();
        try {
            if (!build.waitFor(10, TimeUnit.MINUTES) || build.exitValue() != 0) {
                build.destroyForcibly();
                throw new IOException("kc.sh build failed; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while building Keycloak", e);
        }
        Files.writeString(built, VERSION);
        return home;
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(entries, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    public URI url() {
        return URI.create("http://localhost:" + port);
    }

    /** The {@code iss} of the realm's tokens. */
    public String issuer() {
        return url() + "/realms/" + REALM;
    }

    /** The realm's JWKS ({@code jwks_uri} of its discovery document). */
    public String jwksUrl() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    public String tokenEndpoint() {
        return issuer() + "/protocol/openid-connect/token";
    }

    /** What the web front end would open (authorization code + PKCE, client ocop-web). */
    public String accountConsoleUrl() {
        return issuer() + "/account";
    }

    public Path logFile() {
        return logFile;
    }

    /** From launch until the discovery document answered. */
    public Duration startTime() {
        return startTime;
    }

    /** Signs {@code username} in through the token endpoint (password grant of the test client); the access token. */
    public String signIn(String clientId, String username, String password) throws IOException {
        HttpResponse<String> response = tokenRequest(clientId, username, password);
        if (response.statusCode() != 200) {
            throw new IOException("sign-in of " + username + " failed: " + response.statusCode() + " "
                    + response.body());
        }
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    /** The raw token endpoint answer of a password grant (tests check refusals). */
    public HttpResponse<String> tokenRequest(String clientId, String username, String password) throws IOException {
        return post(tokenEndpoint(), form(Map.of("grant_type", "password", "client_id", clientId,
                "username", username, "password", password, "scope", "openid")), null);
    }

    /** A master-realm admin token (the bootstrap admin), for realm administration in tests and the launcher. */
    public String adminToken() throws IOException {
        HttpResponse<String> response = post(url() + "/realms/master/protocol/openid-connect/token",
                form(Map.of("grant_type", "password", "client_id", "admin-cli", "username", ADMIN_USER,
                        "password", adminPassword)), null);
        if (response.statusCode() != 200) {
            throw new IOException("admin sign-in failed: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    /** The id of a user of the realm. */
    public String userId(String username) throws IOException {
        JsonNode users = JSON.readTree(admin("GET", "/users?exact=true&username="
                + java.net.URLEncoder.encode(username, StandardCharsets.UTF_8), null));
        if (users.isEmpty()) {
            throw new IOException("no user " + username);
        }
        return users.get(0).path("id").asText();
    }

    /** Sets one attribute of a user (keeping the others), as provisioning would. */
    public void setAttribute(String username, String name, String value) throws IOException {
        String id = userId(username);
        ObjectNode user = (ObjectNode) JSON.readTree(admin("GET", "/users/" + id, null));
        ObjectNode attributes = user.has("attributes") ? (ObjectNode) user.get("attributes") : user.putObject(
                "attributes");
        attributes.putArray(name).add(value);
        admin("PUT", "/users/" + id, user.toString());
    }

    /**
     * Rotates the realm's signing key: a new RSA key provider with a higher priority becomes the active one; tokens are
     * signed with a key id the services have not seen.
     */
    public void rotateSigningKey() throws IOException {
        JsonNode realm = JSON.readTree(admin("GET", "", null));
        ObjectNode component = JSON.createObjectNode();
        component.put("name", "rsa-rotated-" + System.currentTimeMillis());
        component.put("providerId", "rsa-generated");
        component.put("providerType", "org.keycloak.keys.KeyProvider");
        component.put("parentId", realm.path("id").asText());
        ObjectNode config = component.putObject("config");
        config.putArray("priority").add(Long.toString(System.currentTimeMillis() / 1000));
        config.putArray("keySize").add("2048");
        config.putArray("active").add("true");
        config.putArray("enabled").add("true");
        config.putArray("algorithm").add("RS256");
        admin("POST", "/components", component.toString());
    }

    /** Calls the realm's admin REST API ({@code /admin/realms/ocop{path}}) as the bootstrap admin. */
    public String admin(String method, String path, String body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url() + "/admin/realms/" + REALM + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IOException(method + " " + path + ": " + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private HttpResponse<String> post(String url, String form, String bearer) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String form(Map<String, String> fields) {
        List<String> parts = new ArrayList<>();
        fields.forEach((k, v) -> parts.add(java.net.URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return String.join("&", parts);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGTERM to Keycloak (and its JVM, should the script not have exec'd it), then wait. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
        process = null;
    }

    private static Path pidFile(Path dataDirectory) {
        return dataDirectory.resolve("pids").resolve("keycloak.pid");
    }

    /** A Keycloak left running on this data directory by a launcher that was killed is stopped (SIGTERM, wait). */
    public static void stopLeftover(Path dataDirectory) {
        try {
            Path pidFile = pidFile(dataDirectory);
            if (!Files.exists(pidFile)) {
                return;
            }
            ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim())).filter(ProcessHandle::isAlive)
                    .filter(h -> h.info().commandLine().map(c -> c.contains("keycloak")).orElse(false))
                    .ifPresent(h -> {
                        h.destroy();
                        try {
                            h.onExit().get(30, TimeUnit.SECONDS);
                        } catch (Exception e) {
                            h.destroyForcibly();
                        }
                    });
            Files.deleteIfExists(pidFile);
        } catch (IOException | NumberFormatException e) {
            // no readable pid: nothing is running there
        }
    }
}
