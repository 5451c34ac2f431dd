package vn.ocop.registry.platform.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.ocop.registry.imports.config.ImportConfig;
import vn.ocop.registry.platform.config.RegistryConfig;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.problem.Problem;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One request-body limit per route group, answered with 413 problem+json before the domain sees the body: attachment
 * uploads ({@code ocop.dossiers.max-attachment-bytes}), register imports ({@code ocop.imports.max-bytes}) and every
 * other route ({@code ocop.http.max-json-body}). A declared Content-Length over the limit is refused at once; a
 * chunked body is counted as it arrives and refused as soon as it passes the limit, so no body escapes the check.
 */
@ApplicationScoped
public class JsonBodyLimit {

    /** Runs after Quarkus' own global limit handler (order -2), before any resource. */
    static final int ORDER = -1;
    /** The key under which the Vert.x input stream finds the limit of a streamed (multipart) body. */
    private static final String MAX_REQUEST_SIZE_KEY = "io.quarkus.max-request-size";
    private static final Pattern ATTACHMENTS = Pattern.compile("^/dossiers/[^/]+/attachments/?$");
    private static final Pattern IMPORTS = Pattern.compile("^/imports/?$");

    void install(@Observes Router router, RegistryConfig config, ImportConfig imports,
                 com.fasterxml.jackson.databind.ObjectMapper mapper) {
        long json = config.http().maxJsonBody();
        long attachments = config.dossiers().maxAttachmentBytes();
        long workbooks = imports.maxBytes();
        router.route().order(ORDER).handler(rc -> {
            HttpServerRequest request = rc.request();
            String path = request.path() == null ? "" : request.path();
            long limit = request.method() == HttpMethod.POST && ATTACHMENTS.matcher(path).matches() ? attachments
                    : request.method() == HttpMethod.POST && IMPORTS.matcher(path).matches() ? workbooks : json;
            String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null) {
                if (isOver(length, limit)) {
                    refuse(rc, limit, mapper);
                } else {
                    rc.next();
                }
                return;
            }
            String encoding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
            if (encoding == null || !encoding.toLowerCase().contains("chunked")) {
                rc.next();
                return;
            }
            String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
            if (type != null && type.toLowerCase().startsWith("multipart/")) {
                rc.put(MAX_REQUEST_SIZE_KEY, limit); // the multipart reader streams and enforces it
                rc.next();
                return;
            }
            collect(rc, limit, mapper);
        });
    }

    /** Reads a chunked body up to the limit and hands it on; past the limit the request is refused. */
    private static void collect(RoutingContext rc, long limit, com.fasterxml.jackson.databind.ObjectMapper mapper) {
        HttpServerRequest request = rc.request();
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + (long) chunk.length() > limit) {
                refused[0] = true;
                refuse(rc, limit, mapper);
                return;
            }
            body.appendBuffer(chunk);
        });
        request.endHandler(v -> {
            if (!refused[0]) {
                rc.setBody(body);
                rc.next();
            }
        });
        request.exceptionHandler(e -> {
            if (!refused[0] && !rc.response().ended()) {
                refused[0] = true;
                rc.fail(400, e);
            }
        });
        request.resume();
    }

    private static void refuse(RoutingContext rc, long limit, com.fasterxml.jackson.databind.ObjectMapper mapper) {
        Problem problem = Problem.of(413, "body-too-large",
                "The request body is larger than " + limit + " bytes",
                List.of(new FieldError("body", "must be at most " + limit + " bytes")));
        try {
            rc.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close").end(mapper.writeValueAsString(problem));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            rc.fail(e);
        }
    }

    private static boolean isOver(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
