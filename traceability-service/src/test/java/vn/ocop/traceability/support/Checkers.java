package vn.ocop.traceability.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Independent checkers, run as node scripts from {@code tools/validators} (packages from its lock file): JSON-schema
 * validation with ajv + ajv-formats, GS1 Digital Link parsing and compression with digital-link.js and QR decoding
 * with jsQR. Our own code is never used to judge our own output.
 */
public final class Checkers {

    public static final Path ROOT = Path.of(System.getProperty("ocop.repo.root", "..")).toAbsolutePath().normalize();
    private static final Path VALIDATORS = ROOT.resolve("tools/validators");
    /** GS1's schemas, unmodified copies in tools/validators/schemas. */
    public static final Path EPCIS_SCHEMA = VALIDATORS.resolve("schemas/EPCIS-JSON-Schema.json");
    public static final Path LINKSET_SCHEMA = VALIDATORS.resolve("schemas/gs1-linkset-schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Checkers() {
    }

    /** The outcome of one schema validation: the violations as "path: message" lines. */
    public record Validation(boolean valid, List<String> errors) {
    }

    /** The outcome of parsing one URI with digital-link.js. */
    public record ParsedLink(String uri, boolean valid, JsonNode identifier, JsonNode keyQualifiers,
            JsonNode attributes) {
    }

    /** Validates {@code document} (JSON text) against the schema file with ajv (draft-07, formats checked). */
    public static Validation validateJson(Path schema, String document) {
        Run run = run(document, "node", VALIDATORS.resolve("validate-json.mjs").toString(), schema.toString());
        assertThat(run.exitCode()).as("validator crashed: %s", run.output()).isIn(0, 1);
        JsonNode result = read(run.output());
        List<String> errors = new ArrayList<>();
        result.path("errors").forEach(e -> errors.add(e.path("path").asText() + ": " + e.path("message").asText()));
        return new Validation(result.path("valid").asBoolean(), errors);
    }

    /** Parses every URI with GS1's digital-link.js. */
    public static List<ParsedLink> parseDigitalLinks(List<String> uris) {
        Run run = run(String.join("\n", uris) + "\n", "node", VALIDATORS.resolve("check-digital-links.mjs").toString());
        assertThat(run.exitCode()).as("checker crashed: %s", run.output()).isIn(0, 1);
        List<ParsedLink> links = new ArrayList<>();
        read(run.output()).forEach(r -> links.add(new ParsedLink(r.path("uri").asText(), r.path("valid").asBoolean(),
                r.path("identifier"), r.path("keyQualifiers"), r.path("attributes"))));
        return links;
    }

    /** Compresses every URI with GS1's digital-link.js; an entry is null where it could not. */
    public static List<String> compressDigitalLinks(List<String> uris) {
        Run run = run(String.join("\n", uris) + "\n", "node",
                VALIDATORS.resolve("check-digital-links.mjs").toString(), "compress");
        assertThat(run.exitCode()).as("compressor crashed: %s", run.output()).isIn(0, 1);
        List<String> compressed = new ArrayList<>();
        read(run.output()).forEach(r -> compressed.add(r.path("compressed").isTextual()
                ? r.path("compressed").asText() : null));
        return compressed;
    }

    /** Decodes the QR code of a PNG image with jsQR; null when none is found. */
    public static String decodeQr(byte[] png) {
        try {
            Path file = Files.createTempFile("qr", ".png");
            try {
                Files.write(file, png);
                Run run = run("", "node", VALIDATORS.resolve("decode-qr.mjs").toString(), file.toString());
                assertThat(run.exitCode()).as("decoder crashed: %s", run.output()).isIn(0, 1);
                return run.exitCode() == 0 ? run.output() : null;
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Run(int exitCode, String output) {
    }

    private static synchronized Run run(String stdin, String... command) {
        try {
            if (!Files.isDirectory(VALIDATORS.resolve("node_modules"))) {
                // the build runs npm ci at generate-test-resources; this covers a test started from an IDE
                Run install = exec("", "npm", "ci", "--no-audit", "--no-fund");
                assertThat(install.exitCode()).as("npm ci: %s", install.output()).isZero();
            }
            return exec(stdin, command);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Run exec(String stdin, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(VALIDATORS.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (var in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s timed out", List.of(command)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("checker output is not JSON: " + json, e);
        }
    }
}
