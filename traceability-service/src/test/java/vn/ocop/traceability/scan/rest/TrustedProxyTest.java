package vn.ocop.traceability.scan.rest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Whose X-Forwarded-For is believed: the gateway's networks only, and never a name that would need a lookup. */
class TrustedProxyTest {

    @ParameterizedTest
    @CsvSource({"127.0.0.1, true", "::1, true", "0:0:0:0:0:0:0:1, true", "10.1.2.3, true", "172.16.0.9, true",
            "172.31.255.1, true", "192.168.4.4, true", "fd12:3456::1, true", "172.32.0.1, false", "8.8.8.8, false",
            "113.160.1.1, false", "2001:db8::1, false", "gateway, false", "'', false"})
    void shouldTrustOnlyLoopbackAndPrivateNetworks(String address, boolean trusted) {
        assertThat(ScanClientFilter.trustedProxy(address)).isEqualTo(trusted);
    }
}
