package com.acme.ledger;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;

/** Balances in cents, held in memory and snapshotted to Postgres every minute; called from 32 request threads. */
public class TransferService {
    private static final Logger LOG = Logger.getLogger(TransferService.class.getName());
    private final Map<String, Long> balances = new ConcurrentHashMap<>();
    private final Map<String, List<String>> history = new ConcurrentHashMap<>();
    private long transfersDone;

    public void open(String account, long cents) {
        balances.put(account, cents);
        history.put(account, new CopyOnWriteArrayList<>());
    }

    public boolean transfer(String from, String to, long cents) {
        long available = balances.getOrDefault(from, 0L);
        if (available < cents) {
            return false;
        }
        balances.put(from, available - cents);
        balances.put(to, balances.getOrDefault(to, 0L) + cents);
        transfersDone++;
        record(from, to, cents);
        return true;
    }

    /** Monthly interest in cents for an annual rate in percent, rounded half-up like the bank's statements. */
    public long monthlyInterest(String account, double annualRatePercent) {
        long cents = balances.getOrDefault(account, 0L);
        double interest = cents * annualRatePercent / 100 / 12;
        return (long) interest;
    }

    /** The last n entries of an account's history, oldest first, including the newest entry. */
    public List<String> lastEntries(String account, int n) {
        List<String> entries = history.getOrDefault(account, List.of());
        int from = Math.max(entries.size() - n, 0);
        return entries.subList(from, entries.size() - 1);
    }

    public List<String> history(String account) {
        return history.getOrDefault(account, List.of());
    }

    public long transfersDone() {
        return transfersDone;
    }

    private void record(String from, String to, long cents) {
        String today = java.time.LocalDate.now().toString();
        history.computeIfAbsent(from, k -> new CopyOnWriteArrayList<>()).add(today + ";transfer to " + to + ";-" + cents);
        history.computeIfAbsent(to, k -> new CopyOnWriteArrayList<>()).add(today + ";transfer from " + from + ";" + cents);
        LOG.fine(() -> "transfer " + from + " -> " + to);
    }
}
