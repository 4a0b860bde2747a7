package org.loopscope.script.fuzz;

import java.util.Random;

/** Deeply nested and huge constructs: the inputs that break recursive parsers, compilers and printers. */
final class Nesting {

    private Nesting() {
    }

    private static int depth(Random random) {
        int[] depths = {10, 50, 100, 199, 200, 201, 500, 1000, 3000, 20_000};
        return depths[random.nextInt(depths.length)];
    }

    /** A whole program that is one deep construct, printed. */
    static String deep(Random random) {
        return deepStatement(random) + "\nprint('survived')\n";
    }

    /** One top-level statement nested {@link #depth} levels deep. */
    static String deepStatement(Random random) {
        int n = depth(random);
        return switch (random.nextInt(12)) {
            case 0 -> "x = " + "(".repeat(n) + "1" + ")".repeat(n);
            case 1 -> "x = " + "[".repeat(n) + "]".repeat(n);
            case 2 -> "x = " + "not ".repeat(n) + "1";
            case 3 -> "x = " + "-".repeat(n) + "1";
            case 4 -> "x = " + "2**".repeat(Math.min(n, 300)) + "1";
            case 5 -> "x = " + "lambda: ".repeat(n) + "1";
            // CPython stops at 100 levels of indentation; deeper ones only make the source quadratically large
            case 6 -> indented("def f():", Math.min(n, 1000), "return 1");
            case 7 -> indented("if 1:", Math.min(n, 1000), "pass");
            case 8 -> "x = " + "[".repeat(n) + "1" + " for a in [1]]".repeat(n);
            case 9 -> "x = " + "{'a': ".repeat(n) + "1" + "}".repeat(n);
            case 10 -> "x = " + "f'{".repeat(Math.min(n, 5)) + "1" + "}'".repeat(Math.min(n, 5));
            default -> "x = " + "1 + ".repeat(n) + "1";
        };
    }

    private static String indented(String header, int n, String body) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) {
            sb.append(" ".repeat(k)).append(header).append('\n');
        }
        return sb.append(" ".repeat(n)).append(body).toString();
    }

    /** A huge literal: a long string, a huge int, or a display with many elements. */
    static String hugeLiteral(Random random) {
        int n = 1 + random.nextInt(random.nextBoolean() ? 1000 : 200_000);
        return switch (random.nextInt(5)) {
            case 0 -> "'" + "a".repeat(n) + "'";
            case 1 -> "1" + "0".repeat(n);
            case 2 -> "[" + "1,".repeat(n) + "]";
            case 3 -> "{" + "1:2,".repeat(Math.min(n, 50_000)) + "}";
            default -> "0x" + "f".repeat(n);
        };
    }
}
