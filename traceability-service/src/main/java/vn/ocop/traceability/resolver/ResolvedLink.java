package vn.ocop.traceability.resolver;

import java.util.List;

/** One link of a resolved item: its GS1 link type, target, human-readable title, media type and languages. */
public record ResolvedLink(String linkType, String href, String title, String type, List<String> hreflang) {
}
