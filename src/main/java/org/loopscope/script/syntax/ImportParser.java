package org.loopscope.script.syntax;

import java.util.ArrayList;
import java.util.List;

/** {@code import a.b as c, d} and {@code from ..a import (b as c, d)} / {@code from a import *}. */
final class ImportParser {

    private ImportParser() {
    }

    /** import_name: {@code import} dotted_as_names. */
    static Stmt importName(StatementParser sp) {
        TokenCursor t = sp.t;
        Token kw = t.advance();
        List<Alias> names = new ArrayList<>();
        do {
            Token start = t.peek();
            String dotted = dottedName(t);
            String asName = null;
            if (t.match(TokenKind.AS) != null) {
                asName = AtomParser.identifier(t.expect(TokenKind.NAME));
            }
            names.add(new Alias(dotted, asName, start.span().to(t.previous().span())));
        } while (t.match(TokenKind.COMMA) != null);
        return new Stmt.Import(names, kw.span().to(t.previous().span()));
    }

    /** import_from: {@code from} dots and/or a dotted name, {@code import}, the names or '*'. */
    static Stmt importFrom(StatementParser sp) {
        TokenCursor t = sp.t;
        Token kw = t.advance();
        int level = 0;
        while (t.check(TokenKind.DOT) || t.check(TokenKind.ELLIPSIS)) {
            level += t.advance().is(TokenKind.DOT) ? 1 : 3;
        }
        String module = null;
        if (level == 0 || !t.check(TokenKind.IMPORT)) {
            module = dottedName(t);
        }
        t.expect(TokenKind.IMPORT);
        List<Alias> names = new ArrayList<>();
        if (t.check(TokenKind.STAR)) {
            Token star = t.advance();
            names.add(new Alias("*", null, star.span()));
        } else if (t.match(TokenKind.LPAR) != null) {
            fromNames(t, names);
            t.match(TokenKind.COMMA);
            t.expect(TokenKind.RPAR);
        } else {
            fromNames(t, names);
            if (t.check(TokenKind.COMMA)) {
                t.advance();
                if (t.check(TokenKind.NEWLINE)) {
                    throw t.errorAtLastToken("trailing comma not allowed without surrounding parentheses");
                }
                throw t.fail();
            }
        }
        return new Stmt.ImportFrom(module, names, level, kw.span().to(t.previous().span()));
    }

    private static void fromNames(TokenCursor t, List<Alias> names) {
        while (true) {
            Token name = t.expect(TokenKind.NAME);
            String asName = null;
            if (t.match(TokenKind.AS) != null) {
                asName = AtomParser.identifier(t.expect(TokenKind.NAME));
            }
            names.add(new Alias(AtomParser.identifier(name), asName, name.span().to(t.previous().span())));
            if (!t.check(TokenKind.COMMA) || !t.checkAhead(1, TokenKind.NAME)) {
                return;
            }
            t.advance();
        }
    }

    /** dotted_name: NAME ('.' NAME)*. */
    private static String dottedName(TokenCursor t) {
        StringBuilder sb = new StringBuilder(AtomParser.identifier(t.expect(TokenKind.NAME)));
        while (t.match(TokenKind.DOT) != null) {
            sb.append('.').append(AtomParser.identifier(t.expect(TokenKind.NAME)));
        }
        return sb.toString();
    }
}
