package vn.ocop.registry.account.repository;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import vn.ocop.registry.account.config.AccountsConfig;
import vn.ocop.platform.problem.DomainException;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The accounts of the identity provider, through Keycloak's Admin REST API (documented, versioned with the server):
 * creates users with a role, scope attributes and the required action to set a password, changes attributes and
 * roles, disables users and ends their sessions. It authenticates as the realm's confidential provisioning client
 * (client credentials); no user's password ever passes through here.
 * <p>
 * (Quarkus's Keycloak admin client extension of this Quarkus version is not on Maven Central, and Keycloak's own
 * admin client needs the classic RESTEasy client, so the few calls are made with the JDK's HTTP client.)
 */
@ApplicationScoped
public class IdentityDirectory {

    /** Required action of an invited user: choose a password at first sign-in. */
    public static final String SET_PASSWORD = "UPDATE_PASSWORD";
    private static final Logger LOG = Logger.getLogger(IdentityDirectory.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** When a caller may try again after the identity provider failed: it is usually back within seconds. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final AccountsConfig config;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private String token;
    private Instant tokenExpires = Instant.EPOCH;

    public IdentityDirectory(AccountsConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    /**
     * Creates an enabled user with {@code role} and {@code attributes} who must set a password at first sign-in; its
     * id. 409 when the username is taken.
     */
    public UUID invite(String username, String firstName, String lastName, String role,
                       Map<String, String> attributes) {
        ObjectNode user = json.createObjectNode();
        user.put("username", username);
        if (username.contains("@")) {
            user.put("email", username);
        }
        user.put("firstName", firstName);
        user.put("lastName", lastName);
        user.put("enabled", true);
        user.putArray("requiredActions").add(SET_PASSWORD);
        ObjectNode values = user.putObject("attributes");
        attributes.forEach((k, v) -> values.putArray(k).add(v));
        HttpResponse<String> created = send("POST", "/users", user);
        if (created.statusCode() == 409) {
            throw DomainException.conflict("account-exists", "An account " + username + " already exists");
        }
        expect(created, "creating " + username);
        String location = created.headers().firstValue("Location")
                .orElseThrow(() -> unavailable("no Location for the created user"));
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        addRole(id, role);
        if (config.sendInvitationEmail()) {
            HttpResponse<String> mail = send("PUT", "/users/" + id + "/execute-actions-email",
                    json.createArrayNode().add(SET_PASSWORD));
            if (mail.statusCode() >= 300) {
                LOG.warnf("invitation e-mail to %s not sent: %s", username, mail.body());
            }
        }
        return id;
    }

    /** Adds a realm role. */
    public void addRole(UUID userId, String role) {
        expect(send("POST", "/users/" + userId + "/role-mappings/realm", roles(role)), "adding role " + role);
    }

    /** Removes a realm role (nothing when the user does not have it). */
    public void removeRole(UUID userId, String role) {
        expect(send("DELETE", "/users/" + userId + "/role-mappings/realm", roles(role)), "removing role " + role);
    }

    /** Sets (a non-null value) or removes (null) scope attributes, keeping the others. */
    public void setAttributes(UUID userId, Map<String, String> attributes) {
        ObjectNode user = (ObjectNode) read(userId);
        ObjectNode values = user.has("attributes") && user.get("attributes").isObject()
                ? (ObjectNode) user.get("attributes") : user.putObject("attributes");
        attributes.forEach((k, v) -> {
            if (v == null) {
                values.remove(k);
            } else {
                values.putArray(k).add(v);
            }
        });
        expect(send("PUT", "/users/" + userId, user), "updating attributes");
    }

    /** Disables the user and ends all its sessions (refresh tokens stop working; access tokens run out). */
    public void disable(UUID userId) {
        ObjectNode user = (ObjectNode) read(userId);
        user.put("enabled", false);
        expect(send("PUT", "/users/" + userId, user), "disabling");
        logout(userId);
    }

    /** Ends all sessions of the user (after its scope changed, so it signs in again with the new claims). */
    public void logout(UUID userId) {
        expect(send("POST", "/users/" + userId + "/logout", null), "ending sessions");
    }

    private JsonNode read(UUID userId) {
        HttpResponse<String> response = send("GET", "/users/" + userId, null);
        if (response.statusCode() == 404) {
            throw DomainException.notFound("Account", userId);
        }
        expect(response, "reading the account");
        return parse(response.body());
    }

    private ArrayNode roles(String role) {
        HttpResponse<String> response = send("GET", "/roles/" + URLEncoder.encode(role, StandardCharsets.UTF_8),
                null);
        expect(response, "reading role " + role);
        return json.createArrayNode().add(parse(response.body()));
    }

    private HttpResponse<String> send(String method, String path, JsonNode body) {
        String base = config.keycloakUrl().orElseThrow(() -> new DomainException(503, "accounts-not-configured",
                "Account provisioning is not configured (OCOP_ACCOUNTS_KEYCLOAK_URL, OCOP_ACCOUNTS_CLIENT_SECRET)",
                List.of()) {
        });
        HttpRequest request = HttpRequest.newBuilder(URI.create(stripSlash(base) + "/admin/realms/"
                        + config.realm() + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + accessToken(base))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        return exchange(request);
    }

    /** The provisioning client's token (client credentials), reused until shortly before it expires. */
    private synchronized String accessToken(String base) {
        if (token != null && Instant.now().isBefore(tokenExpires)) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(config.clientId(),
                StandardCharsets.UTF_8) + "&client_secret=" + URLEncoder.encode(config.clientSecret().orElse(""),
                StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(stripSlash(base) + "/realms/" + config.realm()
                        + "/protocol/openid-connect/token")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = exchange(request);
        if (response.statusCode() != 200) {
            throw unavailable("the provisioning client could not sign in (" + response.statusCode() + ")");
        }
        JsonNode answer = parse(response.body());
        token = answer.path("access_token").asText();
        tokenExpires = Instant.now().plusSeconds(Math.max(0, answer.path("expires_in").asLong(60) - 30));
        return token;
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw unavailable(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted");
        }
    }

    private void expect(HttpResponse<String> response, String what) {
        if (response.statusCode() == 404) {
            throw DomainException.notFound("Account", "");
        }
        if (response.statusCode() >= 300) {
            LOG.warnf("identity provider: %s answered %d %s", what, response.statusCode(), response.body());
            throw unavailable(what + " answered " + response.statusCode());
        }
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw unavailable("unreadable answer");
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** 503 with Retry-After: the provider is down, unreachable or answered what it should not. */
    private static DomainException unavailable(String detail) {
        return DomainException.unavailable("identity-provider-unavailable",
                "The identity provider could not complete the request: " + detail, RETRY_AFTER);
    }
}
