package vn.ocop.traceability.platform.problem;

import java.util.List;

/** Base of the exceptions domain code throws; {@link ProblemMapper} turns each into a problem response. */
public abstract class DomainException extends RuntimeException {

    private final transient List<Problem.FieldError> errors;

    protected DomainException(String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public abstract int status();

    public abstract String title();

    /** The problem {@code type} slug, appended to the problem base URI. */
    public abstract String slug();
}
