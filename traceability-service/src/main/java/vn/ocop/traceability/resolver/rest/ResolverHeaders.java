package vn.ocop.traceability.resolver.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import vn.ocop.traceability.platform.problem.RuleViolation;
import vn.ocop.traceability.resolver.service.DigitalLinkParser;
import vn.ocop.traceability.resolver.service.ResolverService;

/**
 * Adds what every resolver response carries, errors and redirects included: CORS for any origin (exposing Link and
 * Location) and the {@code Link} header to the item's linkset and to the GS1 linkset JSON-LD context (unless the
 * resource, which knows the parsed URI, has set it already).
 */
public class ResolverHeaders {

    private static final String SCAN = "/scan";

    @Inject
    ResolverService resolver;

    @ServerResponseFilter
    public void addResolverHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        // raw: the prefixes are plain ASCII, and decoding a malformed escape here would fail the response
        String path = request.getUriInfo().getRequestUri().getRawPath();
        boolean digitalLink = path.startsWith("/01/") || path.startsWith(SCAN + "/01/");
        boolean resolverPath = digitalLink || path.startsWith("/p/") || path.equals(ResolverDescriptionResource.PATH);
        if (!resolverPath) {
            return;
        }
        response.getHeaders().putSingle("Access-Control-Allow-Origin", "*");
        response.getHeaders().putSingle("Access-Control-Expose-Headers", "Link, Location, Content-Type, Vary");
        if ((digitalLink || path.startsWith("/p/")) && !response.getHeaders().containsKey("Link")) {
            String rawPath = request.getUriInfo().getRequestUri().getRawPath();
            response.getHeaders().add("Link", ResolverService.linkHeader(publicUri(rawPath)));
        }
    }

    /** The canonical public URI of the requested item; the path as given when it is not a valid Digital Link. */
    private String publicUri(String rawPath) {
        String path = rawPath.startsWith(SCAN + "/") ? rawPath.substring(SCAN.length()) : rawPath;
        if (path.startsWith("/01/")) {
            try {
                return resolver.publicUri(DigitalLinkParser.parse(path));
            } catch (RuleViolation e) {
                // a malformed URI still gets its Link header, pointing where a client would look
            }
        }
        return resolver.base() + (path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
    }
}
