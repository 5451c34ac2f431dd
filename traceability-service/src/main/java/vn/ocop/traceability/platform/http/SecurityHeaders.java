package vn.ocop.traceability.platform.http;

import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.problem.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.event.Observes;
import vn.ocop.traceability.platform.config.HttpLimitsConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every HTTP exchange of the service gets before any resource runs: security headers on every response
 * ({@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: no-referrer}, and on HTML pages a
 * Content-Security-Policy allowing only what the scan and error pages use: the service's own stylesheet and the error
 * page's one inline style by its hash), and the request body limit of the route's group, counted while the body
 * arrives so that a chunked body is cut as well: {@code POST /capture} {@link HttpLimitsConfig#captureBytes()}, every
 * other write {@link HttpLimitsConfig#jsonBytes()}; 413 problem+json stating the limit beyond.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String REFERRER_POLICY = "no-referrer";

    private final HttpLimitsConfig limits;
    private final ObjectMapper json;
    private final Template errorPage;
    private volatile String contentSecurityPolicy;

    public SecurityHeaders(HttpLimitsConfig limits, ObjectMapper json,
                           @Location("problem/error.html") Template errorPage) {
        this.limits = limits;
        this.json = json;
        this.errorPage = errorPage;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::headers);
        BodyHandler capture = BodyHandler.create(false).setBodyLimit(limits.captureBytes());
        BodyHandler other = BodyHandler.create(false).setBodyLimit(limits.jsonBytes());
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
            HttpMethod method = ctx.request().method();
            if (method != HttpMethod.POST && method != HttpMethod.PUT && method != HttpMethod.PATCH) {
                ctx.next();
                return;
            }
            long limit = isCapture(ctx) ? limits.captureBytes() : limits.jsonBytes();
            if (declaredWithin(ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH), limit)) {
                // a declared length within the limit needs no counting: the resource reads the body itself (reading
                // it here would end an HTTP/2 request before RESTEasy pauses it, which Vert.x refuses)
                ctx.next();
                return;
            }
            ctx.put(LIMIT_KEY, limit);
            (isCapture(ctx) ? capture : other).handle(ctx);
        }).handler(ctx -> {
            // the resources read the body read here; an empty one must be there too, or they would wait for a body
            // the connection no longer carries
            if (ctx.get(LIMIT_KEY) != null && ctx.getBody() == null) {
                ctx.setBody(Buffer.buffer());
            }
            ctx.next();
        }).failureHandler(this::tooLarge);
    }

    /** The content security policy of the service's HTML pages (the error page's style hashed as it renders). */
    public String contentSecurityPolicy() {
        String policy = contentSecurityPolicy;
        if (policy == null) {
            policy = "default-src 'none'; style-src 'self' " + inlineStyleHash()
                    + "; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
            contentSecurityPolicy = policy;
        }
        return policy;
    }

    private static final String LIMIT_KEY = "ocop.body-limit";

    private void headers(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        ctx.addHeadersEndHandler(v -> {
            response.headers().set("X-Content-Type-Options", "nosniff");
            response.headers().set("Referrer-Policy", REFERRER_POLICY);
            String type = response.headers().get(HttpHeaders.CONTENT_TYPE);
            if (type != null && type.startsWith("text/html")) {
                response.headers().set("Content-Security-Policy", contentSecurityPolicy());
            }
        });
        ctx.next();
    }

    /** A declared, non-empty Content-Length no larger than the limit. */
    private static boolean declaredWithin(String length, long limit) {
        if (length == null) {
            return false;
        }
        try {
            long declared = Long.parseLong(length.trim());
            return declared > 0 && declared <= limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isCapture(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        return path.equals("/capture") || path.startsWith("/capture/");
    }

    private void tooLarge(RoutingContext ctx) {
        if (ctx.statusCode() != 413 || ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        Long limit = ctx.get(LIMIT_KEY);
        String message = "must not be larger than " + limit + " bytes";
        Problem problem = Problem.of(413, "body-too-large",
                "The request body is larger than " + limit + " bytes, the limit of this route", List.of(
                new FieldError("body", message)));
        try {
            ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            ctx.response().setStatusCode(413).end();
        }
    }

    /** The CSP source of the error page's inline style: the SHA-256 of the style as the page renders it. */
    private String inlineStyleHash() {
        String page = errorPage.data("problem", Problem.of(400, "csp", "CSP", List.of())).render();
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(page);
        if (!style.find()) {
            return "";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(style.group(1).getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
