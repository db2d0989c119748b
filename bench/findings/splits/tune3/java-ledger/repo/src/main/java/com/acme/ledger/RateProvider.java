package com.acme.ledger;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** Calls the FX provider: GET {base}/rate/{pair} answers a bare decimal. */
public class RateProvider {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final String base;

    public RateProvider(String base) {
        this.base = base;
    }

    public RateCache.Rate fetch(String pair) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/rate/" + pair)).timeout(Duration.ofSeconds(5)).build();
        try {
            String body = http.send(req, HttpResponse.BodyHandlers.ofString()).body();
            return new RateCache.Rate(new BigDecimal(body.trim()), Instant.now());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("fx provider unavailable for " + pair, e);
        }
    }
}
