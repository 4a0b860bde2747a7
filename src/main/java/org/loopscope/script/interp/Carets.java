package org.loopscope.script.interp;

import java.util.List;
import org.loopscope.script.compile.CodeObject;
import org.loopscope.script.syntax.Expr;
import org.loopscope.script.syntax.Module;
import org.loopscope.script.syntax.Parser;
import org.loopscope.script.syntax.Stmt;

/**
 * The marker line CPython 3.11 prints under a traceback's source line: {@code ^} under the failing expression,
 * or for a binary operation or a subscript {@code ~} under the operands and {@code ^} under the operator or the
 * brackets. Nothing when the expression is the whole line.
 */
final class Carets {

    private Carets() {
    }

    static void append(StringBuilder out, String line, CodeObject.Position pos, int strippedLength) {
        int leading = 0;
        while (leading < line.length() && (line.charAt(leading) == ' ' || line.charAt(leading) == '\t'
                || line.charAt(leading) == '\f')) {
            leading++;
        }
        int start = offset(line, pos.col());
        int end;
        int[] anchors = null;
        if (pos.endLine() == pos.line()) {
            end = offset(line, pos.endCol());
            if (end <= start) {
                return;
            }
            anchors = anchors(line.substring(start, end));
        } else {
            end = line.stripTrailing().length();
        }
        if (start < leading || end <= start) {
            return;
        }
        boolean secondary = anchors != null;
        if (end - start >= strippedLength && !secondary) {
            return;
        }
        out.append("    ").append(" ".repeat(start - leading));
        for (int i = start; i < end; i++) {
            int rel = i - start;
            boolean inAnchor = secondary && rel >= anchors[0] && rel < anchors[1];
            out.append(!secondary ? '^' : inAnchor ? '^' : '~');
        }
        out.append('\n');
    }

    /** A code-point column as a char index into the line. */
    private static int offset(String line, int col) {
        int cps = line.codePointCount(0, line.length());
        if (col >= cps) {
            return line.length();
        }
        return line.offsetByCodePoints(0, col);
    }

    /** The [left, right) range of the primary marker within the segment, or null. */
    static int[] anchors(String segment) {
        Module m;
        try {
            m = Parser.parseModule(segment, "<string>");
        } catch (RuntimeException e) {
            return null;
        }
        List<Stmt> body = m.body();
        if (body.size() != 1 || !(body.get(0) instanceof Stmt.ExprStmt es)) {
            return null;
        }
        Expr e = es.value();
        if (e instanceof Expr.BinOp bin) {
            int leftEnd = offset(segment, bin.left().span().endCol());
            int rightStart = offset(segment, bin.right().span().col());
            for (int i = leftEnd; i < rightStart; i++) {
                char ch = segment.charAt(i);
                if (Character.isWhitespace(ch)) {
                    continue;
                }
                int left = i;
                int right = i + 1;
                if (i + 1 < rightStart && !Character.isWhitespace(segment.charAt(i + 1))) {
                    right++;
                }
                if (i + 1 < rightStart && ch == ')') {
                    continue;
                }
                return new int[] {left, right};
            }
            return null;
        }
        if (e instanceof Expr.Subscript sub) {
            int left = offset(segment, sub.value().span().endCol());
            int right = offset(segment, sub.slice().span().endCol()) + 1;
            int len = segment.length();
            while (left < len && segment.charAt(left) != '[') {
                left++;
            }
            while (right < len && segment.charAt(right) != ']') {
                right++;
            }
            if (right < len) {
                right++;
            }
            return new int[] {left, right};
        }
        return null;
    }
}
