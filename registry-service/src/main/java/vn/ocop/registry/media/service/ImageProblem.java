package vn.ocop.registry.media.service;

import vn.ocop.platform.media.ImageRejected;
import vn.ocop.registry.platform.problem.DomainException;
import vn.ocop.registry.platform.problem.FieldError;

import java.util.List;

/** An image upload refused by the pipeline, as the registry's problem (413, 415 or 422 with the field at fault). */
public final class ImageProblem extends DomainException {

    ImageProblem(ImageRejected rejected) {
        super(rejected.status(), rejected.code(), rejected.getMessage(),
                List.of(new FieldError(rejected.field(), rejected.fieldMessage())));
    }

    ImageProblem(int status, String code, String detail, FieldError error) {
        super(status, code, detail, List.of(error));
    }
}
