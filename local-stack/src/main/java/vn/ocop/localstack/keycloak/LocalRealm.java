package vn.ocop.localstack.keycloak;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The realm a local or test Keycloak imports: {@code deploy/keycloak/ocop-realm.json} as deployed, plus what only a
 * local machine may have: the direct-grant client {@value #TEST_CLIENT} (password sign-in through the token endpoint,
 * for curl and tests) and one demo user per role with the scopes of the demo tokens.
 */
public final class LocalRealm {

    public static final String TEST_CLIENT = "ocop-test";
    public static final String REALM_FILE = "deploy/keycloak/ocop-realm.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A demo account: username, role, scope attributes, password (local only, printed by the launcher). */
    public record DemoUser(String username, String role, Map<String, String> attributes, String password) {
    }

    /** One per role; scopes as the demo tokens (Phú Bình commune 05908, Thái Nguyên province 19). */
    public static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("admin@ocop.local", "admin", Map.of(), "Ocop-admin-2026!"),
            new DemoUser("can-bo.phubinh@ocop.local", "commune-officer", Map.of("commune_code", "05908"),
                    "Ocop-officer-2026!"),
            new DemoUser("so-nnmt.thainguyen@ocop.local", "province-admin", Map.of("province_code", "19"),
                    "Ocop-province-2026!"),
            new DemoUser("hoan.hoa@ocop.local", "producer", Map.of(), "Ocop-producer-2026!"),
            new DemoUser("thanh-vien.hoidong@ocop.local", "council-member", Map.of("province_code", "19"),
                    "Ocop-council-2026!"),
            new DemoUser("thu-ky.hoidong@ocop.local", "council-secretary", Map.of("province_code", "19"),
                    "Ocop-secretary-2026!"),
            new DemoUser("vp-dieu-phoi@ocop.gov.vn", "ministry", Map.of(), "Ocop-ministry-2026!"),
            new DemoUser("che-bien.thainguyen@ocop.local", "processor",
                    Map.of("organisation_id", "demo-processor-tn"), "Ocop-processor-2026!"));

    private LocalRealm() {
    }

    /** The deployed realm with the test client and {@code users} added. */
    public static ObjectNode withTestClient(Path repositoryRoot, List<DemoUser> users) throws IOException {
        ObjectNode realm = (ObjectNode) JSON.readTree(repositoryRoot.resolve(REALM_FILE).toFile());
        ObjectNode client = ((ArrayNode) realm.get("clients")).addObject();
        client.put("clientId", TEST_CLIENT);
        client.put("name", "Local and test sign-in (direct grant; never deployed)");
        client.put("publicClient", true);
        client.put("standardFlowEnabled", false);
        client.put("directAccessGrantsEnabled", true);
        client.putArray("defaultClientScopes").add("ocop-api").add("basic").add("profile").add("email");
        ArrayNode list = (ArrayNode) realm.get("users");
        for (DemoUser user : users) {
            ObjectNode node = list.addObject();
            node.put("username", user.username());
            node.put("email", user.username());
            node.put("firstName", "Demo");
            node.put("lastName", user.role());
            node.put("enabled", true);
            node.put("emailVerified", true);
            node.putArray("realmRoles").add(user.role());
            ObjectNode attributes = node.putObject("attributes");
            user.attributes().forEach((k, v) -> attributes.putArray(k).add(v));
            ObjectNode credential = node.putArray("credentials").addObject();
            credential.put("type", "password");
            credential.put("value", user.password());
            credential.put("temporary", false);
        }
        return realm;
    }
}
