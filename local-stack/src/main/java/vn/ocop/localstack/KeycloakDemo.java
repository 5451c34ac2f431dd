package vn.ocop.localstack;

import vn.ocop.localstack.keycloak.KeycloakServer;
import vn.ocop.localstack.keycloak.LocalRealm;

import java.io.IOException;
import java.io.PrintStream;

/**
 * The demo of a stack run with Keycloak: the producers and products are loaded with the demo admin's real token, the
 * demo producer's account is linked to "Hoan Hoa" (as an approved claim would), and how to sign in is printed.
 */
final class KeycloakDemo {

    private KeycloakDemo() {
    }

    static DemoData.Summary load(LocalStack stack, PrintStream out) throws IOException {
        KeycloakServer keycloak = stack.keycloak();
        LocalRealm.DemoUser admin = user("admin");
        String token = keycloak.signIn(LocalRealm.TEST_CLIENT, admin.username(), admin.password());
        DemoData.Summary demo = DemoData.load(stack.registryUrl(), token, stack.resolverBaseUrl());
        DemoWorkflow.publishCriteriaSets(stack.registryUrl(), token, stack.repositoryRoot());
        out.println(demo.loadedNow() ? "Loaded the Phú Bình demo data (" + demo.products() + " certified products)"
                : "Demo data already loaded (kept from the previous run; --fresh starts over)");
        out.println("(demo dossiers and the demo value chain are loaded by a run without --keycloak; data is kept)");
        keycloak.setAttribute(user("producer").username(), "producer_id", demo.hoanHoaProducerId().toString());
        return demo;
    }

    static void printSignIn(KeycloakServer keycloak, PrintStream out) {
        out.println("Keycloak              " + keycloak.url() + "   realm " + KeycloakServer.REALM + ", issuer "
                + keycloak.issuer());
        out.println("Sign in (account)     " + keycloak.accountConsoleUrl());
        out.println("Log                   " + keycloak.logFile());
        out.println();
        out.println("Demo users (one per role; local only):");
        for (LocalRealm.DemoUser user : LocalRealm.DEMO_USERS) {
            out.printf("  %-18s %-34s %s %s%n", user.role(), user.username(), user.password(),
                    user.attributes().isEmpty() ? "" : user.attributes());
        }
        LocalRealm.DemoUser officer = user("commune-officer");
        out.println();
        out.println("A token (5 min) from the token endpoint, as the tests get it:");
        out.println("  curl -s -d grant_type=password -d client_id=" + LocalRealm.TEST_CLIENT + " -d username="
                + officer.username() + " -d 'password=" + officer.password() + "' " + keycloak.tokenEndpoint());
    }

    private static LocalRealm.DemoUser user(String role) {
        return LocalRealm.DEMO_USERS.stream().filter(u -> u.role().equals(role)).findFirst().orElseThrow();
    }
}
