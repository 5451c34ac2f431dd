package vn.ocop.registry.notification.rest;

import java.util.List;

/** An address's notification preference. */
public record PreferenceView(String email, String language, List<String> optedOut) {
}
