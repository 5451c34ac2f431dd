package vn.ocop.registry.programme.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.registry.programme.service.TargetService;

import java.util.List;

/** The indicator set targets can name (public: it is the programme's published vocabulary). */
@Path("/indicator-definitions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Targets")
public class IndicatorDefinitionResource {

    private final TargetService service;

    public IndicatorDefinitionResource(TargetService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Indicators a target can name")
    public List<IndicatorDefinitionView> definitions() {
        return service.definitions().stream().map(IndicatorDefinitionView::of).toList();
    }
}
