// SPDX-License-Identifier: GPL-3.0-or-later
// A load test of the HTTP API, on loopback only: CLIENTS threads send REQUESTS generations in all, as fast as they
// are answered, and follow each to its end. Every request must end one of three ways: done (with its files),
// failed with a message, or refused with 429/503 and Retry-After. Anything else is counted as lost.
//   java bench/HttpLoad.java --url http://127.0.0.1:8421 --token TOKEN [--clients 8] [--requests 64]
//        [--seconds 12] [--formats mid] [--timeout 600] [--retries 0]
// With --retries N a refused request is sent again after the Retry-After the server named, up to N times, as a
// well-behaved client does; it counts as refused only if the last try is refused too.
// Prints a table and a line "RESULT done=.. failed=.. refused=.. lost=.." for scripts. Exit code 1 if any is lost.

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class HttpLoad {
    private static final String[] PROMPTS = {
        "a gentle folk tune in D major", "a calm piano waltz in A minor", "an upbeat pop song at 120 bpm",
        "a sad jazz ballad for saxophone", "a march for brass band in B flat", "a lullaby for music box"};
    private static final Pattern STATUS = Pattern.compile("\"status\":\"(\\w+)\"");
    private static final Pattern QUEUE = Pattern.compile("\"queueMillis\":(\\d+)");

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new java.util.HashMap<>(Map.of("--clients", "8", "--requests", "64", "--seconds", "12",
                "--formats", "mid", "--timeout", "600", "--retries", "0"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i], args[i + 1]);
        }
        String base = o.get("--url").replaceAll("/+$", "");
        String token = o.get("--token");
        if (!URI.create(base).getHost().matches("127\\.0\\.0\\.1|localhost|\\[::1\\]")) {
            throw new IllegalArgumentException("the load test runs on loopback only, not " + base);
        }
        int clients = Integer.parseInt(o.get("--clients"));
        int requests = Integer.parseInt(o.get("--requests"));
        int retries = Integer.parseInt(o.get("--retries"));
        AtomicInteger retried = new AtomicInteger();
        long timeoutMillis = Long.parseLong(o.get("--timeout")) * 1000;
        String formats = String.join("\",\"", o.get("--formats").split(","));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        for (String k : List.of("done", "failed", "refused", "lost")) {
            outcomes.put(k, new AtomicInteger());
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Long> queueWaits = Collections.synchronizedList(new ArrayList<>());
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        CountDownLatch finished = new CountDownLatch(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                try {
                    int i;
                    while ((i = next.getAndIncrement()) < requests) {
                        String body = "{\"prompt\":\"" + PROMPTS[i % PROMPTS.length] + ", " + o.get("--seconds")
                                + " seconds\",\"seed\":" + i + ",\"formats\":[\"" + formats + "\"]}";
                        String outcome = one(http, base, token, body, timeoutMillis, latencies, queueWaits, problems);
                        for (int r = 0; r < retries && outcome.startsWith("refused:"); r++) {
                            retried.incrementAndGet();
                            Thread.sleep(Math.min(30, Long.parseLong(outcome.substring(8))) * 1000);
                            outcome = one(http, base, token, body, timeoutMillis, latencies, queueWaits, problems);
                        }
                        outcome = outcome.startsWith("refused:") ? "refused" : outcome;
                        outcomes.get(outcome).incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    finished.countDown();
                }
            });
            t.start();
        }
        finished.await();
        double wall = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-8s %-9s %-6s %-7s %-8s %-5s %-8s %-12s %-11s %-14s %-14s %-7s%n", "clients", "requests",
                "done", "failed", "refused", "lost", "retried", "latency_med", "latency_p99", "queue_wait_med",
                "queue_wait_p99", "wall_s");
        System.out.printf("%-8d %-9d %-6d %-7d %-8d %-5d %-8d %-12s %-11s %-14s %-14s %-7.1f%n", clients, requests,
                outcomes.get("done").get(), outcomes.get("failed").get(), outcomes.get("refused").get(),
                outcomes.get("lost").get(), retried.get(), ms(percentile(latencies, 50)), ms(percentile(latencies, 99)),
                ms(percentile(queueWaits, 50)), ms(percentile(queueWaits, 99)), wall);
        problems.stream().limit(10).forEach(p -> System.out.println("problem: " + p));
        System.out.printf("RESULT done=%d failed=%d refused=%d lost=%d%n", outcomes.get("done").get(),
                outcomes.get("failed").get(), outcomes.get("refused").get(), outcomes.get("lost").get());
        System.exit(outcomes.get("lost").get() == 0 ? 0 : 1);
    }

    /** One request followed to its end: done, failed, refused or lost. */
    private static String one(HttpClient http, String base, String token, String body, long timeoutMillis,
            List<Long> latencies, List<Long> queueWaits, List<String> problems) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(base + "/api/generations"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (post.statusCode() == 429 || post.statusCode() == 503) {
                if (post.headers().firstValue("Retry-After").isEmpty() || !post.body().contains("\"error\"")) {
                    problems.add(post.statusCode() + " without Retry-After or message");
                    return "lost";
                }
                return "refused:" + post.headers().firstValue("Retry-After").get().trim();
            }
            String location = post.headers().firstValue("Location").orElse(null);
            if (post.statusCode() != 202 || location == null) {
                problems.add("POST answered " + post.statusCode() + ": " + post.body());
                return "lost";
            }
            long deadline = System.currentTimeMillis() + timeoutMillis;
            while (System.currentTimeMillis() < deadline) {
                HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(base + location))
                        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
                if (get.statusCode() != 200) {
                    problems.add("GET " + location + " answered " + get.statusCode());
                    return "lost";
                }
                Matcher m = STATUS.matcher(get.body());
                String status = m.find() ? m.group(1) : "?";
                if (status.equals("done") || status.equals("failed")) {
                    latencies.add(System.nanoTime() - t0);
                    Matcher q = QUEUE.matcher(get.body());
                    if (q.find()) {
                        queueWaits.add(Long.parseLong(q.group(1)) * 1_000_000);
                    }
                    if (status.equals("done") && !get.body().contains("\"files\":[{")) {
                        problems.add(location + " is done without files");
                        return "lost";
                    }
                    if (status.equals("failed") && !get.body().contains("\"error\":\"")) {
                        problems.add(location + " failed without a message");
                        return "lost";
                    }
                    return status;
                }
                Thread.sleep(100);
            }
            problems.add(location + " did not end within the timeout");
            return "lost";
        } catch (Exception e) {
            problems.add(e.toString());
            return "lost";
        }
    }

    private static long percentile(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        if (sorted.isEmpty()) {
            return -1;
        }
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String ms(long nanos) {
        return nanos < 0 ? "-" : Math.round(nanos / 1e6) + " ms";
    }
}
