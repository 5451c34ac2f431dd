package vn.ocop.contract.openapi;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every operation of the published document carries so that front-end teams can generate clients from it
 * (Spectral's {@code spectral:oas} rules): the OpenID Connect scheme {@code jwt} of the configured issuer, a server, a
 * description (the summary when none is written), a success response for reads and replacements that only list their
 * errors, and every path parameter of the template (also on CORS preflight operations). Operation ids come from
 * {@code quarkus.smallrye-openapi.operation-id-strategy}. Each service registers it with a subclass annotated
 * {@code @OpenApiFilter(RUNTIME_STARTUP)} (so the configured issuer is read when the service starts).
 */
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
        removeUnusedSchemas(api);
    }

    /** Schemas no operation reaches (types only named in annotations) would be dead weight in generated clients. */
    private static void removeUnusedSchemas(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        if (schemas == null || schemas.isEmpty()) {
            return;
        }
        Set<String> used = new HashSet<>();
        Deque<Schema> pending = new ArrayDeque<>();
        api.getPaths().getPathItems().values().forEach(item -> {
            if (item.getOperations() != null) {
                item.getOperations().values().forEach(operation -> schemasOf(operation, pending));
            }
        });
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (used.add(name) && schemas.get(name) != null) {
                    pending.push(schemas.get(name));
                }
            }
            if (schema.getProperties() != null) {
                pending.addAll(schema.getProperties().values());
            }
            if (schema.getItems() != null) {
                pending.push(schema.getItems());
            }
            if (schema.getAdditionalPropertiesSchema() != null) {
                pending.push(schema.getAdditionalPropertiesSchema());
            }
            for (List<Schema> composed : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (composed != null) {
                    pending.addAll(composed);
                }
            }
            if (schema.getNot() != null) {
                pending.push(schema.getNot());
            }
        }
        new ArrayList<>(schemas.keySet()).stream().filter(name -> !used.contains(name))
                .forEach(api.getComponents()::removeSchema);
    }

    private static void schemasOf(Operation operation, Deque<Schema> pending) {
        if (operation.getParameters() != null) {
            operation.getParameters().stream().map(Parameter::getSchema).filter(Objects::nonNull)
                    .forEach(pending::push);
        }
        if (operation.getRequestBody() != null) {
            contentSchemas(operation.getRequestBody().getContent(), pending);
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().values()
                    .forEach(response -> contentSchemas(response.getContent(), pending));
        }
    }

    private static void contentSchemas(Content content, Deque<Schema> pending) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().stream().map(MediaType::getSchema).filter(Objects::nonNull)
                    .forEach(pending::push);
        }
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        rolesIntoDescription(operation);
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
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
            }
        }
    }

    /**
     * Roles are not OpenID Connect scopes: a requirement of the {@code jwt} scheme lists none (Quarkus adds the
     * {@code @RolesAllowed} roles there), and the roles are said in the operation's description instead.
     */
    private static void rolesIntoDescription(Operation operation) {
        if (operation.getSecurity() == null) {
            return;
        }
        Set<String> roles = new java.util.LinkedHashSet<>();
        operation.getSecurity().forEach(requirement -> {
            List<String> listed = requirement.getSchemes() == null ? null : requirement.getSchemes().get(BEARER);
            if (listed != null && !listed.isEmpty()) {
                roles.addAll(listed);
                requirement.addScheme(BEARER, new ArrayList<>());
            }
        });
        if (!roles.isEmpty()) {
            String said = "Roles: " + String.join(", ", roles) + ".";
            String description = operation.getDescription() != null && !operation.getDescription().isBlank()
                    ? operation.getDescription() : operation.getSummary();
            operation.setDescription(description == null ? said : description + "\n\n" + said);
        }
    }
}
