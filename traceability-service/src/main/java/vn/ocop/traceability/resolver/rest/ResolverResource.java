package vn.ocop.traceability.resolver.rest;

import vn.ocop.platform.problem.DomainException;
import vn.ocop.platform.problem.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.PermitAll;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.traceability.digitallink.DigitalLinkUri;
import vn.ocop.traceability.platform.http.Negotiation;
import vn.ocop.traceability.resolver.LinkLevel;
import vn.ocop.traceability.resolver.LinkTypes;
import vn.ocop.traceability.resolver.ResolvedLink;
import vn.ocop.traceability.digitallink.DigitalLinkParser;
import vn.ocop.traceability.resolver.service.ResolverService;
import vn.ocop.traceability.scan.ScanPageRenderer;
import vn.ocop.traceability.scan.rest.ScanRecord;
import vn.ocop.traceability.scan.rest.ScanRecordJson;
import vn.ocop.traceability.scan.rest.ScanRequests;
import vn.ocop.traceability.scan.service.ScanService;
import vn.ocop.traceability.serial.SerialVerifier;
import vn.ocop.traceability.trace.ScanAnswer;
import vn.ocop.traceability.trace.service.TraceRecordService;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * The GS1-conformant Digital Link resolver (GS1-Conformant Resolver Standard 1.2) for GTINs, their lots and serialized
 * units: 307 to the default link (the scan page) or to a requested {@code linkType}, the RFC 9264 linkset on request,
 * the scan record for apps, and the internal {@code /p/{productId}} path of products without a GTIN.
 */
@Path("/")
@Tag(name = "Resolver", description = ResolverResource.CONFORMANCE)
@PermitAll
public class ResolverResource {

    /** The resolver's conformance, stated once for the OpenAPI document. */
    static final String CONFORMANCE = """
            GS1 Digital Link resolver, conformant to the GS1-Conformant Resolver Standard 1.2 for primary key GTIN \
            (01) with key qualifiers lot (10) and serial (21), and the consumer scan page. Conformance statements:
            - MET: GET, HEAD and OPTIONS on every Digital Link URI, compressed or not.
            - MET (deployment): HTTPS — the Compose gateway terminates TLS for the resolver host (HTTP/2, plain HTTP \
            redirected); ./run-local.sh --tls serves HTTPS from the service itself with a self-signed certificate.
            - MET: CORS — Access-Control-Allow-Origin: * on every resolver response, preflight answered with the \
            allowed methods and headers, Link/Location/Walked-Up-To exposed.
            - MET: GS1 compressed Digital Links (/ARBArwCMHA) are decompressed and answered exactly as the \
            uncompressed URI, with Link: <uncompressed URI>; rel="owl:sameAs".
            - MET: the URI is extracted and validated (check digit, qualifier order, unknown or repeated qualifiers, \
            percent-encoding, GS1 AI character set 82, at most 20 characters) and errors are 400 problems.
            - MET: no 200 for an error (400 malformed, 404 unknown GTIN or link type, or a serial never issued on the \
            scan page and in JSON). A lot never opened is walked up from (Walked-Up-To header names the URI that \
            answered).
            - MET: linkType=linkset (and the older linkType=all) or Accept: application/linkset+json answers the RFC \
            9264 linkset with the uncompressed URI as anchor and the links of every level up to the GTIN.
            - MET: a Link header to the linkset (and to the JSON-LD context) on every response whose linkset \
            answers, redirects included; none on 400 or on a 404 for an unknown GTIN.
            - MET: one default link per item (gs1:defaultLink, the scan page).
            - MET: every link has a target URL, a link type and a human-readable title.
            - MET: redirect (307) to the default link unless another link is asked for; among several links of the \
            requested type, the one matching Accept (q-values) and Accept-Language (hreflang) best, else the first.
            - MET: redirect (307) to the requested linkType when available; 404 listing the available ones otherwise.
            - MET: the query string is passed on when redirecting.
            - MET: resolver description file at /.well-known/gs1resolver.
            - MET: the GS1 Web Vocabulary namespace (gs1:, https://gs1.org/voc/, https://ref.gs1.org/voc/); no other \
            namespace is used.
            - NOT APPLICABLE: gs1:handledBy — no redirection on a GS1 Company Prefix.
            - MET: trailing slashes are tolerated.""";

