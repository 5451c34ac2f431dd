package vn.ocop.traceability.resolver.rest;

import vn.ocop.traceability.platform.http.Negotiation;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.traceability.resolver.LinkTypes;
import vn.ocop.traceability.resolver.service.ResolverService;

import java.util.List;

/** Serves the resolver description file ({@code /.well-known/gs1resolver}) that GS1 clients read first. */
@Path(ResolverDescriptionResource.PATH)
@Tag(name = "Resolver")
@PermitAll
public class ResolverDescriptionResource {

    static final String PATH = "/.well-known/gs1resolver";

    private final ResolverService resolver;

    public ResolverDescriptionResource(ResolverService resolver) {
        this.resolver = resolver;
    }

    /** The resolver description (GS1-Conformant Resolver Standard, section 3). */
    public record ResolverDescription(String name, String resolverRoot, List<String> supportedPrimaryKeys,
                                      List<SupportedLinkType> supportedLinkType, boolean linkTypeDefaultCanBeLinkset,
                                      boolean linkTypeDefaultCanBeAll, String jsonLdContextLocation,
                                      List<String> supportedContextValuesEnumerated, Contact contact) {
    }

    /** A link-type namespace the resolver recognises. */
    public record SupportedLinkType(String namespace, String prefix) {
    }

    /** Who runs the resolver. */
    public record Contact(String fn, String url) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "GS1 resolver description file",
            description = "Primary key 01 (GTIN) with qualifiers 10 and 21; GS1 Web Vocabulary link types; the "
                    + "linkset is never the default link.")
    @APIResponse(responseCode = "200", description = "The description")
    public ResolverDescription describe() {
        return new ResolverDescription("OCOP Việt Nam — GS1 Digital Link resolver", resolver.base(), List.of("01"),
                List.of(new SupportedLinkType(LinkTypes.GS1_VOC, LinkTypes.GS1_PREFIX)), false, false,
                ResolverService.LINKSET_CONTEXT, List.of(),
                new Contact("Chương trình Mỗi xã một sản phẩm (OCOP)", resolver.base()));
    }

    @OPTIONS
    @Operation(summary = "CORS preflight of the description file")
    @APIResponse(responseCode = "204", description = "Allowed methods and headers")
    public Response options() {
        return Negotiation.preflight();
    }
}
