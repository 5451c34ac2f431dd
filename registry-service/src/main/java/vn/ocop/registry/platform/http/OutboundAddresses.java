package vn.ocop.registry.platform.http;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.platform.config.OutboundConfig;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Judges a URL the registry is asked to call (SSRF guard): the scheme must be https (http only where configured), and
 * every address its host resolves to must be public — loopback, private, shared (CGNAT), link-local, multicast,
 * unspecified and reserved addresses are refused, in IPv4 and IPv6 (IPv4-mapped, -compatible and NAT64 forms
 * included), unless allowed by configuration. Called at registration and again before every delivery, since DNS
 * answers change.
 */
@ApplicationScoped
public class OutboundAddresses {

    /** Turns a host name into its addresses (replaceable in unit tests). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private static final List<Cidr> NOT_PUBLIC = Cidr.parseAll(List.of("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10",
            "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.168.0.0/16",
            "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
            "::/128", "::1/128", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8", "2001:db8::/32"));

    private final boolean allowHttp;
    private final List<String> allowedHosts;
    private final List<Cidr> allowedNetworks;
    private final Resolver resolver;

    @jakarta.inject.Inject
    public OutboundAddresses(OutboundConfig config) {
        this(config.allowHttp(), config.allowedNetworks().orElse(List.of()), InetAddress::getAllByName);
    }

    public OutboundAddresses(boolean allowHttp, List<String> allowList, Resolver resolver) {
        this.allowHttp = allowHttp;
        this.resolver = resolver;
        List<String> hosts = new ArrayList<>();
        List<Cidr> networks = new ArrayList<>();
        for (String entry : allowList) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            Optional<Cidr> cidr = Cidr.parse(e);
            if (cidr.isPresent()) {
                networks.add(cidr.get());
            } else {
                hosts.add(e.toLowerCase(Locale.ROOT));
            }
        }
        this.allowedHosts = List.copyOf(hosts);
        this.allowedNetworks = List.copyOf(networks);
    }

    /** Why the URL may not be called, or empty when it may. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            return Optional.of(allowHttp ? "must be an http(s) URL" : "must be an https URL");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry user information");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.of("has no host");
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (allowedHosts.contains(bare.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException | SecurityException e) {
            return Optional.of("host " + bare + " cannot be resolved");
        }
        if (addresses == null || addresses.length == 0) {
            return Optional.of("host " + bare + " cannot be resolved");
        }
        for (InetAddress address : addresses) {
            if (allowedNetworks.stream().anyMatch(n -> n.contains(address))) {
                continue;
            }
            if (!isPublic(address)) {
                return Optional.of("host " + bare + " resolves to " + address.getHostAddress()
                        + ", which is not a public address (loopback, private, link-local, multicast, unspecified "
                        + "or reserved)");
            }
        }
        return Optional.empty();
    }

    /** Whether the address is a public unicast address, looking through IPv4-in-IPv6 forms. */
    public static boolean isPublic(InetAddress address) {
        InetAddress a = embeddedIpv4(address).orElse(address);
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        return NOT_PUBLIC.stream().noneMatch(n -> n.contains(a));
    }

    /** The IPv4 address inside an IPv4-mapped (::ffff:0:0/96), -compatible (::/96) or NAT64 (64:ff9b::/96) address. */
    static Optional<InetAddress> embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return Optional.empty();
        }
        byte[] b = address.getAddress();
        boolean zeroPrefix = Arrays.equals(Arrays.copyOf(b, 10), new byte[10]);
        boolean mapped = zeroPrefix && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeroPrefix && b[10] == 0 && b[11] == 0
                && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] == 0 || b[15] == 1));
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b && Arrays.equals(Arrays.copyOfRange(b, 4, 12), new byte[8]);
        if (!mapped && !compatible && !nat64) {
            return Optional.empty();
        }
        try {
            return Optional.of(Inet4Address.getByAddress(Arrays.copyOfRange(b, 12, 16)));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** An address block: the network's bytes and the prefix length. */
    record Cidr(byte[] network, int prefix) {

        static List<Cidr> parseAll(List<String> texts) {
            return texts.stream().map(t -> parse(t).orElseThrow(() -> new IllegalArgumentException(t))).toList();
        }

        /** A CIDR or a single address literal; empty for anything else (a host name). */
        static Optional<Cidr> parse(String text) {
            int slash = text.indexOf('/');
            String ip = slash < 0 ? text : text.substring(0, slash);
            if (ip.startsWith("[") && ip.endsWith("]")) {
                ip = ip.substring(1, ip.length() - 1);
            }
            if (!ip.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
                return Optional.empty();
            }
            try {
                byte[] bytes = InetAddress.getByName(ip).getAddress();
                int prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(text.substring(slash + 1));
                if (prefix < 0 || prefix > bytes.length * 8) {
                    return Optional.empty();
                }
                return Optional.of(new Cidr(bytes, prefix));
            } catch (UnknownHostException | NumberFormatException e) {
                return Optional.empty();
            }
        }

        boolean contains(InetAddress address) {
            byte[] b = address.getAddress();
            if (b.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (b[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (b[full] & mask) == (network[full] & mask);
        }
    }
}
