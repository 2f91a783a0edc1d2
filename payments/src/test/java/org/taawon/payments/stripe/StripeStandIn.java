package org.taawon.payments.stripe;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import javax.net.ServerSocketFactory;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;

/**
 * A stateful stand-in for the part of Stripe's API the library calls (transfers, payment intents,
 * refunds), served by mockwebserver3 so that stripe-java's real client talks to it over HTTP.
 *
 * <p>It follows Stripe's idempotency rules: the first response to a key is stored, 500s included,
 * and replayed for the same key; the same key with other parameters gets a 400
 * {@code idempotency_error}; a 429 is answered before the key is looked at and is not stored.
 * {@link #wipeIdempotencyKeys()} forgets every key, as Stripe does after 24 hours.
 *
 * <p>It injects faults at the rates of its {@link Faults}: 429s, 500s stored before or after the
 * transfer was made, answers dropped after the transfer was made, and answers delayed beyond the
 * client's read timeout. It counts what it did so a test can check that no transfer was made twice
 * and none was lost.
 *
 * <p>{@link #limitingTo} makes it enforce a request rate as Stripe does: a token bucket refilled at
 * that many requests per second, holding at most a burst's worth; a request that finds it empty is
 * answered 429 before anything is done.
 */
public final class StripeStandIn extends Dispatcher implements AutoCloseable {

    /**
     * Fault rates, each a probability per request, drawn from a seeded random.
     *
     * @param seed          the seed
     * @param rateLimited   429 before anything is done (any request)
     * @param errorBefore   500 stored under the key, nothing made (POST)
     * @param errorAfter    500 stored under the key after the object was made (POST)
     * @param dropAfter     the answer is cut off after the object was made (POST)
     * @param timeoutAfter  the answer comes after {@code delay}, beyond the client's read timeout (POST)
     * @param delay         how late a delayed answer comes
     */
    public record Faults(long seed, double rateLimited, double errorBefore, double errorAfter, double dropAfter,
                         double timeoutAfter, Duration delay) {

        public static Faults none() {
            return new Faults(0, 0, 0, 0, 0, 0, Duration.ZERO);
        }
    }

    /** A fault for the next POST, in the order they were scripted. */
    public enum Fault {
        RATE_LIMIT, ERROR_BEFORE, ERROR_AFTER, DROP_AFTER, TIMEOUT_AFTER
    }

    /** What the stand-in did. */
    public record Counts(int requests, int transfersMade, int rateLimited, int serverErrors, int dropped, int delayed,
                         int replayed, int idempotencyErrors) {
    }

    private record Stored(String body, int status, String json) {
    }

    private static final Gson GSON = new Gson();

    private final MockWebServer server = new MockWebServer();
    private final Map<String, Stored> keys = new HashMap<>();
    private final Map<String, JsonObject> transfers = new LinkedHashMap<>();
    private final Map<String, JsonObject> paymentIntents = new LinkedHashMap<>();
    private final Map<String, JsonObject> refunds = new LinkedHashMap<>();
    private final List<String> invalidAccounts = new ArrayList<>();
    private final java.util.ArrayDeque<Fault> script = new java.util.ArrayDeque<>();
    private Duration scriptedDelay = Duration.ofSeconds(1);
    private Faults faults = Faults.none();
    private Random random = new Random(0);
    private long wipeAfterTransfers = -1;
    private double permitsPerNano;
    private double burst;
    private double tokens;
    private long lastRefill;
    private int requests;
    private int rateLimited;
    private int serverErrors;
    private int dropped;
    private int delayed;
    private int replayed;
    private int idempotencyErrors;

    private StripeStandIn() {
    }

    /** Starts a stand-in on a free port of 127.0.0.1. */
    public static StripeStandIn start() throws IOException {
        return start(0);
    }

    /** Starts a stand-in on {@code port} of 127.0.0.1 (0: any free port). */
    public static StripeStandIn start(int port) throws IOException {
        StripeStandIn standIn = new StripeStandIn();
        standIn.server.setDispatcher(standIn);
        standIn.server.setServerSocketFactory(new NoDelayServerSockets());
        standIn.server.start(InetAddress.getLoopbackAddress(), port);
        return standIn;
    }

    /** The fault rates the thousand-payout test uses: 5 % 429s, 2 % + 2 % stored 500s, 3 % drops, 1 % timeouts. */
    public static Faults usualFaults(long seed, Duration delay) {
        return new Faults(seed, 0.05, 0.02, 0.02, 0.03, 0.01, delay);
    }

