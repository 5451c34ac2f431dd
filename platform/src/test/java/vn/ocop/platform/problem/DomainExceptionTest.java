package vn.ocop.platform.problem;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The one exception model: status, code, fields and headers per factory, and the problem each becomes. */
class DomainExceptionTest {

    @Test
    void shouldGiveEveryFactoryItsStatusAndCode() {
        assertThat(DomainException.notFound("Product", 7)).satisfies(e -> {
            assertThat(e.status()).isEqualTo(404);
            assertThat(e.code()).isEqualTo("not-found");
            assertThat(e.getMessage()).isEqualTo("Product 7 does not exist");
        });
        assertThat(DomainException.invalid("gtin", "has a wrong check digit").errors())
                .containsExactly(new FieldError("gtin", "has a wrong check digit"));
        assertThat(DomainException.conflictOn("stale-version", "version", "is 3, not 2"))
                .returns(409, DomainException::status).returns("is 3, not 2", Throwable::getMessage);
        assertThat(DomainException.ruleViolationOn("invalid-gtin", "gtin", "must have 14 digits").status())
                .isEqualTo(400);
        assertThat(DomainException.unprocessable("product-not-certified", "not certified").status()).isEqualTo(422);
        assertThat(DomainException.forbidden("the lot is another producer's").code()).isEqualTo("forbidden");
        assertThat(DomainException.unsupportedType("not a JPEG").code()).isEqualTo("unsupported-media-type");
    }

    @Test
    void shouldCarryRetryAfterOfAtLeastOneSecond() {
        assertThat(DomainException.tooManyRequests(12).headers()).isEqualTo(Map.of("Retry-After", "12"));
        assertThat(DomainException.tooManyRequests("rate-limited", "slow down", List.of(), Duration.ofMillis(200))
                .headers()).isEqualTo(Map.of("Retry-After", "1"));
        assertThat(DomainException.tooManyRequests("quota", "spent", List.of(), null).headers()).isEmpty();
    }

    @Test
    void shouldWriteOneTypeBaseAndOneTitlePerStatus() {
        Problem problem = Problem.of(404, "not-found", "No product with GTIN 08935000000014", List.of());
        assertThat(problem.type()).isEqualTo("https://ocop.gov.vn/problems/not-found");
        assertThat(problem.title()).isEqualTo("Not found");
        assertThat(Problem.of(400, "validation", "x", List.of()).title()).isEqualTo("Invalid request");
        assertThat(Problem.of(418, "teapot", "x", List.of()).title()).isEqualTo("Request failed");
    }
}
