package vn.ocop.traceability.platform.http;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.problem.ProblemPages;

/**
 * The small Vietnamese error page a browser gets instead of problem+json (a consumer who scanned a code that does not
 * resolve): what went wrong in plain words, never a stack trace.
 */
@ApplicationScoped
public class ErrorPages implements ProblemPages {

    private final Template errorPage;

    public ErrorPages(@Location("problem/error.html") Template errorPage) {
        this.errorPage = errorPage;
    }

    @Override
    public Response render(Problem problem, HttpHeaders headers) {
        if (!Negotiation.wantsHtml(headers)) {
            return null;
        }
        String html = errorPage.data("problem", problem).render();
        return Response.status(problem.status()).type(MediaType.TEXT_HTML + ";charset=UTF-8").entity(html).build();
    }
}
