package vn.ocop.registry.platform.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.ocop.registry.platform.config.RegistryConfig;
import vn.ocop.registry.platform.problem.FieldError;
import vn.ocop.registry.platform.problem.Problem;

import java.util.List;

/**
 * Refuses JSON bodies over {@code ocop.http.max-json-body} with 413 problem+json before they are read, so an oversized
 * request never reaches (or half-writes) the domain.
 */
@ApplicationScoped
public class JsonBodyLimit {

    void install(@Observes Router router, RegistryConfig config, com.fasterxml.jackson.databind.ObjectMapper mapper) {
        long limit = config.http().maxJsonBody();
        router.route().order(-100).handler(rc -> {
            String type = rc.request().getHeader(HttpHeaders.CONTENT_TYPE);
            String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (type != null && type.contains("json") && length != null && isOver(length, limit)) {
                Problem problem = Problem.of(413, "body-too-large", "Content Too Large",
                        "The request body is larger than " + limit + " bytes",
                        List.of(new FieldError("body", "must be at most " + limit + " bytes")));
                try {
                    rc.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                            .putHeader(HttpHeaders.CONNECTION, "close").end(mapper.writeValueAsString(problem));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    rc.fail(e);
                }
                return;
            }
            rc.next();
        });
    }

    private static boolean isOver(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
