package org.loopscope.script.modules.aiohttp;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The simulated network: the address of a request decides its answer, as httpbin.org's endpoints do, whatever the
 * host. {@code /delay/S} answers after S seconds (at most 10, as httpbin caps it) with an echo of the request;
 * {@code /status/N} with status N and an empty body; {@code /json} with httpbin's slideshow document;
 * {@code /get}, {@code /post}, {@code /put}, {@code /patch}, {@code /delete} and {@code /anything} echo the request
 * (a 405 for another method); {@code /ip}, {@code /headers}, {@code /user-agent} answer their one field. Anything
 * else is a small HTML page with status 200. Except for {@code /delay}, answers take 50 to 150 ms, drawn from a
 * generator of the network's own seeded from the run's seed (the script's {@code random} is not touched). Hosts
 * under {@code .invalid} do not resolve.
 */
final class HttpBin {

    /** Where the simulated server says requests come from (a documentation address). */
    static final String ORIGIN = "198.51.100.23";
    static final String USER_AGENT = "Python/3.11 aiohttp/3.9.5";

    private static final DateTimeFormatter DATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final String TEAPOT = "\n    -=[ teapot ]=-\n\n       _...._\n     .'  _ _ `.\n"
            + "    | .\"` ^ `\". _,\n    \\_;`\"---\"`|//\n      |       ;/\n      \\_     _/\n        `\"\"\"`\n";

    private final SplittableRandom random;

    /** A network whose latencies follow from {@code seed}. */
    HttpBin(long seed) {
        this.random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 0x61696F68747470L);
    }

    /** What a request sends: method, address, headers (as sent), body text and, for {@code json=}, its value. */
    record Request(String method, Url url, List<String[]> headers, String body, Object json,
                   Map<String, String> form) {
    }

    /** What the server answers, and after how many seconds. */
    record Answer(int status, String reason, List<String[]> headers, String body, double latency) {
    }

    /** Why the host cannot be reached (the resolver's message), or null if it can. */
    static String unreachable(Url url) {
        return url.host.equals("invalid") || url.host.endsWith(".invalid") ? "Name or service not known" : null;
    }

    /** The answer to {@code request}, the clock reading {@code now} when it is sent. */
    Answer answer(Request request, double now) {
        String path = request.url().path;
        String method = request.method();
        double latency = (50 + random.nextInt(101)) / 1000.0;
        if (path.startsWith("/delay/")) {
            double delay;
            try {
                delay = Math.min(Double.parseDouble(path.substring(7)), 10.0);
            } catch (NumberFormatException e) {
                return html(500, "<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n",
                        now + latency, latency);
            }
            Map<String, Object> echo = echo(request, "url", "args", "form", "data", "origin", "headers", "files");
            return json(200, echo, now + Math.max(delay, 0), Math.max(delay, 0));
        }
        if (path.startsWith("/status/")) {
            int code;
            try {
                code = Integer.parseInt(path.substring(8));
            } catch (NumberFormatException e) {
                return html(400, "Invalid status code", now + latency, latency);
            }
            List<String[]> headers = headers(now + latency, "text/html; charset=utf-8",
                    code == 418 ? TEAPOT.length() : 0, true);
            if (code == 418) {
                headers.add(new String[] {"x-more-info", "http://tools.ietf.org/html/rfc2324"});
            }
            return new Answer(code, Reasons.of(code), headers, code == 418 ? TEAPOT : "", latency);
        }
        switch (path) {
            case "/json" -> {
                return method.equals("GET") ? json(200, slideshow(), now + latency, latency)
                        : notAllowed(now + latency, latency, "GET");
            }
            case "/get", "/post", "/put", "/patch", "/delete" -> {
                String allowed = path.substring(1).toUpperCase(Locale.ROOT);
                if (!method.equals(allowed)) {
                    return notAllowed(now + latency, latency, allowed);
                }
                return json(200, path.equals("/get") ? echo(request, "url", "args", "headers", "origin")
                        : echo(request, "url", "args", "form", "data", "origin", "headers", "files", "json"),
                        now + latency, latency);
            }
            case "/ip" -> {
                return json(200, echo(request, "origin"), now + latency, latency);
            }
            case "/headers" -> {
                return json(200, echo(request, "headers"), now + latency, latency);
            }
            case "/user-agent" -> {
                Map<String, Object> doc = new TreeMap<>();
                doc.put("user-agent", header(request, "User-Agent"));
                return json(200, doc, now + latency, latency);
            }
            default -> {
                if (path.equals("/anything") || path.startsWith("/anything/")) {
                    return json(200, echo(request, "url", "args", "headers", "origin", "method", "form", "data",
                            "files", "json"), now + latency, latency);
                }
                String page = "<!doctype html>\n<html>\n<head><title>" + request.url().host + "</title></head>\n"
                        + "<body>\n<p>" + method + " " + path + ": a page of the simulated network.</p>\n"
                        + "</body>\n</html>\n";
                return new Answer(200, "OK", headers(now + latency, "text/html; charset=utf-8", page.length(),
                        false), page, latency);
            }
        }
    }

    private static Answer json(int status, Object document, double at, double latency) {
        String body = Json.httpbin(document);
        return new Answer(status, Reasons.of(status), headers(at, "application/json", body.length(), true), body,
                latency);
    }

    private static Answer html(int status, String body, double at, double latency) {
        return new Answer(status, Reasons.of(status), headers(at, "text/html; charset=utf-8", body.length(), true),
                body, latency);
    }

    private static Answer notAllowed(double at, double latency, String allowed) {
        String body = "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 3.2 Final//EN\">\n<title>405 Method Not Allowed"
                + "</title>\n<h1>Method Not Allowed</h1>\n<p>The method is not allowed for the requested URL.</p>\n";
        List<String[]> headers = headers(at, "text/html", body.length(), true);
        headers.add(3, new String[] {"Allow", "OPTIONS, " + allowed + ", HEAD"});
        return new Answer(405, Reasons.of(405), headers, body, latency);
    }

    /** httpbin's headers, in its order; the date is the simulated clock's. */
    private static List<String[]> headers(double at, String contentType, int length, boolean httpbin) {
        List<String[]> h = new ArrayList<>();
        h.add(new String[] {"Date", DATE.format(Instant.ofEpochSecond((long) Math.floor(at)))});
        h.add(new String[] {"Content-Type", contentType});
        h.add(new String[] {"Content-Length", Integer.toString(length)});
        h.add(new String[] {"Connection", "keep-alive"});
        if (httpbin) {
            h.add(new String[] {"Server", "gunicorn/19.9.0"});
            h.add(new String[] {"Access-Control-Allow-Origin", "*"});
            h.add(new String[] {"Access-Control-Allow-Credentials", "true"});
        }
        return h;
    }

    private static String header(Request request, String name) {
        for (String[] h : request.headers()) {
            if (h[0].equalsIgnoreCase(name)) {
                return h[1];
            }
        }
        return "";
    }

    /** httpbin's {@code get_dict(*keys)}: the chosen fields of the request, keys sorted. */
    private static Map<String, Object> echo(Request request, String... keys) {
        Map<String, Object> doc = new TreeMap<>();
        for (String key : keys) {
            switch (key) {
                case "url" -> doc.put("url", request.url().text);
                case "args" -> doc.put("args", new TreeMap<>(request.url().queryPairs()));
                case "form" -> doc.put("form", request.form() == null ? Map.of() : new TreeMap<>(request.form()));
                case "data" -> doc.put("data", request.form() == null ? request.body() : "");
                case "files" -> doc.put("files", Map.of());
                case "origin" -> doc.put("origin", ORIGIN);
                case "method" -> doc.put("method", request.method());
                case "json" -> doc.put("json", request.json());
                case "headers" -> {
                    Map<String, Object> headers = new TreeMap<>();
                    for (String[] h : request.headers()) {
                        headers.put(titleCase(h[0]), h[1]);
                    }
                    doc.put("headers", headers);
                }
                default -> throw new IllegalArgumentException(key);
            }
        }
        return doc;
    }

    private static String titleCase(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean up = true;
        for (char c : name.toCharArray()) {
            out.append(up ? Character.toUpperCase(c) : Character.toLowerCase(c));
            up = c == '-';
        }
        return out.toString();
    }

    /** httpbin's {@code /json} document. */
    private static Map<String, Object> slideshow() {
        Map<String, Object> first = new TreeMap<>();
        first.put("title", "Wake up to WonderWidgets!");
        first.put("type", "all");
        Map<String, Object> second = new TreeMap<>();
        second.put("items", List.of("Why <em>WonderWidgets</em> are great", "Who <em>buys</em> WonderWidgets"));
        second.put("title", "Overview");
        second.put("type", "all");
        Map<String, Object> show = new LinkedHashMap<>();
        show.put("author", "Yours Truly");
        show.put("date", "date of publication");
        show.put("slides", List.of(first, second));
        show.put("title", "Sample Slide Show");
        return Map.of("slideshow", show);
    }
}
