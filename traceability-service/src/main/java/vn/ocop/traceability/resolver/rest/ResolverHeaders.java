package vn.ocop.traceability.resolver.rest;

import vn.ocop.platform.problem.DomainException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import vn.ocop.contract.DigitalLinkCompression;
import vn.ocop.traceability.digitallink.DigitalLinkUri;
import vn.ocop.traceability.digitallink.UnknownGtin;
import vn.ocop.traceability.digitallink.DigitalLinkParser;
import vn.ocop.traceability.resolver.service.ResolverService;

import java.util.Optional;

/**
 * Adds what every resolver response carries, errors and redirects included: CORS for any origin (exposing Link,
 * Location and Walked-Up-To) and the {@code Link} header to the item's linkset and to the GS1 linkset JSON-LD context
 * (unless the resource, which knows the parsed URI, has set it already), plus {@code owl:sameAs} the uncompressed URI
 * for a compressed one. An error whose URI has no linkset (malformed, unknown GTIN) gets no {@code Link} header, so a
 * client is never pointed at a linkset URL that itself fails.
 */
public class ResolverHeaders {

    private static final String SCAN = "/scan";
    private static final String LINK = "Link";

    private final ResolverService resolver;

    public ResolverHeaders(ResolverService resolver) {
        this.resolver = resolver;
    }

    @ServerResponseFilter
    public void addResolverHeaders(ContainerRequestContext request, ContainerResponseContext response,
                                   Throwable error) {
        // raw: the prefixes are plain ASCII, and decoding a malformed escape here would fail the response
        String path = request.getUriInfo().getRequestUri().getRawPath();
        boolean digitalLink = path.startsWith("/01/") || path.startsWith(SCAN + "/01/");
        // a single segment that decompresses to a Digital Link (other root paths such as /products do not)
        boolean compressed = path.length() > 1 && path.indexOf('/', 1) < 0
                && DigitalLinkCompression.looksCompressed(path.substring(1)) && parsed(path, true).isPresent();
        boolean internal = path.startsWith("/p/");
        boolean resolverPath = digitalLink || compressed || internal
                || path.equals(ResolverDescriptionResource.PATH);
        if (!resolverPath) {
            return;
        }
        response.getHeaders().putSingle("Access-Control-Allow-Origin", "*");
        response.getHeaders().putSingle("Access-Control-Expose-Headers",
                "Link, Location, Content-Type, Vary, " + ResolverResource.WALKED_UP);
        if (!(digitalLink || compressed || internal)) {
            return;
        }
        String rawPath = request.getUriInfo().getRequestUri().getRawPath();
        Optional<DigitalLinkUri> uri = parsed(rawPath, compressed);
        int status = response.getStatus();
        if (status >= 400 && (status == 400 || uri.isEmpty() || error instanceof UnknownGtin)) {
            response.getHeaders().remove(LINK);
            return;
        }
        Object link = response.getHeaders().getFirst(LINK);
        if (link == null) {
            link = ResolverService.linkHeader(uri.map(resolver::publicUri)
                    .orElseGet(() -> resolver.base() + trimmed(rawPath)));
        }
        if (compressed && uri.isPresent()) {
            link = link + ", <" + resolver.publicUri(uri.get()) + ">; rel=\"owl:sameAs\"";
        }
        response.getHeaders().putSingle(LINK, link);
    }

    /** The Digital Link of the request, uncompressed; empty when the path is not a valid one. */
    private static Optional<DigitalLinkUri> parsed(String rawPath, boolean compressed) {
        String path = rawPath.startsWith(SCAN + "/") ? rawPath.substring(SCAN.length()) : rawPath;
        try {
            if (compressed) {
                return Optional.of(DigitalLinkParser.decompress(trimmed(path).substring(1)).uri());
            }
            return path.startsWith("/01/") ? Optional.of(DigitalLinkParser.parse(path)) : Optional.empty();
        } catch (DomainException e) {
            return Optional.empty();
        }
    }

    private static String trimmed(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
