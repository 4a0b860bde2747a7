package org.loopscope.script.syntax;

import java.util.HashMap;
import java.util.Map;

/**
 * The kinds of token CPython 3.11's tokenizer produces, with keywords split out of NAME the way its parser sees
 * them. Operator and keyword kinds carry their source text.
 */
public enum TokenKind {
    NAME(null), NUMBER(null), STRING(null), NEWLINE(null), INDENT(null), DEDENT(null), ENDMARKER(null),
    /** End of input that the lexer could not tokenize: an error, or end of file inside brackets. */
    ERRORTOKEN(null),
    /** A character with no meaning in Python ({@code $ ? ! `}); the parser always rejects it. */
    OP(null),

    LPAR("("), RPAR(")"), LSQB("["), RSQB("]"), LBRACE("{"), RBRACE("}"), COLON(":"), COMMA(","), SEMI(";"),
    PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), VBAR("|"), AMPER("&"), LESS("<"), GREATER(">"), EQUAL("="),
    DOT("."), PERCENT("%"), TILDE("~"), CIRCUMFLEX("^"), AT("@"),
    EQEQUAL("=="), NOTEQUAL("!="), LESSEQUAL("<="), GREATEREQUAL(">="), LEFTSHIFT("<<"), RIGHTSHIFT(">>"),
    DOUBLESTAR("**"), DOUBLESLASH("//"), RARROW("->"), COLONEQUAL(":="), ELLIPSIS("..."),
    PLUSEQUAL("+="), MINEQUAL("-="), STAREQUAL("*="), SLASHEQUAL("/="), PERCENTEQUAL("%="), AMPEREQUAL("&="),
    VBAREQUAL("|="), CIRCUMFLEXEQUAL("^="), LEFTSHIFTEQUAL("<<="), RIGHTSHIFTEQUAL(">>="),
    DOUBLESTAREQUAL("**="), DOUBLESLASHEQUAL("//="), ATEQUAL("@="),

    FALSE("False"), NONE("None"), TRUE("True"), AND("and"), AS("as"), ASSERT("assert"), ASYNC("async"),
    AWAIT("await"), BREAK("break"), CLASS("class"), CONTINUE("continue"), DEF("def"), DEL("del"), ELIF("elif"),
    ELSE("else"), EXCEPT("except"), FINALLY("finally"), FOR("for"), FROM("from"), GLOBAL("global"), IF("if"),
    IMPORT("import"), IN("in"), IS("is"), LAMBDA("lambda"), NONLOCAL("nonlocal"), NOT("not"), OR("or"),
    PASS("pass"), RAISE("raise"), RETURN("return"), TRY("try"), WHILE("while"), WITH("with"), YIELD("yield");

    private static final Map<String, TokenKind> OPERATORS = new HashMap<>();
    private static final Map<String, TokenKind> KEYWORDS = new HashMap<>();

    static {
        for (TokenKind k : values()) {
            if (k.text == null) {
                continue;
            }
            if (Character.isLetter(k.text.charAt(0))) {
                KEYWORDS.put(k.text, k);
            } else {
                OPERATORS.put(k.text, k);
            }
        }
        OPERATORS.put("<>", NOTEQUAL); // tokenized as '!=' and refused by the parser, as CPython does
    }

    private final String text;

    TokenKind(String text) {
        this.text = text;
    }

    /** The fixed source text of an operator or keyword, or null for the other kinds. */
    public String text() {
        return text;
    }

    /** True for the reserved words (not for NAME). */
    public boolean isKeyword() {
        return text != null && Character.isLetter(text.charAt(0));
    }

    /** The operator spelled {@code s}, or null. */
    static TokenKind operator(String s) {
        return OPERATORS.get(s);
    }

    /** The keyword spelled {@code s}, or NAME. */
    static TokenKind nameOrKeyword(String s) {
        return KEYWORDS.getOrDefault(s, NAME);
    }
}
