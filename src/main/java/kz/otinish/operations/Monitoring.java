package kz.otinish.operations;

import io.javalin.http.Context;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetAddress;
import java.util.function.ToDoubleFunction;
import kz.otinish.channel.http.WebServer;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code GET /metrics} in Prometheus's text format: what the pipeline counts itself (events handled per channel and
 * outcome with their latency, FAQ results by what decided them), the outbox's depth and the age of its oldest row,
 * the connection pool and the JVM. With {@code METRICS_TOKEN} set it asks for that bearer token; without, it answers
 * only on loopback.
 */
public final class Monitoring {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    private Monitoring() {}

    /**
     * Starts collecting: the registry joins Micrometer's global one (where the dialog and the FAQ search record), with
     * the JVM's meters and the outbox read from {@code jdbi} at each scrape.
     */
    public static Monitoring start(Jdbi jdbi) {
        Monitoring m = new Monitoring();
        Metrics.addRegistry(m.registry);
        new JvmMemoryMetrics().bindTo(m.registry);
        new JvmGcMetrics().bindTo(m.registry);
        new JvmThreadMetrics().bindTo(m.registry);
        new ProcessorMetrics().bindTo(m.registry);
        gauge(m, "otinish.outbox.depth", "replies waiting for their messenger", jdbi,
                "select count(*) from outbox");
        gauge(m, "otinish.outbox.oldest.seconds", "how long the oldest waiting reply has waited", jdbi,
                "select coalesce(extract(epoch from now() - min(created_at)), 0) from outbox");
        return m;
    }

    private static void gauge(Monitoring m, String name, String help, Jdbi jdbi, String sql) {
        ToDoubleFunction<Jdbi> read = db -> {
            try {
                return db.withHandle(h -> h.createQuery(sql).mapTo(Double.class).one());
            } catch (RuntimeException e) {
                return Double.NaN; // the database away: no figure rather than a wrong one
            }
        };
        Gauge.builder(name, jdbi, read).description(help).register(m.registry);
    }

    /** For the pool's own meters (HikariCP reports to it). */
    public io.micrometer.core.instrument.MeterRegistry registry() {
        return registry;
    }

    /** Adds {@code GET /metrics} to {@code web}; {@code token} blank: loopback only. */
    public void mount(WebServer web, String token) {
        web.get("/metrics", ctx -> {
            if (!allowed(ctx, token)) {
                if (token.isBlank()) ctx.status(403); // a wrong or missing token was answered by bearer()
                return;
            }
            ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
        });
    }

    private static boolean allowed(Context ctx, String token) {
        if (!token.isBlank()) return WebServer.bearer(ctx, token);
        try {
            return InetAddress.getByName(ctx.req().getRemoteAddr()).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /** Leaves Micrometer's global registry, so that a second start in the same process (tests) counts afresh. */
    public void close() {
        Metrics.removeRegistry(registry);
        registry.close();
    }
}
