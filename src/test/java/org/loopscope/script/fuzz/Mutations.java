package org.loopscope.script.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Hostile variants of real programs: the seeds are the conformance programs and the lessons; each variant applies
 * one to three edits (token deletions, duplications and swaps, random bytes and Unicode, deep nesting, huge
 * literals, null bytes, mixed tabs and spaces, CR and CRLF line ends, truncation). Deterministic for a given
 * {@link Random}, so a failing input can be replayed from its seed.
 */
final class Mutations {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z_0-9]+|\\s+|'[^'\\n]*'|\"[^\"\\n]*\"|.",
            Pattern.DOTALL);

    private static final String[] NOISE = {"(", ")", "[", "]", "{", "}", ":", ",", "=", "*", "**", "\"", "'",
        "'''", "f'{", "}", "\\", "\n", "\t", " ", "    ", "#", "lambda", "yield", "await", "async", "not", "else",
        "\u2026", "\0", "\r", "\f", "0x", "1e", "@", ":=", "->", "...", "def", "class", "return", "\\\n", "é",
        "\uD800", "\uFEFF", "\u00A0", "\u2028", "\uDBFF\uDFFF", "𝔘", "global", "nonlocal", "del", "raise",
        "try:", "except*", "finally:", "match", "case", "with", "async with", "async for", "yield from", "*a",
        "**k", "__class__", "super()", "await asyncio.sleep(0)", "import asyncio", "print(", "asyncio.run(",
        "10**10**9", "'a'*10**9", "[0]*10**9", "while True: pass\n", "0" + "0".repeat(30), "1_000", "0b", "0o9"};

    private final List<String> seeds;

    private Mutations(List<String> seeds) {
        this.seeds = seeds;
    }

    /** The mutations of the programs under {@code src/test/resources} and the lessons. */
    static Mutations fromProject() {
        List<String> seeds = new ArrayList<>();
        for (String dir : List.of("src/test/resources/conformance", "src/test/resources/conformance-extra",
                "src/main/resources/org/loopscope/lessons")) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
                    seeds.add(Files.readString(p));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (seeds.size() < 20) {
            throw new IllegalStateException("too few seed programs: " + seeds.size());
        }
        return new Mutations(seeds);
    }

    int seedCount() {
        return seeds.size();
    }

    /** One hostile source. */
    String next(Random random) {
        int kind = random.nextInt(20);
        if (kind == 0) {
            return randomText(random);
        }
        if (kind == 1) {
            return Nesting.deep(random);
        }
        String source = seeds.get(random.nextInt(seeds.size()));
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            source = edit(source, random);
        }
        return source;
    }

    private String edit(String source, Random random) {
        List<String> tokens = tokens(source);
        if (tokens.isEmpty()) {
            return source + NOISE[random.nextInt(NOISE.length)];
        }
        int i = random.nextInt(tokens.size());
        switch (random.nextInt(12)) {
            case 0 -> tokens.remove(i);
            case 1 -> tokens.add(i, tokens.get(i));
            case 2 -> {
                int j = random.nextInt(tokens.size());
                String t = tokens.get(i);
                tokens.set(i, tokens.get(j));
                tokens.set(j, t);
            }
            case 3 -> tokens.add(i, NOISE[random.nextInt(NOISE.length)]);
            case 4 -> tokens.add(i, randomChars(random, 1 + random.nextInt(8)));
            case 5 -> {
                return source.substring(0, random.nextInt(source.length() + 1));
            }
            case 6 -> {
                return random.nextBoolean() ? source.replace("\n", "\r\n") : source.replace("\n", "\r");
            }
            case 7 -> {
                return random.nextBoolean() ? source.replace("    ", "\t") : source.replaceFirst("\n    ", "\n\t");
            }
            case 8 -> tokens.add(i, Nesting.hugeLiteral(random));
            case 9 -> tokens.add(i, "\0");
            case 10 -> {
                return insertLine(source, Nesting.deepStatement(random), random);
            }
            default -> {
                String t = tokens.get(i);
                tokens.set(i, t.matches("\\d+") ? String.valueOf(random.nextLong()) : t.toUpperCase());
            }
        }
        return String.join("", tokens);
    }

    /** Puts {@code statement} (one top-level block) between two lines of {@code source}. */
    private static String insertLine(String source, String statement, Random random) {
        String[] lines = source.split("\n", -1);
        List<Integer> tops = new ArrayList<>();
        for (int k = 0; k < lines.length; k++) {
            if (!lines[k].isEmpty() && !Character.isWhitespace(lines[k].charAt(0))) {
                tops.add(k);
            }
        }
        int at = tops.isEmpty() ? 0 : tops.get(random.nextInt(tops.size()));
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < lines.length; k++) {
            if (k == at) {
                sb.append(statement).append('\n');
            }
            sb.append(lines[k]).append(k + 1 < lines.length ? "\n" : "");
        }
        return sb.toString();
    }

    private static List<String> tokens(String source) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(source);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static String randomText(Random random) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(80);
        for (int k = 0; k < n; k++) {
            sb.append(random.nextInt(3) == 0 ? NOISE[random.nextInt(NOISE.length)] : randomChars(random, 1));
        }
        return sb.toString();
    }

    /** Random characters: mostly ASCII, some control characters, Latin, CJK, emoji and lone surrogates. */
    static String randomChars(Random random, int count) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < count; k++) {
            switch (random.nextInt(6)) {
                case 0 -> sb.append((char) random.nextInt(32));
                case 1 -> sb.append((char) (0x80 + random.nextInt(0x780)));
                case 2 -> sb.appendCodePoint(0x4E00 + random.nextInt(0x5000));
                case 3 -> sb.appendCodePoint(0x1F300 + random.nextInt(0x300));
                case 4 -> sb.append((char) (0xD800 + random.nextInt(0x800)));
                default -> sb.append((char) (32 + random.nextInt(95)));
            }
        }
        return sb.toString();
    }
}
