package cn.wuhan.qualityaward.resilience;

import cn.wuhan.qualityaward.QualityAwardApplication;
import cn.wuhan.qualityaward.support.TestClassPath;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application as its own operating-system process, on the given database, with the
 * {@code cluster} test profile (a fast job executor). Its output is appended to a log file, across
 * restarts, so a failure can be read afterwards.
 */
final class ApplicationNode implements AutoCloseable {

    static final String PASSWORD = "demo";
    private static final Duration STARTUP = Duration.ofSeconds(150);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final RestartablePostgres database;
    private final Path log;
    private final List<String> extraArguments;
    private int port;
    private Process process;

    ApplicationNode(String name, RestartablePostgres database, Path logDirectory, String... extraArguments) {
        this.name = name;
        this.database = database;
        this.log = logDirectory.resolve(name + ".log");
        this.extraArguments = List.of(extraArguments);
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    /** Starts the process and waits until it serves requests and has set up its roles. */
    ApplicationNode start() {
        port = RestartablePostgres.freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8"));
        command.addAll(List.of("-cp", TestClassPath.entries(), QualityAwardApplication.class.getName()));
        command.add("--spring.profiles.active=postgres,cluster");
        command.add("--server.port=" + port);
        // the engine's host name is what the job log records for each job this node runs
        command.add("--camunda.bpm.generic-properties.properties.hostname=" + name);
        command.addAll(extraArguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SPRING_DATASOURCE_URL", database.jdbcUrl());
        builder.environment().put("SPRING_DATASOURCE_USERNAME", "postgres");
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", "postgres");
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(
                    log,
                    "==== start of " + name + " on port " + port + " ====\n" + String.join(" ", command) + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
        Poll.untilTrue(name + " ready (see " + log + ")", STARTUP, () -> {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + ", see " + log);
            }
            // the Tasklist filters are the last thing the application sets up when it starts
            Reply filters = get("admin", "/engine-rest/filter/count");
            return filters.status() == 200 && filters.json().get("count").asInt() >= 3;
        });
        return this;
    }

    /** Pulls the plug: SIGKILL, no shutdown hooks, transactions in flight are lost. */
    void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    /** An orderly shutdown. */
    void stop() {
        process.destroy();
        waitForExit();
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How many lines of this node's log (all its runs) contain {@code text}. */
    long logLinesContaining(String text) {
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.contains(text)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Reply get(String user, String path) {
        return send(user, HttpRequest.newBuilder(uri(path)).GET());
    }

    Reply post(String user, String path, Object body) {
        return send(user, HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    Reply put(String user, String path, Object body) {
        return send(user, HttpRequest.newBuilder(uri(path)).PUT(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    private Reply send(String user, HttpRequest.Builder request) {
        request.timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        try {
            HttpResponse<String> response =
                    HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    name + " did not answer " + request.build().uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            stop();
        }
    }
}
