package com.acme.ledger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/** GET /export?account=...&file=name.csv: writes the account's statement under EXPORT_DIR and streams it. */
public class StatementExporter implements HttpHandler {
    private static final Path EXPORT_DIR = Paths.get("/var/lib/ledger/exports");
    private final TransferService transfers;

    public StatementExporter(TransferService transfers) {
        this.transfers = transfers;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        Map<String, String> q = Query.parse(ex.getRequestURI().getRawQuery());
        String account = q.get("account");
        String name = q.get("file");
        Path target = EXPORT_DIR.resolve(name);
        List<String> entries = transfers.history(account);
        try (BufferedWriter w = Files.newBufferedWriter(target)) {
            w.write("date,description,amount\n");
            for (String entry : entries) {
                String[] parts = entry.split(";");
                w.write(parts[0] + "," + parts[1] + "," + parts[2] + "\n");
            }
        }
        ex.getResponseHeaders().set("Content-Type", "text/csv");
        ex.sendResponseHeaders(200, Files.size(target));
        Files.copy(target, ex.getResponseBody());
        ex.close();
    }
}