    /**
     * Runs a stand-in as a process until it is stopped: {@code PORT [SEED]}; with a seed it injects
     * {@link #usualFaults} (answers delayed by 3 s, beyond a 1 to 2 s read timeout).
     */
    public static void main(String[] args) throws Exception {
        StripeStandIn standIn = start(Integer.parseInt(args[0]));
        if (args.length > 1) {
            standIn.injecting(usualFaults(Long.parseLong(args[1]), Duration.ofSeconds(3)));
        }
        System.out.println("Stripe stand-in on " + standIn.apiBase());
        Thread.currentThread().join();
    }

    /** The API base to give stripe-java: {@code http://127.0.0.1:PORT}. */
    public String apiBase() {
        return "http://127.0.0.1:" + server.getPort();
    }

    public int port() {
        return server.getPort();
    }

    /** The requests as stripe-java sent them (headers and form body), oldest first. */
    public RecordedRequest takeRequest() throws InterruptedException {
        return server.takeRequest(5, TimeUnit.SECONDS);
    }

    public synchronized StripeStandIn injecting(Faults newFaults) {
        this.faults = newFaults;
        this.random = new Random(newFaults.seed());
        return this;
    }

    /** The next POSTs meet these faults, one each, before the random ones apply again. */
    public synchronized StripeStandIn scripting(Duration delay, Fault... next) {
        script.addAll(List.of(next));
        scriptedDelay = delay;
        return this;
    }

    /** Transfers to this account are refused with a 400 {@code account_invalid}. */
    public synchronized StripeStandIn refusingAccount(String accountId) {
        invalidAccounts.add(accountId);
        return this;
    }

    /**
     * Answers 429 to requests beyond {@code requestsPerSecond}, sustained, with bursts of at most
     * {@code burst} requests (a token bucket that starts full).
     */
    public synchronized StripeStandIn limitingTo(int requestsPerSecond, int burst) {
        if (requestsPerSecond < 1 || burst < 1) {
            throw new IllegalArgumentException("a limit needs at least 1 request/s and a burst of 1");
        }
        this.permitsPerNano = requestsPerSecond / 1e9;
        this.burst = burst;
        this.tokens = burst;
        this.lastRefill = System.nanoTime();
        return this;
    }

    private boolean overLimit() {
        if (permitsPerNano == 0) {
            return false;
        }
        long now = System.nanoTime();
        tokens = Math.min(burst, tokens + (now - lastRefill) * permitsPerNano);
        lastRefill = now;
        if (tokens < 1) {
            return true;
        }
        tokens -= 1;
        return false;
    }

    /** Forgets every idempotency key once this many transfers have been made. */
    public synchronized StripeStandIn wipingKeysAfterTransfers(long count) {
        this.wipeAfterTransfers = count;
        return this;
    }

    public synchronized void wipeIdempotencyKeys() {
        keys.clear();
    }

    /** The customer completes a payment intent (as the browser would with a test card). */
    public synchronized void succeedPayment(String paymentIntentId) {
        JsonObject pi = paymentIntents.get(paymentIntentId);
        pi.addProperty("status", "succeeded");
    }

    public synchronized List<JsonObject> transfers() {
        return transfers.values().stream().map(JsonObject::deepCopy).toList();
    }

    public synchronized List<JsonObject> refunds() {
        return refunds.values().stream().map(JsonObject::deepCopy).toList();
    }

    public synchronized Counts counts() {
        return new Counts(requests, transfers.size(), rateLimited, serverErrors, dropped, delayed, replayed,
                idempotencyErrors);
    }

