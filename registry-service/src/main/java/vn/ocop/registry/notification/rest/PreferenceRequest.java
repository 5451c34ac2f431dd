package vn.ocop.registry.notification.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import vn.ocop.registry.notification.NotificationKind;

import java.util.Set;

/** How an address wants its messages: language ({@code vi} or {@code en}) and the non-essential kinds turned off. */
public record PreferenceRequest(@NotNull @Pattern(regexp = "vi|en") String language,
                                Set<NotificationKind> optedOut) {
}
