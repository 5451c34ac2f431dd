package vn.ocop.registry.media.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The new order of an owner's images: each SHA-256 once, the primary first. */
public record ImageOrderRequest(@NotNull @Size(max = 50) List<@NotNull @Pattern(regexp = "[0-9a-f]{64}",
        message = "must be a lower-case hex SHA-256") String> order) {
}
