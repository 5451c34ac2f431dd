package vn.ocop.traceability.media.service;

import vn.ocop.platform.media.ImageRejected;
import vn.ocop.traceability.platform.problem.DomainException;
import vn.ocop.traceability.platform.problem.Problem;

import java.util.List;

/** An image upload refused by the pipeline, as this service's problem (413, 415 or 422 with the field at fault). */
public final class ImageProblem extends DomainException {

    private final int status;
    private final String code;

    public ImageProblem(ImageRejected rejected) {
        super(rejected.getMessage(), List.of(new Problem.FieldError(rejected.field(), rejected.fieldMessage())));
        this.status = rejected.status();
        this.code = rejected.code();
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String title() {
        return status == 413 ? "Payload too large" : status == 415 ? "Unsupported media type" : "Unprocessable image";
    }

    @Override
    public String slug() {
        return code;
    }
}
