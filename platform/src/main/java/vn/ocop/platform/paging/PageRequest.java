package vn.ocop.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Paging query parameters shared by every list endpoint: {@code page} from 0, {@code size} 1–100 (default 20). */
public class PageRequest {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be 0 or more")
    @Max(value = Page.MAX_PAGE, message = "must be at most " + Page.MAX_PAGE)
    @Parameter(description = "Zero-based page number")
    public int page;

    @QueryParam("size")
    @DefaultValue(Page.DEFAULT_SIZE)
    @Min(value = 1, message = "must be between 1 and 100")
    @Max(value = Page.MAX_SIZE, message = "must be between 1 and 100")
    @Parameter(description = "Page size, 1 to 100")
    public int size;
}
