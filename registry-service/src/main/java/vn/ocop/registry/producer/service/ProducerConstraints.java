package vn.ocop.registry.producer.service;

import vn.ocop.platform.problem.FieldError;

import java.util.List;

/**
 * The API's field rules for a producer (those of its request record), for commands that do not come through the API,
 * such as import rows: the same messages under the same field names.
 */
public interface ProducerConstraints {

    /** What breaks the rules, or nothing. */
    List<FieldError> violations(ProducerCommand command);
}
