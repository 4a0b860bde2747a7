package org.loopscope.ui.lessons;

import java.util.ArrayList;
import java.util.List;

/**
 * A lesson's Markdown-ish text as blocks to lay out: headings ({@code #}, {@code ##}), paragraphs (lines joined until
 * a blank line) and bullet lines ({@code - }, continued by indented lines), each a list of spans that are plain,
 * {@code `code`} or {@code **bold**}. Anything else Markdown has is shown as written.
 */
public final class LessonText {

    /** What a block is. */
    public enum BlockKind { TITLE, HEADING, PARAGRAPH, BULLET }

    /** How a span is shown. */
    public enum Style { PLAIN, CODE, BOLD }

    /** A run of text in one style. */
    public record Span(String text, Style style) {
    }

    /** A block and its spans. */
    public record Block(BlockKind kind, List<Span> spans) {
        public Block {
            spans = List.copyOf(spans);
        }

        /** The block's text without markup. */
        public String plainText() {
            StringBuilder text = new StringBuilder();
            spans.forEach(span -> text.append(span.text()));
            return text.toString();
        }
    }

    private LessonText() {
    }

    /** Splits {@code markdown} into blocks. */
    public static List<Block> parse(String markdown) {
        List<Block> blocks = new ArrayList<>();
        BlockKind kind = null;
        StringBuilder pending = new StringBuilder();
        for (String raw : markdown.replace("\r\n", "\n").split("\n", -1)) {
            String line = raw.strip();
            boolean continues = kind != null && !line.isEmpty() && !line.startsWith("#") && !line.startsWith("- ")
                    && (kind == BlockKind.PARAGRAPH || raw.startsWith(" "));
            if (continues) {
                pending.append(' ').append(line);
                continue;
            }
            flush(blocks, kind, pending);
            kind = null;
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("## ")) {
                blocks.add(new Block(BlockKind.HEADING, spans(line.substring(3).strip())));
            } else if (line.startsWith("# ")) {
                blocks.add(new Block(BlockKind.TITLE, spans(line.substring(2).strip())));
            } else if (line.startsWith("- ")) {
                kind = BlockKind.BULLET;
                pending.append(line.substring(2).strip());
            } else {
                kind = BlockKind.PARAGRAPH;
                pending.append(line);
            }
        }
        flush(blocks, kind, pending);
        return List.copyOf(blocks);
    }

    private static void flush(List<Block> blocks, BlockKind kind, StringBuilder pending) {
        if (kind != null && pending.length() > 0) {
            blocks.add(new Block(kind, spans(pending.toString())));
        }
        pending.setLength(0);
    }

    /** The spans of one line: {@code `code`} and {@code **bold**}; an unclosed mark stays as written. */
    static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int close;
            if (text.charAt(i) == '`' && (close = text.indexOf('`', i + 1)) > i) {
                addPlain(spans, plain);
                spans.add(new Span(text.substring(i + 1, close), Style.CODE));
                i = close + 1;
            } else if (text.startsWith("**", i) && (close = text.indexOf("**", i + 2)) > i + 1) {
                addPlain(spans, plain);
                spans.add(new Span(text.substring(i + 2, close), Style.BOLD));
                i = close + 2;
            } else {
                plain.append(text.charAt(i++));
            }
        }
        addPlain(spans, plain);
        return spans;
    }

    private static void addPlain(List<Span> spans, StringBuilder plain) {
        if (plain.length() > 0) {
            spans.add(new Span(plain.toString(), Style.PLAIN));
            plain.setLength(0);
        }
    }

    /**
     * The first sentence of the first paragraph, without markup, at most {@code max} characters: the lesson's
     * one-line summary.
     */
    public static String summary(String markdown, int max) {
        for (Block block : parse(markdown)) {
            if (block.kind() == BlockKind.PARAGRAPH) {
                String text = block.plainText();
                int end = sentenceEnd(text);
                String sentence = end < 0 ? text : text.substring(0, end + 1);
                if (sentence.length() <= max) {
                    return sentence;
                }
                String cut = sentence.substring(0, max - 1);
                int space = cut.lastIndexOf(' ');
                // Cut between words where the language has spaces.
                return (space > max / 2 ? cut.substring(0, space) : cut).strip() + "\u2026";
            }
        }
        return "";
    }

    private static int sentenceEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u3002' || c == '\uff01' || c == '\uff1f') {
                return i;
            }
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                return i;
            }
        }
        return -1;
    }
}