    @Override
    public void close() {
        server.close();
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
        requests++;
        boolean post = !"GET".equals(request.getMethod());
        Fault scripted = post ? script.poll() : null;
        if (scripted == Fault.RATE_LIMIT || overLimit() || random.nextDouble() < faults.rateLimited()) {
            rateLimited++;
            return error(429, "rate_limit_error", "rate_limit", "Too many requests hit the API too quickly.");
        }
        String path = request.getUrl().encodedPath();
        if (!post) {
            return get(path, request);
        }
        String body = request.getBody() == null ? "" : request.getBody().utf8();
        String key = request.getHeaders().get("Idempotency-Key");
        if (key != null && keys.containsKey(key)) {
            Stored stored = keys.get(key);
            if (!stored.body().equals(body)) {
                idempotencyErrors++;
                return error(400, "idempotency_error", null, "Keys for idempotent requests can only be used with "
                        + "the same parameters they were first used with.");
            }
            replayed++;
            return withNetworkFault(scripted, new MockResponse.Builder().code(stored.status()).body(stored.json())
                    .addHeader("Content-Type", "application/json").addHeader("Idempotent-Replayed", "true"));
        }
        boolean errorBefore = scripted == Fault.ERROR_BEFORE || random.nextDouble() < faults.errorBefore();
        boolean errorAfter = !errorBefore && (scripted == Fault.ERROR_AFTER || random.nextDouble() < faults.errorAfter());
        Stored answer;
        if (errorBefore) {
            answer = serverError(body);
        } else {
            answer = post(path, form(body), body);
            if (errorAfter && answer.status() == 200) {
                answer = serverError(body);
            }
        }
        if (key != null) {
            keys.put(key, answer);
        }
        if (wipeAfterTransfers >= 0 && transfers.size() >= wipeAfterTransfers) {
            keys.clear();
            wipeAfterTransfers = -1;
        }
        return withNetworkFault(scripted, new MockResponse.Builder().code(answer.status()).body(answer.json())
                .addHeader("Content-Type", "application/json"));
    }

    private MockResponse withNetworkFault(Fault scripted, MockResponse.Builder response) {
        if (scripted == Fault.DROP_AFTER || random.nextDouble() < faults.dropAfter()) {
            dropped++;
            return response.onResponseStart(new SocketEffect.CloseSocket()).build();
        }
        if (scripted == Fault.TIMEOUT_AFTER || random.nextDouble() < faults.timeoutAfter()) {
            delayed++;
            Duration delay = scripted == Fault.TIMEOUT_AFTER ? scriptedDelay : faults.delay();
            return response.headersDelay(delay.toMillis(), TimeUnit.MILLISECONDS).build();
        }
        return response.build();
    }

    private Stored serverError(String body) {
        serverErrors++;
        JsonObject error = errorJson("api_error", null, "An unknown error occurred.");
        return new Stored(body, 500, GSON.toJson(error));
    }

    private Stored post(String path, Map<String, String> form, String body) {
        if (path.equals("/v1/transfers")) {
            return createTransfer(form, body);
        }
        if (path.equals("/v1/payment_intents")) {
            String id = "pi_" + (paymentIntents.size() + 1);
            JsonObject pi = new JsonObject();
            pi.addProperty("id", id);
            pi.addProperty("object", "payment_intent");
            pi.addProperty("amount", Long.parseLong(form.get("amount")));
            pi.addProperty("amount_received", 0);
            pi.addProperty("currency", form.get("currency"));
            pi.addProperty("status", "requires_payment_method");
            pi.addProperty("client_secret", id + "_secret_standin");
            pi.addProperty("transfer_group", form.get("transfer_group"));
            pi.addProperty("livemode", false);
            pi.add("metadata", metadata(form));
            paymentIntents.put(id, pi);
            return ok(body, pi);
        }
        if (path.equals("/v1/refunds")) {
            JsonObject pi = paymentIntents.get(form.get("payment_intent"));
            if (pi == null) {
                return new Stored(body, 404, GSON.toJson(errorJson("invalid_request_error", "resource_missing",
                        "No such payment_intent: '" + form.get("payment_intent") + "'")));
            }
            String id = "re_" + (refunds.size() + 1);
            JsonObject refund = new JsonObject();
            refund.addProperty("id", id);
            refund.addProperty("object", "refund");
            refund.addProperty("amount", Long.parseLong(form.get("amount")));
            refund.addProperty("currency", pi.get("currency").getAsString());
            refund.addProperty("payment_intent", pi.get("id").getAsString());
            refund.addProperty("status", "succeeded");
            refund.add("metadata", metadata(form));
            refunds.put(id, refund);
            return ok(body, refund);
        }
        return new Stored(body, 404, GSON.toJson(errorJson("invalid_request_error", null, "Unrecognized request URL")));
    }

