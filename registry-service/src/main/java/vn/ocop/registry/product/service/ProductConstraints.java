package vn.ocop.registry.product.service;

import vn.ocop.platform.problem.FieldError;

import java.util.List;

/**
 * The API's field rules for a product (those of its request record), for commands that do not come through the API,
 * such as import rows: the same messages under the same field names.
 */
public interface ProductConstraints {

    /** What breaks the rules, or nothing. */
    List<FieldError> violations(ProductCommand command);
}
