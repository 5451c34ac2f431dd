package vn.ocop.registry.webhook;

import org.junit.jupiter.api.Test;
import vn.ocop.registry.platform.http.OutboundAddresses;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The SSRF rules on their own: schemes, address classes, the allow-list, and a DNS answer that changes. */
class OutboundAddressesTest {

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void shouldAcceptOnlyHttpsInProductionAndHttpWhereAllowed() {
        OutboundAddresses production = new OutboundAddresses(false, List.of(), h -> new InetAddress[] {ip("93.184.215.14")});
        assertThat(production.refusal("https://shop.example/hooks")).isEmpty();
        assertThat(production.refusal("http://shop.example/hooks")).contains("must be an https URL");
        assertThat(production.refusal("ftp://shop.example/hooks")).isPresent();
        OutboundAddresses dev = new OutboundAddresses(true, List.of(), h -> new InetAddress[] {ip("93.184.215.14")});
        assertThat(dev.refusal("http://shop.example/hooks")).isEmpty();
    }

    @Test
    void shouldRefuseEveryNonPublicAddressClass() {
        for (String literal : List.of("127.0.0.1", "127.8.9.10", "10.1.2.3", "172.31.255.255", "192.168.0.10",
                "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.251", "239.255.255.250", "255.255.255.255",
                "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
                "::ffff:169.254.169.254", "::127.0.0.1", "64:ff9b::a00:1", "2001:db8::1")) {
            assertThat(OutboundAddresses.isPublic(ip(literal))).as(literal).isFalse();
        }
        for (String literal : List.of("93.184.215.14", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8")) {
            assertThat(OutboundAddresses.isPublic(ip(literal))).as(literal).isTrue();
        }
    }

    @Test
    void shouldRefuseAHostWhenAnyOfItsAddressesIsNotPublic() {
        OutboundAddresses guard = new OutboundAddresses(false, List.of(),
                h -> new InetAddress[] {ip("93.184.215.14"), ip("10.0.0.5")});
        assertThat(guard.refusal("https://mixed.example/hooks")).hasValueSatisfying(r -> assertThat(r)
                .contains("10.0.0.5"));
    }

    @Test
    void shouldAllowConfiguredNetworksAndHostsOnly() {
        OutboundAddresses guard = new OutboundAddresses(true, List.of("127.0.0.0/8", "::1", "receiver.internal"),
                h -> h.equals("receiver.internal") ? new InetAddress[] {ip("10.9.9.9")}
                        : InetAddress.getAllByName(h));
        assertThat(guard.refusal("http://127.0.0.1:8080/hooks")).isEmpty();
        assertThat(guard.refusal("http://[::1]:8080/hooks")).isEmpty();
        assertThat(guard.refusal("http://receiver.internal/hooks")).isEmpty();
        assertThat(guard.refusal("http://10.0.0.1/hooks")).isPresent();
        assertThat(guard.refusal("http://[::ffff:10.0.0.1]/hooks")).isPresent();
    }

    @Test
    void shouldJudgeTheDnsAnswerOfTheMomentSoARebindingIsCaughtAtDelivery() {
        AtomicReference<String> answer = new AtomicReference<>("93.184.215.14");
        OutboundAddresses guard = new OutboundAddresses(false, List.of(),
                h -> new InetAddress[] {ip(answer.get())});
        assertThat(guard.refusal("https://rebinding.example/hooks")).isEmpty();
        answer.set("169.254.169.254");
        assertThat(guard.refusal("https://rebinding.example/hooks")).isPresent();
    }
}
