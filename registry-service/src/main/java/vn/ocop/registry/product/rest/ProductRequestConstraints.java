package vn.ocop.registry.product.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.registry.product.service.ProductCommand;
import vn.ocop.registry.product.service.ProductConstraints;

import java.util.List;

/** Checks a product command with the Bean Validation rules of {@link ProductRequest}. */
@ApplicationScoped
public class ProductRequestConstraints implements ProductConstraints {

    private final Validator validator;

    public ProductRequestConstraints(Validator validator) {
        this.validator = validator;
    }

    @Override
    public List<FieldError> violations(ProductCommand command) {
        return validator.validate(ProductRequest.of(command)).stream().map(FieldError::of).toList();
    }
}
