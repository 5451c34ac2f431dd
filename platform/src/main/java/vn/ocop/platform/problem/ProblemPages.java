package vn.ocop.platform.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * A service's page for a problem, for clients that want one rather than {@code application/problem+json} (a browser
 * scanning a code). A service provides at most one bean; without one every problem is answered as JSON.
 */
public interface ProblemPages {

    /** The page answering {@code problem}, or null when this client gets problem+json. */
    Response render(Problem problem, HttpHeaders headers);
}
