package vn.ocop.registry.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every operation of the published document carries so that front-end teams can generate clients from it
 * (Spectral's {@code spectral:oas} rules): the OpenID Connect scheme {@code jwt} of the configured issuer, a server, a
 * description (the summary when none is written), a success response for reads and replacements that only list their
 * errors, and every path parameter of the template (also on CORS preflight operations). Operation ids come from
 * {@code quarkus.smallrye-openapi.operation-id-strategy}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class OpenApiConventions implements OASFilter {

    /** The security scheme operations name in {@code @SecurityRequirement}. */
    public static final String BEARER = "jwt";
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}/:]+)");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        String issuer = ConfigProvider.getConfig().getOptionalValue("mp.jwt.verify.issuer", String.class)
                .orElse("https://auth.example.vn/realms/ocop");
        api.getComponents().addSecurityScheme(BEARER, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OPENIDCONNECT)
                .openIdConnectUrl(issuer + "/.well-known/openid-configuration")
                .description("Access token of the OCOP realm (authorization code + PKCE for web and mobile): "
                        + "audience ocop-api, roles in groups, scope claims province_code, commune_code, producer_id, "
                        + "organisation_id (see docs/SIGN-IN.md)"));
        if (api.getServers() == null || api.getServers().isEmpty()) {
            api.addServer(OASFactory.createServer().url("/").description("The host that serves this document"));
        }
        if (api.getInfo() != null && api.getInfo().getContact() == null) {
            api.getInfo().setContact(OASFactory.createContact().name("OCOP programme office")
                    .email("ocop@example.vn"));
        }
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> {
            if (item.getOperations() != null) {
                item.getOperations().forEach((method, operation) -> complete(path, method, operation));
            }
        });
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        if ((operation.getDescription() == null || operation.getDescription().isBlank())
                && operation.getSummary() != null) {
            operation.setDescription(operation.getSummary());
        }
        boolean succeeds = operation.getResponses() != null && operation.getResponses().getAPIResponses() != null
                && operation.getResponses().getAPIResponses().keySet().stream()
                .anyMatch(code -> code.startsWith("2") || code.startsWith("3"));
        if (!succeeds && (method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.PUT)) {
            if (operation.getResponses() == null) {
                operation.setResponses(OASFactory.createAPIResponses());
            }
            operation.getResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("OK"));
        }
        Matcher names = TEMPLATE.matcher(path);
        while (names.find()) {
            String name = names.group(1).trim();
            boolean declared = operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(p -> p.getIn() == Parameter.In.PATH && name.equals(p.getName()));
            if (!declared) {
                operation.addParameter(OASFactory.createParameter().name(name).in(Parameter.In.PATH).required(true)
                        .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media
                                .Schema.SchemaType.STRING)));
            }
        }
    }
}
