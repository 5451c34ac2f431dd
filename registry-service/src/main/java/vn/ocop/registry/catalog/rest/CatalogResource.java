package vn.ocop.registry.catalog.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.registry.catalog.mapping.CatalogJsonLd;
import vn.ocop.registry.catalog.repository.CatalogRepository.Filter;
import vn.ocop.registry.catalog.service.CatalogItem;
import vn.ocop.registry.catalog.service.CatalogService;
import vn.ocop.registry.partner.Partner;
import vn.ocop.registry.partner.PartnerKey;
import vn.ocop.registry.partner.service.PartnerService;
import vn.ocop.registry.partner.service.RateLimiter;
import vn.ocop.registry.platform.json.JsonText;

import vn.ocop.registry.platform.text.Digests;

import java.nio.charset.StandardCharsets;

import java.time.OffsetDateTime;
import java.util.Date;

import java.util.UUID;

/**
 * HTTP API of the partner catalog: currently certified products only, read with a partner API key, cheap to poll
 * ({@code ETag}/{@code If-None-Match} → 304, {@code Last-Modified}) and with an incremental change feed.
 */
@Path("/catalog")
@Produces({MediaType.APPLICATION_JSON, CatalogJsonLd.MEDIA_TYPE})
@SecurityScheme(securitySchemeName = "partnerKey", type = SecuritySchemeType.APIKEY, in =
        org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn.HEADER, apiKeyName = CatalogResource.KEY)
@SecurityRequirement(name = "partnerKey")
@Tag(name = "Partner catalog", description = "Certified OCOP products for e-commerce platforms (X-API-Key). A "
        + "product whose certificate is revoked, expired or downgraded below 3★ leaves the catalog at once and appears "
        + "as a tombstone in the change feed.")
public class CatalogResource {

    static final String KEY = "X-API-Key";

    private final CatalogService catalog;
    private final PartnerService partners;
    private final RateLimiter limiter;
    private final JsonText json;

    public CatalogResource(CatalogService catalog, PartnerService partners, RateLimiter limiter, JsonText json) {
        this.catalog = catalog;
        this.partners = partners;
        this.limiter = limiter;
        this.json = json;
    }

    @GET
    @Path("/products")
    @Operation(summary = "List currently certified products", description = "Keyset paging by product id: pass "
            + "nextCursor as cursor; pages do not drift while products are added. Filters combine; updatedSince "
            + "keeps products whose product, producer or certificate changed since then.")
    @APIResponse(responseCode = "200", description = "A page, with ETag and Last-Modified. The ETag is the "
            + "partner's catalog version (moved by every change to a listed product, producer or certificate, and by "
            + "the date) with the request, so an If-None-Match poll is answered 304 without listing again.")
    @APIResponse(responseCode = "304", description = "If-None-Match matched: the page is unchanged")
    @APIResponse(responseCode = "401", description = "Missing, unknown, rotated-out or revoked key")
    @APIResponse(responseCode = "429", description = "Rate limit; see Retry-After")
    public Response list(@HeaderParam(KEY) @Parameter(in = ParameterIn.HEADER, hidden = true) String apiKey,
                         @QueryParam("province") @Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code") String province,
                         @QueryParam("commune") @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code") String commune,
                         @QueryParam("group") String group,
                         @QueryParam("stars") @Min(value = 3, message = "must be between 3 and 5")
                         @Max(value = 5, message = "must be between 3 and 5") Integer stars,
                         @QueryParam("updatedSince") @Parameter(description = "ISO date-time, e.g. 2026-11-01T00:00:00+07:00")
                         OffsetDateTime updatedSince,
                         @QueryParam("cursor") String cursor,
                         @QueryParam("limit") @DefaultValue("100") @Min(value = 1, message = "must be between 1 and 500")
                         @Max(value = 500, message = "must be between 1 and 500") int limit,
                         @jakarta.ws.rs.core.Context Request request,
                         @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers,
                         @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        Partner partner = partner(apiKey);
        return cachedRead(partner, request, headers, uri,
                () -> catalog.list(partner, new Filter(null, province, commune, group, stars, updatedSince), cursor,
                        limit),
                CatalogPage::of, page -> CatalogJsonLd.list(page.items(), page.nextCursor()),
                page -> page.items().stream().map(CatalogItem::updatedAt).max(OffsetDateTime::compareTo)
                        .orElse(null));
    }

