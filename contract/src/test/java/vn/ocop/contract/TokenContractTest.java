package vn.ocop.contract;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TokenContractTest {

    @Test
    void productionNeedsIssuerAndAudience() {
        assertThat(TokenContract.missingProductionSettings(Optional.empty(), Optional.of("ocop-api")))
                .singleElement().asString().contains("issuer").contains("MP_JWT_VERIFY_ISSUER");
        assertThat(TokenContract.missingProductionSettings(Optional.of("https://kc/realms/ocop"), Optional.of(" ")))
                .singleElement().asString().contains("audience");
        assertThat(TokenContract.missingProductionSettings(Optional.of(""), Optional.empty())).hasSize(2);
    }

    @Test
    void aConfiguredIssuerAndAudienceAreEnough() {
        assertThat(TokenContract.missingProductionSettings(Optional.of("https://kc/realms/ocop"),
                Optional.of("ocop-api"))).isEmpty();
    }
}
