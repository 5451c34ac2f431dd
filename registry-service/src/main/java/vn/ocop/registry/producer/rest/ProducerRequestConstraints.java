package vn.ocop.registry.producer.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.registry.producer.service.ProducerCommand;
import vn.ocop.registry.producer.service.ProducerConstraints;

import java.util.List;

/** Checks a producer command with the Bean Validation rules of {@link ProducerRequest}. */
@ApplicationScoped
public class ProducerRequestConstraints implements ProducerConstraints {

    private final Validator validator;

    public ProducerRequestConstraints(Validator validator) {
        this.validator = validator;
    }

    @Override
    public List<FieldError> violations(ProducerCommand command) {
        return validator.validate(ProducerRequest.of(command)).stream().map(FieldError::of).toList();
    }
}