    @GET
    @Path("/products/{id}")
    @Operation(summary = "Read one currently certified product", description = "With Accept: application/ld+json "
            + "the product is a schema.org Product (gtin14, brand, manufacturer, countryOfOrigin) with hasCertification: "
            + "a Certification carrying the OCOP stars as certificationRating, the issuer, validFrom/expires and the "
            + "certificate number.")
    @APIResponse(responseCode = "304", description = "If-None-Match matched")
    @APIResponse(responseCode = "404", description = "Not certified now, or outside the partner's provinces")
    public Response get(@HeaderParam(KEY) @Parameter(hidden = true) String apiKey, @PathParam("id") UUID id,
                        @jakarta.ws.rs.core.Context Request request,
                        @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers,
                        @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        Partner partner = partner(apiKey);
        return cachedRead(partner, request, headers, uri, () -> catalog.get(partner, id), CatalogProduct::of,
                CatalogJsonLd::product, CatalogItem::updatedAt);
    }

    @GET
    @Path("/changes")
    @Operation(summary = "Changes since a sync token, oldest first", description = "Start with the syncToken of a "
            + "full listing; follow nextSince. REMOVED items are tombstones with the reason (REVOKED, EXPIRED, "
            + "DOWNGRADED); UPSERT items carry the product as it is now.")
    public Response changes(@HeaderParam(KEY) @Parameter(hidden = true) String apiKey,
                            @QueryParam("since") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") long since,
                            @QueryParam("limit") @DefaultValue("500") @Min(value = 1, message = "must be between 1 and 1000")
                            @Max(value = 1000, message = "must be between 1 and 1000") int limit,
                            @jakarta.ws.rs.core.Context Request request) {
        CatalogChanges changes = CatalogChanges.of(catalog.changes(partner(apiKey), since, limit));
        byte[] body = json.bytes(changes);
        EntityTag tag = new EntityTag(Digests.sha256Hex(body));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        return cacheHeaders(unchanged != null ? unchanged.tag(tag)
                : Response.ok(body, MediaType.APPLICATION_JSON + ";charset=UTF-8").tag(tag), null).build();
    }

    private Partner partner(String apiKey) {
        PartnerKey key = partners.authenticate(apiKey);
        limiter.acquire(key.id, key.partner.requestsPerMinute);
        return key.partner;
    }

    /** Whether the client prefers JSON-LD (listed in Accept, before or without application/json). */
    private static boolean jsonLd(jakarta.ws.rs.core.HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.valueOf(CatalogJsonLd.MEDIA_TYPE)) && !type.isWildcardType()) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    /**
     * A catalog read: 304 when If-None-Match names the partner's current catalog version for this request (nothing
     * is loaded), else the loaded body as JSON or JSON-LD with its ETag and Last-Modified.
     */
    private <T> Response cachedRead(Partner partner, Request request, jakarta.ws.rs.core.HttpHeaders headers,
                                    jakarta.ws.rs.core.UriInfo uri, java.util.function.Supplier<T> load,
                                    java.util.function.Function<T, Object> asJson,
                                    java.util.function.Function<T, Object> asJsonLd,
                                    java.util.function.Function<T, OffsetDateTime> modifiedOf) {
        EntityTag tag = versionTag(partner, uri, headers);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return cacheHeaders(unchanged.tag(tag), null).build();
        }
        T body = load.get();
        return jsonLd(headers) ? respond(asJsonLd.apply(body), tag, modifiedOf.apply(body), CatalogJsonLd.MEDIA_TYPE)
                : respond(asJson.apply(body), tag, modifiedOf.apply(body), MediaType.APPLICATION_JSON);
    }

    /** The ETag of a catalog read: the partner's catalog version, the request and the representation. */
    private EntityTag versionTag(Partner partner, jakarta.ws.rs.core.UriInfo uri, jakarta.ws.rs.core.HttpHeaders headers) {
        String representation = jsonLd(headers) ? CatalogJsonLd.MEDIA_TYPE : MediaType.APPLICATION_JSON;
        return new EntityTag(Digests.sha256Hex((catalog.version(partner) + "|" + uri.getRequestUri().getRawPath() + "?"
                + uri.getRequestUri().getRawQuery() + "|" + representation).getBytes(StandardCharsets.UTF_8)));
    }

    private Response respond(Object body, EntityTag tag, OffsetDateTime modified, String mediaType) {
        return cacheHeaders(Response.ok(json.bytes(body), mediaType + ";charset=UTF-8").tag(tag), modified).build();
    }

    private static Response.ResponseBuilder cacheHeaders(Response.ResponseBuilder builder, OffsetDateTime modified) {
        builder.header("Cache-Control", "private, no-cache").header("Vary", "Accept, X-API-Key");
        if (modified != null) {
            builder.lastModified(Date.from(modified.toInstant()));
        }
        return builder;
    }

}
