package cn.kaifeng.tfs.shell.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The address a request came from, for limits per source (the login back-off, the public forms' limits). Behind a
 * load balancer every request comes from the balancer, so the client's address is taken from
 * {@code X-Forwarded-For}, but only when the request comes from a proxy named in {@code TFS_TRUSTED_PROXIES}
 * (comma-separated addresses): anyone else could write the header to get a fresh address for every guess. The
 * header is read from its right end, where the trusted proxies appended, skipping the trusted ones. Undertow's own
 * {@code proxy-address-forwarding} trusts the header from every client, which is why it is not used.
 */
public final class ClientAddress {

    /** An IPv4 or IPv6 literal, as proxies write them; nothing that would need a name lookup. */
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private static final Set<String> TRUSTED = trusted(System.getenv("TFS_TRUSTED_PROXIES"));

    private ClientAddress() {}

    public static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), TRUSTED);
    }

    static String of(String remote, String forwardedFor, Set<String> trusted) {
        if (forwardedFor == null || !trusted.contains(remote)) {
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!LITERAL.matcher(hop).matches()) {
                return remote; // a malformed hop: the chain cannot be trusted past it
            }
            if (!trusted.contains(hop)) {
                return hop;
            }
        }
        return remote;
    }

    static Set<String> trusted(String configured) {
        if (configured == null || configured.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(configured.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
