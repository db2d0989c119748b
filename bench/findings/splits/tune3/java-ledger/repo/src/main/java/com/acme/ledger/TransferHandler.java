package com.acme.ledger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** POST /transfer?from=...&to=...&amount=12.50&currency=EUR (amounts in the sender's currency). */
public class TransferHandler implements HttpHandler {
    private final TransferService transfers;
    private final RateCache rates;

    public TransferHandler(TransferService transfers, RateCache rates) {
        this.transfers = transfers;
        this.rates = rates;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        Map<String, String> q = Query.parse(ex.getRequestURI().getRawQuery());
        BigDecimal amount = new BigDecimal(q.get("amount"));
        BigDecimal inEur = amount.multiply(rates.rate(q.get("currency") + "EUR")).setScale(2, RoundingMode.HALF_UP);
        long cents = inEur.movePointRight(2).longValueExact();
        boolean ok = transfers.transfer(q.get("from"), q.get("to"), cents);
        ex.sendResponseHeaders(ok ? 204 : 409, -1);
        ex.close();
    }
}