    /** Which representation a Digital Link answers (redirect, linkset, record) varies with the media type only. */
    static final String VARY_MEDIA = "Accept";
    /** Set when an unknown key qualifier was walked up from: the URI whose links answered. */
    public static final String WALKED_UP = "Walked-Up-To";
    static final String WALKED_UP_DESCRIPTION = "Present when the URI has a lot that was never opened: the less "
            + "specific URI (the lot left out) whose links answer (GS1 walk-up)";
    /** A single path segment of the URI-safe base64 alphabet: a compressed Digital Link. */
    static final String COMPRESSED = "[A-Za-z0-9_-]{8,}";
    public static final String LINKSET_JSON = "application/linkset+json";
    public static final String LD_JSON = "application/ld+json";

    private final ResolverService resolver;
    private final ScanService scans;
    private final TraceRecordService traceRecords;
    private final ScanPageRenderer pages;
    private final ScanRecordJson recordJson;
    private final ObjectMapper json;
    private final Clock clock;

    public ResolverResource(ResolverService resolver, ScanService scans, TraceRecordService traceRecords,
                            ScanPageRenderer pages, ScanRecordJson recordJson, ObjectMapper json, Clock clock) {
        this.resolver = resolver;
        this.scans = scans;
        this.traceRecords = traceRecords;
        this.pages = pages;
        this.recordJson = recordJson;
        this.json = json;
        this.clock = clock;
    }

