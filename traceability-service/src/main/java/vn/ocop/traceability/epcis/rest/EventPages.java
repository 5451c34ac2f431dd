package vn.ocop.traceability.epcis.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.ocop.traceability.epcis.Epcis;
import vn.ocop.traceability.epcis.service.EventQueryService.EventPage;

/** Writes a page of events the way the GS1 REST binding pages: the next page in a {@code Link: <…>; rel="next"}. */
final class EventPages {

    static final String PER_PAGE_DEFAULT = "30";
    static final int PER_PAGE_MAX = 1000;

    private EventPages() {
    }

    static Response respond(EventPage page, UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(page.document(), Epcis.MEDIA_TYPE_LD_JSON)
                .header(Epcis.HEADER_EPCIS_VERSION, Epcis.VERSION)
                .header(Epcis.HEADER_CBV_VERSION, Epcis.CBV_VERSION);
        if (page.nextPageToken() != null) {
            String next = uri.getRequestUriBuilder().replaceQueryParam("nextPageToken", page.nextPageToken())
                    .build().toString();
            response.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return response.build();
    }
}
