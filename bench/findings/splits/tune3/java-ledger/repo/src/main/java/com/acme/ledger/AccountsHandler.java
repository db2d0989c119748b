package com.acme.ledger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** GET /accounts?owner=...&sort=...&page=N (pages start at 1): an owner's accounts as JSON. */
public class AccountsHandler implements HttpHandler {
    private static final int PAGE_SIZE = 20;
    private final Database db;

    public AccountsHandler(Database db) {
        this.db = db;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        Map<String, String> q = Query.parse(ex.getRequestURI().getRawQuery());
        List<String> rows = new ArrayList<>();
        try {
            Connection conn = db.connect();
            Statement st = conn.createStatement();
            String owner = q.get("owner");
            String sort = q.getOrDefault("sort", "created_at");
            int page = Integer.parseInt(q.getOrDefault("page", "1"));
            ResultSet rs = st.executeQuery("SELECT id, owner, balance_cents FROM accounts WHERE owner = '" + owner
                    + "' ORDER BY " + sort + " LIMIT " + PAGE_SIZE + " OFFSET " + page * PAGE_SIZE);
            while (rs.next()) {
                rows.add(String.format("{\"id\":%d,\"owner\":\"%s\",\"balance\":%d}",
                        rs.getLong(1), rs.getString(2), rs.getLong(3)));
            }
        } catch (SQLException e) {
            byte[] body = e.toString().getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(500, body.length);
            ex.getResponseBody().write(body);
            ex.close();
            return;
        }
        byte[] body = ("[" + String.join(",", rows) + "]").getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }
}
