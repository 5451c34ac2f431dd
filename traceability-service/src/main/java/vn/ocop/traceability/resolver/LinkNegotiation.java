package vn.ocop.traceability.resolver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses among several links of one link type (GS1-Conformant Resolver Standard, section 4: redirect to the default
 * unless the request carries information that matches the links' metadata better): by the {@code Accept} media types
 * and their q-values against each link's {@code type}, then by {@code Accept-Language} against its {@code hreflang},
 * then the first link. A link the client does not accept at all (q=0 or no matching range) is only chosen when no link
 * is acceptable; a link without {@code hreflang} counts as language-neutral: below a language the client asked for,
 * above one it did not.
 */
public final class LinkNegotiation {

    private static final double NEUTRAL_LANGUAGE = 0.5;

    private LinkNegotiation() {
    }

    /** One range of an {@code Accept} or {@code Accept-Language} header with its weight. */
    private record Range(String value, double q) {
    }

    /** The best of {@code links} (not empty) for a client sending these headers (either may be null). */
    public static ResolvedLink choose(List<ResolvedLink> links, String accept, String acceptLanguage) {
        if (links.size() == 1) {
            return links.get(0);
        }
        List<Range> media = ranges(accept);
        List<Range> languages = ranges(acceptLanguage);
        ResolvedLink best = links.get(0);
        double bestMedia = -1;
        double bestLanguage = -1;
        for (ResolvedLink link : links) {
            double mediaQ = mediaQ(media, link.type());
            double languageQ = languageQ(languages, link.hreflang());
            if (mediaQ > bestMedia || mediaQ == bestMedia && languageQ > bestLanguage) {
                best = link;
                bestMedia = mediaQ;
                bestLanguage = languageQ;
            }
        }
        return bestMedia > 0 ? best : links.get(0);
    }

    /** The q-value the client gives {@code type}: of its most specific matching range (RFC 9110, 12.5.1). */
    static double mediaQ(List<Range> ranges, String type) {
        if (ranges.isEmpty()) {
            return 1;
        }
        String mediaType = type == null ? "" : type.toLowerCase(Locale.ROOT).split(";")[0].strip();
        int bestSpecificity = -1;
        double q = 0;
        for (Range range : ranges) {
            String value = range.value();
            int specificity;
            if (value.equals(mediaType)) {
                specificity = 2;
            } else if (value.endsWith("/*") && !value.equals("*/*")
                    && mediaType.startsWith(value.substring(0, value.length() - 1))) {
                specificity = 1;
            } else if (value.equals("*/*") || value.equals("*")) {
                specificity = 0;
            } else {
                continue;
            }
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                q = range.q();
            }
        }
        return q;
    }

    /** The best q-value of a language range matching one of {@code hreflang} (RFC 4647 basic filtering). */
    static double languageQ(List<Range> ranges, List<String> hreflang) {
        if (ranges.isEmpty()) {
            return 1;
        }
        if (hreflang == null || hreflang.isEmpty()) {
            return NEUTRAL_LANGUAGE;
        }
        double q = 0;
        for (Range range : ranges) {
            for (String tag : hreflang) {
                String lowerTag = tag.toLowerCase(Locale.ROOT);
                if (range.value().equals("*") || lowerTag.equals(range.value())
                        || lowerTag.startsWith(range.value() + "-") || range.value().startsWith(lowerTag + "-")) {
                    q = Math.max(q, range.q());
                }
            }
        }
        return q;
    }

    private static List<Range> ranges(String header) {
        List<Range> ranges = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return ranges;
        }
        for (String part : header.split(",")) {
            String[] params = part.split(";");
            String value = params[0].strip().toLowerCase(Locale.ROOT);
            if (value.isEmpty()) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < params.length; i++) {
                String param = params[i].strip();
                if (param.startsWith("q=") || param.startsWith("Q=")) {
                    try {
                        q = Math.max(0, Math.min(1, Double.parseDouble(param.substring(2).strip())));
                    } catch (NumberFormatException e) {
                        q = 0;   // a malformed weight accepts nothing rather than everything
                    }
                }
            }
            ranges.add(new Range(value, q));
        }
        return ranges;
    }
}