    @GET
    @Path("/01/{path: .+}")
    @Operation(summary = "Resolve a GS1 Digital Link URI (GTIN, lot, serial)",
            description = "/01/{gtin}, /01/{gtin}/10/{lot}, /01/{gtin}/10/{lot}/21/{serial} or /01/{gtin}/21/{serial}"
                    + " (GTIN-8/12/13/14, normalised to 14; values percent-encoded). A lot that was never opened is "
                    + "walked up from: the URI is answered as if without it, and the Walked-Up-To header names the "
                    + "URI that answered. Any serial of a known GTIN (and lot) has links: the scan page and the "
                    + "verification service are what judge it (a code never issued is a 404 there, with the "
                    + "counterfeit warning). Without preference: 307 to the default link, the scan page, passing the "
                    + "query string on (Vary: Accept). linkType=gs1:pip | gs1:defaultLink | gs1:certificationInfo | "
                    + "gs1:traceability | gs1:epcis | gs1:verificationService: 307 to that link, looked up from the "
                    + "item up to its product; among several links of the type the one whose type best matches "
                    + "Accept (q-values), then whose hreflang best matches Accept-Language, else the first (Vary: "
                    + "Accept, Accept-Language). linkType=linkset or all, or Accept: application/linkset+json: the "
                    + "linkset (application/ld+json: the same with the JSON-LD context). Accept: application/json: "
                    + "the ScanRecord (a serial scan is judged and counted).")
    @APIResponse(responseCode = "200", description = "The linkset or the scan record", content = {
            @Content(mediaType = LINKSET_JSON, schema = @Schema(type = SchemaType.OBJECT)),
            @Content(mediaType = LD_JSON, schema = @Schema(type = SchemaType.OBJECT)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScanRecord.class))},
            headers = {@Header(name = "Link", description = "The linkset and the JSON-LD context",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = WALKED_UP, description = WALKED_UP_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "307", description = "Redirect to the default or the requested link",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Link", description = "The linkset and the JSON-LD context",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = WALKED_UP, description = WALKED_UP_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Malformed Digital Link URI (no Link header: there is no "
            + "linkset to point to)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown GTIN (no Link header), link type not available for "
            + "the item (errors[] lists the available ones) or, for JSON, a serial that was never issued",
            content = {@Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    public Uni<Response> resolve(@Parameter(description = "The Digital Link path after /01/, e.g. 08935000000014/10/L1")
                                 @PathParam("path") @Encoded String path,
                                 @Parameter(description = "A GS1 link type (gs1:pip, https://gs1.org/voc/pip…), or "
                                         + "linkset") @QueryParam("linkType") String linkType,
                                 @Context UriInfo uriInfo, @Context HttpHeaders headers, @Context Request request,
                                 @Context RoutingContext routing) {
        DigitalLinkUri uri = DigitalLinkParser.parse("/01/" + path);
        return answer(uri, linkType, uriInfo.getRequestUri().getRawQuery(), uriInfo, headers, request, routing);
    }

    @GET
    @Path("/{compressed: " + COMPRESSED + "}")
    @Operation(summary = "Resolve a GS1 compressed Digital Link URI",
            description = "A Digital Link in GS1's compressed form (GS1 Digital Link: Compression), e.g. /ARBArwCMHA "
                    + "for /01/08935000000014: decompressed and answered exactly as the uncompressed URI (every "
                    + "response above), with a Link header <uncompressed URI>; rel=\"owl:sameAs\". AIs other than the "
                    + "GTIN, lot and serial that it carries are passed on as query parameters.")
    @APIResponse(responseCode = "200", description = "The linkset or the scan record of the uncompressed URI",
            content = {@Content(mediaType = LINKSET_JSON, schema = @Schema(type = SchemaType.OBJECT)),
                    @Content(mediaType = LD_JSON, schema = @Schema(type = SchemaType.OBJECT)),
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ScanRecord.class))},
            headers = @Header(name = "Link", description = "owl:sameAs the uncompressed URI, its linkset and the "
                    + "JSON-LD context", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "307", description = "Redirect as for the uncompressed URI",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Link", description = "owl:sameAs the uncompressed URI, its linkset and the "
                            + "JSON-LD context", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = WALKED_UP, description = WALKED_UP_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Not a valid compressed GS1 Digital Link, or its uncompressed "
            + "URI is malformed (no Link header)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "As for the uncompressed URI",
            content = {@Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    public Uni<Response> resolveCompressed(@Parameter(description = "The compressed Digital Link, URI-safe base64")
                                           @PathParam("compressed") String compressed,
                                           @Parameter(description = "As for the uncompressed URI")
                                           @QueryParam("linkType") String linkType,
                                           @Context UriInfo uriInfo, @Context HttpHeaders headers,
                                           @Context Request request, @Context RoutingContext routing) {
        DigitalLinkParser.Decompressed decompressed = DigitalLinkParser.decompress(compressed);
        String query = uriInfo.getRequestUri().getRawQuery();
        if (decompressed.query() != null) {
            query = query == null || query.isEmpty() ? decompressed.query() : decompressed.query() + "&" + query;
        }
        return answer(decompressed.uri(), linkType, query, uriInfo, headers, request, routing);
    }

    private Uni<Response> answer(DigitalLinkUri uri, String linkType, String query, UriInfo uriInfo,
                                 HttpHeaders headers, Request request, RoutingContext routing) {
        // the hot path: an app scanning a serial whose product and lot are in memory is answered without a worker
        // thread, on the I/O thread when the unit is in memory too, else once its state is read (in one query with
        // other first scans); everything else may read the database and runs on a worker thread
        if ((linkType == null || linkType.isBlank()) && "GET".equals(request.getMethod())
                && (asksOnlyForJson(headers) || prefersJson(preferred(headers)))) {
            SerialVerifier.ScanContext context = ScanRequests.context(clock, uriInfo, headers, routing);
            Optional<ScanAnswer> hot = scans.scanFromMemory(uri, context);
            if (hot.isPresent()) {
                return Uni.createFrom().item(json(uri, hot.get()));
            }
            Optional<CompletionStage<Optional<ScanAnswer>>> loading = scans.scanOnceLoaded(uri, context);
            if (loading.isPresent()) {
                return Uni.createFrom().completionStage(loading.get())
                        // a unit that could not be read is asked again on the blocking path, which reports the failure
                        .onFailure().recoverWithItem(Optional.empty())
                        .onItem().transformToUni(scanned -> scanned.isPresent()
                                ? Uni.createFrom().item(() -> json(uri, scanned.get()))
                                : onWorker(uri, linkType, query, uriInfo, headers, request, routing));
            }
        }
        // anything made from the links alone (a browser's 307 to the scan page, a linkset, a link type) is answered on
        // the I/O thread too when the product and lot are in memory; only a scan record may have to read
        boolean scanRecord = (linkType == null || linkType.isBlank()) && prefersJson(preferred(headers));
        Optional<List<LinkLevel>> levels = scanRecord ? Optional.empty() : resolver.linksInMemory(uri);
        if (levels.isPresent()) {
            return Uni.createFrom().item(() -> respond(uri, linkType, query, uriInfo, headers, request, routing,
                    levels::get));
        }
        return onWorker(uri, linkType, query, uriInfo, headers, request, routing);
    }

    private Uni<Response> onWorker(DigitalLinkUri uri, String linkType, String query, UriInfo uriInfo,
                                   HttpHeaders headers, Request request, RoutingContext routing) {
        return Uni.createFrom().item(() -> resolveBlocking(uri, linkType, query, uriInfo, headers, request, routing))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private Response resolveBlocking(DigitalLinkUri requested, String linkType, String query, UriInfo uriInfo,
                                     HttpHeaders headers, Request request, RoutingContext routing) {
        DigitalLinkUri uri = resolver.answering(requested);
        Response response = respond(uri, linkType, query, uriInfo, headers, request, routing,
                () -> resolver.links(uri));
        if (uri.equals(requested)) {
            return response;
        }
        return Response.fromResponse(response).header(WALKED_UP, resolver.publicUri(uri)).build();
    }

    /** The answer to {@code uri}; {@code links} gives its links ({@link ResolverService#links}). */
    private Response respond(DigitalLinkUri uri, String linkType, String query, UriInfo uriInfo, HttpHeaders headers,
                             Request request, RoutingContext routing, Supplier<List<LinkLevel>> links) {
        if (linkType != null && !linkType.isBlank()) {
            List<LinkLevel> levels = links.get();
            if (LinkTypes.asksForLinkset(linkType.strip())) {
                return linkset(levels, false, null);
            }
            ResolvedLink link = resolver.link(levels, linkType, headers.getHeaderString(HttpHeaders.ACCEPT),
                    headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
            return redirect(link, query, Negotiation.VARY);
        }
        MediaType preferred = preferred(headers);
        if (preferred != null && preferred.isCompatible(MediaType.valueOf(LINKSET_JSON))) {
            return linkset(links.get(), false, VARY_MEDIA);
        }
        if (preferred != null && preferred.isCompatible(MediaType.valueOf(LD_JSON))) {
            return linkset(links.get(), true, VARY_MEDIA);
        }
        if (prefersJson(preferred)) {
            return scanRecord(uri, uriInfo, headers, request, routing);
        }
        return redirect(resolver.defaultLink(links.get()), query, VARY_MEDIA);
    }

    @OPTIONS
    @Path("/01/{path: .+}")
    @Operation(summary = "CORS preflight and allowed methods of a Digital Link URI")
    @APIResponse(responseCode = "204", description = "Allowed methods and headers")
    public Response options() {
        return Negotiation.preflight();
    }

    @GET
    @Path("/p/{productId}")
    @Operation(summary = "Resolve a product without a GTIN by its internal id",
            description = "Not a GS1 Digital Link: the stable path printed on products without a GTIN. JSON clients "
                    + "get the record, browsers the scan page.")
    @APIResponse(responseCode = "200", description = "The record or the scan page", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScanRecord.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "Unknown product (an HTML page for browsers)",
            content = {@Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    public Response resolveProduct(@PathParam("productId") UUID productId, @Context UriInfo uriInfo,
                                   @Context HttpHeaders headers) {
        ScanAnswer answer = ScanAnswer.ofProduct(traceRecords.byProductId(productId));
        MediaType preferred = preferred(headers);
        if (preferred != null && preferred.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return Response.ok(recordJson.write(answer), MediaType.APPLICATION_JSON_TYPE)
                    .header("Vary", Negotiation.VARY).build();
        }
        return Response.ok(pages.render(answer, ScanRequests.language(uriInfo, headers)),
                MediaType.TEXT_HTML + ";charset=UTF-8").header("Vary", Negotiation.VARY).build();
    }

    @OPTIONS
    @Path("/{compressed: " + COMPRESSED + "}")
    @Operation(summary = "CORS preflight and allowed methods of a compressed Digital Link URI")
    @APIResponse(responseCode = "204", description = "Allowed methods and headers")
    public Response optionsCompressed() {
        return Negotiation.preflight();
    }

    @OPTIONS
    @Path("/p/{productId}")
    @Operation(summary = "CORS preflight and allowed methods of an internal product path")
    @APIResponse(responseCode = "204", description = "Allowed methods and headers")
    public Response optionsProduct() {
        return Negotiation.preflight();
    }

    private Response scanRecord(DigitalLinkUri uri, UriInfo uriInfo, HttpHeaders headers, Request request,
                                RoutingContext routing) {
        SerialVerifier.ScanContext context = "HEAD".equals(request.getMethod()) ? null
                : ScanRequests.context(clock, uriInfo, headers, routing);
        return json(uri, scans.scan(uri, context));
    }

    private Response json(DigitalLinkUri uri, ScanAnswer answer) {
        if (answer.notAnIssuedCode()) {
            throw DomainException.notFound("Serial " + uri.serial() + " is not a code issued for this product");
        }
        return Response.ok(recordJson.write(answer), MediaType.APPLICATION_JSON_TYPE)
                .header("Vary", VARY_MEDIA).header("Link", ResolverService.linkHeader(answer.uri())).build();
    }

    /** An app asking for JSON and nothing else, told without parsing the header (the scanning apps' usual ask). */
    private static boolean asksOnlyForJson(HttpHeaders headers) {
        return MediaType.APPLICATION_JSON.equals(headers.getHeaderString(HttpHeaders.ACCEPT));
    }

    private static boolean prefersJson(MediaType preferred) {
        return preferred != null && preferred.isCompatible(MediaType.APPLICATION_JSON_TYPE);
    }

    private Response linkset(List<LinkLevel> levels, boolean jsonLd, String vary) {
        Map<String, Object> body = resolver.linkset(levels);
        if (jsonLd) {
            Map<String, Object> withContext = new LinkedHashMap<>();
            withContext.put("@context", ResolverService.LINKSET_CONTEXT);
            withContext.putAll(body);
            body = withContext;
        }
        try {
            Response.ResponseBuilder response = Response.ok(json.writeValueAsString(body), jsonLd ? LD_JSON
                    : LINKSET_JSON);
            return (vary == null ? response : response.header("Vary", vary)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a linkset", e);
        }
    }

    private static Response redirect(ResolvedLink link, String query, String vary) {
        String target = link.href();
        if (query != null && !query.isEmpty()) {
            target += (target.contains("?") ? "&" : "?") + query;
        }
        return Response.status(Response.Status.TEMPORARY_REDIRECT).location(URI.create(target))
                .header("Vary", vary).build();
    }

    /** The most preferred concrete media type the client accepts; null for none or only wildcards. */
    private static MediaType preferred(HttpHeaders headers) {
        return headers.getAcceptableMediaTypes().stream()
                .filter(t -> !t.isWildcardType() && !t.isWildcardSubtype()).findFirst().orElse(null);
    }
}
