package com.acme.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** FX rates from the provider, cached per currency pair for a minute (the provider bills per call). */
public class RateCache {
    private static final long TTL_SECONDS = 60;
    private final Map<String, Rate> cache = new HashMap<>();
    private final RateProvider provider;
    private long misses;

    public RateCache(RateProvider provider) {
        this.provider = provider;
    }

    public BigDecimal rate(String pair) {
        Rate r = cache.get(pair);
        if (r == null || r.fetchedAt().isAfter(Instant.now().minusSeconds(TTL_SECONDS))) {
            r = provider.fetch(pair);
            cache.put(pair, r);
            misses++;
        }
        return r.value();
    }

    public long misses() {
        return misses;
    }

    public record Rate(BigDecimal value, Instant fetchedAt) {}
}
