package vn.ocop.registry.webhook.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Standard Webhooks signature, checked against the specification's own vector and a Vietnamese body. */
class WebhookSignatureTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Test
    void shouldSignLikeTheStandardWebhooksReferenceVector() {
        assertThat(WebhookSignature.sign(SECRET, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L,
                "{\"test\": 2432232314}")).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void shouldSignTheUtf8BytesOfAVietnameseBody() {
        // expected value computed independently with Python's hmac over the UTF-8 encoding
        assertThat(WebhookSignature.sign(SECRET, "msg_1", 1700000000L, "{\"name\":\"Chè Tân Cương ★\"}"))
                .isEqualTo("v1,3YuUyyktwpIL02hAPW0KTmYn2UUnL0GauFhMNHei8wM=");
    }

    @Test
    void shouldAcceptTheSecretWithOrWithoutItsPrefixAndChangeWithEveryPart() {
        String signed = WebhookSignature.sign(SECRET, "msg_1", 1L, "{}");
        assertThat(WebhookSignature.sign(SECRET.substring("whsec_".length()), "msg_1", 1L, "{}")).isEqualTo(signed);
        assertThat(WebhookSignature.sign(SECRET, "msg_2", 1L, "{}")).isNotEqualTo(signed);
        assertThat(WebhookSignature.sign(SECRET, "msg_1", 2L, "{}")).isNotEqualTo(signed);
        assertThat(WebhookSignature.sign(SECRET, "msg_1", 1L, "{ }")).isNotEqualTo(signed);
    }
}
