package vn.ocop.systemtests;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import vn.ocop.contract.Topics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The distributed deployment in docker-compose.yml (which cannot run on this machine) is checked statically: against
 * the Compose specification schema by tools/validators, and for the shape the design asks for.
 */
class ComposeDeploymentTest {

    private static final Path ROOT = Path.of(System.getProperty("ocop.repo.root", "..")).toAbsolutePath().normalize();
    private static final Path COMPOSE = ROOT.resolve("docker-compose.yml");
    private static final Path VALIDATORS = ROOT.resolve("tools/validators");

    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readTheComposeFile() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE, StandardCharsets.UTF_8));
        services = (Map<String, Map<String, Object>>) compose.get("services");
    }

    @Test
    void shouldConformToTheComposeSpecification() throws Exception {
        Run run = validate(COMPOSE);

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("valid Compose file");
    }

    @Test
    void shouldRejectAComposeFileThatBreaksTheSpecification() throws Exception {
        String broken = Files.readString(COMPOSE, StandardCharsets.UTF_8)
                .replaceFirst("replicas: 2", "replicas: two")
                .replaceFirst("(?m)^  kafka:\\n", "  kafka:\n    restart_policy: sometimes\n");
        Path copy = Files.createTempFile("docker-compose-broken-", ".yml");
        Files.writeString(copy, broken, StandardCharsets.UTF_8);

        Run run = validate(copy);

        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("/deploy/replicas").contains("restart_policy");
    }

    @Test
    void shouldRunKeycloakWithItsOwnDatabaseAndTheRealmAndMakeBothServicesVerifyItsTokens() {
        Map<String, Object> keycloak = services.get("keycloak");
        assertThat(String.valueOf(keycloak.get("image"))).startsWith("quay.io/keycloak/keycloak:26.");
        assertThat(String.valueOf(keycloak.get("command"))).contains("--import-realm");
        assertThat(String.valueOf(keycloak.get("volumes"))).contains("./deploy/keycloak:/opt/keycloak/data/import");
        assertThat(ROOT.resolve("deploy/keycloak/ocop-realm.json")).isRegularFile();
        String db = String.valueOf(environment("keycloak").get("KC_DB_URL"));
        assertThat(db).contains("//postgres-keycloak:");
        assertThat(dependsOn("keycloak")).containsKey("postgres-keycloak");
        for (String service : List.of("registry-service", "traceability-service")) {
            assertThat(String.valueOf(environment(service).get("MP_JWT_VERIFY_ISSUER"))).contains("/realms/ocop");
            assertThat(String.valueOf(environment(service).get("MP_JWT_VERIFY_PUBLICKEY_LOCATION")))
                    .isEqualTo("http://keycloak:8080/realms/ocop/protocol/openid-connect/certs");
            assertThat(environment(service).get("MP_JWT_VERIFY_AUDIENCES")).isEqualTo("ocop-api");
            assertThat(dependsOn(service)).containsKey("keycloak");
        }
    }

    @Test
    void shouldGiveEachServiceItsOwnPostgresServer() {
        List<String> postgresServers = services.entrySet().stream()
                .filter(service -> String.valueOf(service.getValue().get("image")).startsWith("postgres:"))
                .map(Map.Entry::getKey).toList();
        assertThat(postgresServers).hasSize(3);   // registry, traceability, Keycloak

        String registryDb = databaseHost("registry-service");
        String traceabilityDb = databaseHost("traceability-service");
        assertThat(postgresServers).contains(registryDb, traceabilityDb);
        assertThat(registryDb).isNotEqualTo(traceabilityDb);
        assertThat(dependsOn("registry-service")).containsKey(registryDb);
        assertThat(dependsOn("traceability-service")).containsKey(traceabilityDb);
    }

    @Test
    void shouldRunKafkaInKraftModeWithoutZookeeper() {
        Map<String, Object> kafkaEnv = environment("kafka");
        assertThat(String.valueOf(services.get("kafka").get("image"))).startsWith("apache/kafka:");
        assertThat(String.valueOf(kafkaEnv.get("KAFKA_PROCESS_ROLES"))).contains("broker").contains("controller");
        assertThat(kafkaEnv).containsKey("KAFKA_CONTROLLER_QUORUM_VOTERS").doesNotContainKey("KAFKA_ZOOKEEPER_CONNECT");
        assertThat(services.keySet()).noneMatch(name -> name.contains("zookeeper"));
        assertThat(Integer.parseInt(String.valueOf(kafkaEnv.get("KAFKA_NUM_PARTITIONS")))).isGreaterThan(1);
    }

    @Test
    void shouldCreateTheRegistryTopicWithSeveralPartitionsAndItsDeadLetterTopic() {
        String commands = String.valueOf(services.values().stream().map(service -> service.get("command")).toList());
        Matcher topic = Pattern.compile("--topic " + Pattern.quote(Topics.REGISTRY_EVENTS) + "\\s+--partitions (\\d+)")
                .matcher(commands);

        assertThat(topic.find()).as("a command creating %s: %s", Topics.REGISTRY_EVENTS, commands).isTrue();
        assertThat(Integer.parseInt(topic.group(1))).isGreaterThan(1).isEqualTo(Topics.REGISTRY_EVENTS_PARTITIONS);
        assertThat(commands).contains("--topic " + Topics.REGISTRY_EVENTS_DLQ);
    }

    @Test
    void shouldBuildBothServicesFromTheRepositoryAndRunTwoReplicasOfEach() {
        for (String name : List.of("registry-service", "traceability-service")) {
            Map<String, Object> service = services.get(name);
            assertThat(service).as(name).isNotNull();
            @SuppressWarnings("unchecked")
            Map<String, Object> build = (Map<String, Object>) service.get("build");
            assertThat(build.get("context")).isEqualTo("./" + name);
            assertThat(ROOT.resolve(name).resolve(String.valueOf(build.get("dockerfile")))).isRegularFile();
            @SuppressWarnings("unchecked")
            Map<String, Object> deploy = (Map<String, Object>) service.get("deploy");
            assertThat(deploy.get("replicas")).isEqualTo(2);
            assertThat(environment(name)).containsKeys("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                    "QUARKUS_DATASOURCE_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS", "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                    "MP_JWT_VERIFY_ISSUER", "OCOP_RESOLVER_BASE_URL");
            assertThat(service.get("healthcheck")).isNotNull();
        }
    }

    @Test
    void shouldStoreMediaOfBothServicesInTheS3CompatibleStore() {
        assertThat(String.valueOf(services.get("minio").get("image"))).startsWith("minio/minio:");
        for (String name : List.of("registry-service", "traceability-service")) {
            assertThat(environment(name)).as(name).containsEntry("OCOP_MEDIA_STORAGE_KIND", "S3")
                    .containsEntry("OCOP_MEDIA_STORAGE_ENDPOINT", "http://minio:9000")
                    .containsKeys("OCOP_MEDIA_STORAGE_BUCKET", "OCOP_MEDIA_STORAGE_PREFIX",
                            "OCOP_MEDIA_STORAGE_ACCESS_KEY", "OCOP_MEDIA_STORAGE_SECRET_KEY",
                            "OCOP_MEDIA_PUBLIC_BASE_URL");
            assertThat(dependsOn(name)).containsKey("minio");
        }
        assertThat(environment("registry-service").get("OCOP_MEDIA_STORAGE_PREFIX"))
                .isNotEqualTo(environment("traceability-service").get("OCOP_MEDIA_STORAGE_PREFIX"));
    }

    @Test
    void shouldMigrateAsTheOwnerAndRunTheReplicasAsTheRuntimeRoleWithoutTheOwnersPassword() throws IOException {
        for (String name : List.of("registry", "traceability")) {
            Map<String, Object> migrate = environment(name + "-migrate");
            Map<String, Object> service = environment(name + "-service");
            assertThat(migrate).containsEntry("QUARKUS_INIT_AND_EXIT", "true")
                    .containsEntry("QUARKUS_FLYWAY_USERNAME", name + "_owner")
                    .containsEntry("QUARKUS_DATASOURCE_USERNAME", name + "_app");
            assertThat(service).containsEntry("QUARKUS_DATASOURCE_USERNAME", name + "_app")
                    .containsEntry("QUARKUS_FLYWAY_MIGRATE_AT_START", "false")
                    .doesNotContainKeys("QUARKUS_FLYWAY_USERNAME", "QUARKUS_FLYWAY_PASSWORD");
            assertThat(dependsOn(name + "-service")).containsKey(name + "-migrate");
            Map<String, Object> database = environment("postgres-" + name);
            assertThat(database).containsEntry("OCOP_DB_OWNER", name + "_owner")
                    .containsEntry("OCOP_DB_RUNTIME", name + "_app");
            assertThat(String.valueOf(services.get("postgres-" + name).get("configs")))
                    .contains("/docker-entrypoint-initdb.d/");
        }
        assertThat(Files.readString(ROOT.resolve("deploy/postgres/roles.sql")))
                .contains("create role :\"owner\"").contains("create role :\"runtime\"");
    }

    @Test
    void shouldAuthenticateEveryKafkaClientAndLetOnlyTheRegistryPublishRegistryEvents() {
        Map<String, Object> kafka = environment("kafka");
        String protocols = String.valueOf(kafka.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"));
        for (String listener : protocols.split(",")) {
            assertThat(listener).as("every listener authenticates").endsWith(":SASL_PLAINTEXT");
        }
        assertThat(String.valueOf(kafka.get("KAFKA_LISTENERS"))).doesNotContain("PLAINTEXT://");
        assertThat(kafka).containsEntry("KAFKA_AUTHORIZER_CLASS_NAME",
                "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
                .containsEntry("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND", "false");
        assertThat(String.valueOf(kafka.get("KAFKA_SASL_ENABLED_MECHANISMS"))).contains("SCRAM-SHA-512");
        services.forEach((name, service) -> {
            if (String.valueOf(service.get("image")).startsWith("apache/kafka")) {
                assertThat(service.get("ports")).as("%s publishes no Kafka port", name).isNull();
            }
        });
        for (String name : List.of("registry", "traceability")) {
            Map<String, Object> env = environment(name + "-service");
            assertThat(env).containsEntry("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
                    .containsEntry("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512");
            assertThat(String.valueOf(env.get("KAFKA_SASL_JAAS_CONFIG"))).contains("ScramLoginModule")
                    .contains("username=\"" + name + "\"");
        }
        String init = String.valueOf(services.get("kafka-init").get("command"));
        Matcher writers = Pattern.compile("--allow-principal (User:\\w+) --operation Write[^;]*--topic "
                + Pattern.quote(Topics.REGISTRY_EVENTS) + "[ ;]").matcher(init);
        List<String> principals = new ArrayList<>();
        while (writers.find()) {
            principals.add(writers.group(1));
        }
        assertThat(principals).as("who may write %s", Topics.REGISTRY_EVENTS).containsExactly("User:registry");
        assertThat(init).contains("--entity-name registry").contains("--entity-name traceability");
    }

    @Test
    void shouldKeepTheGatewayOffQuarkusEndpointsWithBodyLimitsAndSecurityHeaders() throws IOException {
        String gateway = Files.readString(ROOT.resolve("deploy/gateway/nginx.conf"), StandardCharsets.UTF_8);
        List<String> servers = List.of(gateway.split("(?m)^server \\{")).subList(1, 3);
        for (String server : servers) {
            assertThat(server).containsPattern("location \\^~ /q/ \\{\\s*return 404;")
                    .containsPattern("(?m)^    client_max_body_size 256k;")
                    .contains("add_header X-Content-Type-Options nosniff always;")
                    .contains("add_header Referrer-Policy");
            assertThat(Pattern.compile("location[^{]*/q").matcher(server).results().count()).isEqualTo(1);
        }
        assertThat(servers.get(0)).containsPattern("location ~ \\^/dossiers/\\[\\^/\\]\\+/attachments\\$ \\{\\s*"
                + "client_max_body_size 10m;").containsPattern("location = /imports \\{\\s*client_max_body_size 20m;");
        assertThat(servers.get(1)).containsPattern("location = /capture \\{\\s*client_max_body_size 10m;");
        // the scan page's policy: its own stylesheet, the error page's one inline style by hash, nothing else
        String errorPage = Files.readString(ROOT.resolve(
                "traceability-service/src/main/resources/templates/problem/error.html"), StandardCharsets.UTF_8);
        Matcher style = Pattern.compile("<style>\\{\\|(.*?)\\|}</style>", Pattern.DOTALL).matcher(errorPage);
        assertThat(style.find()).isTrue();
        String hash;
        try {
            hash = java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(style.group(1).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Matcher csp = Pattern.compile("location \\^~ /scan/ \\{[^}]*Content-Security-Policy \"([^\"]+)\"")
                .matcher(servers.get(1));
        assertThat(csp.find()).as("a CSP on the scan page").isTrue();
        assertThat(csp.group(1)).contains("default-src 'none'", "style-src 'self' 'sha256-" + hash + "'",
                "frame-ancestors 'none'").doesNotContain("unsafe-inline").doesNotContain("script-src");
        services.values().forEach(service -> assertThat(String.valueOf(service.get("environment")))
                .doesNotContain("QUARKUS_SWAGGER_UI_ENABLED"));
    }

    private static String databaseHost(String service) {
        Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+)")
                .matcher(String.valueOf(environment(service).get("QUARKUS_DATASOURCE_JDBC_URL")));
        assertThat(url.find()).as("JDBC URL of %s", service).isTrue();
        return url.group(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(String service) {
        return (Map<String, Object>) services.get(service).get("environment");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> dependsOn(String service) {
        return (Map<String, Object>) services.get(service).get("depends_on");
    }

    private record Run(int exitCode, String output) {
    }

    private static Run validate(Path composeFile) throws Exception {
        if (!Files.isDirectory(VALIDATORS.resolve("node_modules"))) {
            // the build runs npm ci at generate-test-resources; this covers a test started from an IDE
            assertThat(run(List.of("npm", "ci", "--no-audit", "--no-fund")).exitCode()).isZero();
        }
        return run(List.of("node", VALIDATORS.resolve("validate-compose.mjs").toString(), composeFile.toString()));
    }

    private static Run run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(new ArrayList<>(command)).directory(VALIDATORS.toFile())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }
}