    private Stored createTransfer(Map<String, String> form, String body) {
        String destination = form.get("destination");
        if (invalidAccounts.contains(destination)) {
            return new Stored(body, 400, GSON.toJson(errorJson("invalid_request_error", "account_invalid",
                    "No such destination: '" + destination + "'")));
        }
        String id = "tr_" + (transfers.size() + 1);
        JsonObject transfer = new JsonObject();
        transfer.addProperty("id", id);
        transfer.addProperty("object", "transfer");
        transfer.addProperty("amount", Long.parseLong(form.get("amount")));
        transfer.addProperty("currency", form.get("currency"));
        transfer.addProperty("destination", destination);
        transfer.addProperty("transfer_group", form.get("transfer_group"));
        transfer.addProperty("description", form.get("description"));
        transfer.addProperty("reversed", false);
        transfer.addProperty("livemode", false);
        transfer.add("metadata", metadata(form));
        transfers.put(id, transfer);
        return ok(body, transfer);
    }

    private MockResponse get(String path, RecordedRequest request) {
        if (path.equals("/v1/transfers")) {
            String group = request.getUrl().queryParameter("transfer_group");
            JsonArray data = new JsonArray();
            transfers.values().stream()
                    .filter(t -> group == null || group.equals(t.get("transfer_group").getAsString()))
                    .forEach(data::add);
            JsonObject list = new JsonObject();
            list.addProperty("object", "list");
            list.addProperty("url", "/v1/transfers");
            list.addProperty("has_more", false);
            list.add("data", data);
            return json(200, list);
        }
        if (path.equals("/v1/refunds")) {
            String intent = request.getUrl().queryParameter("payment_intent");
            JsonArray data = new JsonArray();
            refunds.values().stream()
                    .filter(r -> intent == null || intent.equals(r.get("payment_intent").getAsString()))
                    .forEach(data::add);
            JsonObject list = new JsonObject();
            list.addProperty("object", "list");
            list.addProperty("url", "/v1/refunds");
            list.addProperty("has_more", false);
            list.add("data", data);
            return json(200, list);
        }
        if (path.startsWith("/v1/payment_intents/")) {
            JsonObject pi = paymentIntents.get(path.substring("/v1/payment_intents/".length()));
            return pi == null ? error(404, "invalid_request_error", "resource_missing", "No such payment_intent")
                    : json(200, pi);
        }
        return error(404, "invalid_request_error", null, "Unrecognized request URL");
    }

    private static Stored ok(String body, JsonObject object) {
        return new Stored(body, 200, GSON.toJson(object));
    }

    private static JsonObject metadata(Map<String, String> form) {
        JsonObject metadata = new JsonObject();
        form.forEach((k, v) -> {
            if (k.startsWith("metadata[") && k.endsWith("]")) {
                metadata.addProperty(k.substring("metadata[".length(), k.length() - 1), v);
            }
        });
        return metadata;
    }

    private static MockResponse json(int status, JsonObject object) {
        return new MockResponse.Builder().code(status).body(GSON.toJson(object))
                .addHeader("Content-Type", "application/json").build();
    }

    private static MockResponse error(int status, String type, String code, String message) {
        return new MockResponse.Builder().code(status).body(GSON.toJson(errorJson(type, code, message)))
                .addHeader("Content-Type", "application/json").build();
    }

    private static JsonObject errorJson(String type, String code, String message) {
        JsonObject error = new JsonObject();
        error.addProperty("type", type);
        if (code != null) {
            error.addProperty("code", code);
        }
        error.addProperty("message", message);
        JsonObject wrapper = new JsonObject();
        wrapper.add("error", error);
        return wrapper;
    }

    /**
     * Server sockets whose connections send at once: with Nagle's algorithm on, a response written in
     * two parts waits for the client's delayed acknowledgement (40 ms a request).
     */
    private static final class NoDelayServerSockets extends ServerSocketFactory {

        @Override
        public ServerSocket createServerSocket() throws IOException {
            return new ServerSocket() {
                @Override
                public Socket accept() throws IOException {
                    Socket socket = super.accept();
                    socket.setTcpNoDelay(true);
                    return socket;
                }
            };
        }

        @Override
        public ServerSocket createServerSocket(int port) throws IOException {
            throw new UnsupportedOperationException("unbound sockets only");
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog) throws IOException {
            throw new UnsupportedOperationException("unbound sockets only");
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
            throw new UnsupportedOperationException("unbound sockets only");
        }
    }

    /** Decodes an {@code application/x-www-form-urlencoded} body, keeping the order of its fields. */
    public static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return fields;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            fields.put(k, v);
        }
        return fields;
    }
}
