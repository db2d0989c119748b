package com.acme.ledger;

import com.sun.net.httpserver.HttpServer;

import java.net.InetSocketAddress;
import java.util.concurrent.Executors;

public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        Database db = new Database(System.getenv("LEDGER_DB_URL"));
        TransferService transfers = new TransferService();
        RateCache rates = new RateCache(new RateProvider(System.getenv("FX_API_URL")));
        // Runs behind the partner gateway: it authenticates the caller and passes X-Partner-Id through.
        HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);
        server.createContext("/accounts", new AccountsHandler(db));
        server.createContext("/export", new StatementExporter(transfers));
        server.createContext("/transfer", new TransferHandler(transfers, rates));
        server.setExecutor(Executors.newFixedThreadPool(32));
        server.start();
    }
}
