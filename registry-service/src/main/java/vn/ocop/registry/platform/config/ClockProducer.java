package vn.ocop.registry.platform.config;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import vn.ocop.contract.DigitalLinks;

import java.time.Clock;

/** Produces the clock every date rule reads (replaceable in tests) and the Digital Link builder. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock(RegistryConfig config) {
        return Clock.system(config.timeZone());
    }

    @Produces
    @ApplicationScoped
    DigitalLinks digitalLinks(RegistryConfig config) {
        return new DigitalLinks(config.resolver().baseUrl());
    }
}
