package org.loopscope.script.runtime;

import static org.loopscope.script.runtime.Expr.big;
import static org.loopscope.script.runtime.Expr.call;
import static org.loopscope.script.runtime.Expr.dict;
import static org.loopscope.script.runtime.Expr.list;
import static org.loopscope.script.runtime.Expr.none;
import static org.loopscope.script.runtime.Expr.op;
import static org.loopscope.script.runtime.Expr.tuple;
import static org.loopscope.script.runtime.Expr.v;

/** format() specs and %-formatting of ints, floats and strs, compared with CPython. */
class FormatGoldenTest extends GoldenSuite {

    @Override
    String name() {
        return "formatting";
    }

    private int n;

    private void f(Expr value, String... specs) {
        for (String spec : specs) {
            c("f" + n++, call("format", value, v(spec)));
        }
    }

    private void p(String format, Expr args) {
        c("p" + n++, op(v(format), "%", args));
    }

    @Override
    void define() {
        String[] intSpecs = {"", "d", "5", "<5", "^5", "05", "+d", " d", ",", "_", "x", "X", "#x", "#X", "o", "#o", "b",
            "#b", "08b", "#010x", "_x", "#_b", "c", "e", ".2f", "%", "n", "*^9", "0=10,", "010,", "=+8", "<08",
            ".2", "xyz", ",_", ",c", ",x", "+c", "s", "z", "#c", "10.3e", ",b"};
        for (long value : new long[] {0, 1, -5, 255, -255, 65, 1234567, -123456789}) {
            f(v(value), intSpecs);
        }
        f(big("1000000000000000000000000000000"), "", ",", "e", "f", "x", "_b");
        f(big("-9223372036854775808"), "b", "x", "#o");
        f(v(true), "", "d", ">5", "x", "s");
        f(v(0x110000), "c");
        f(v(-1), "c");
        String[] floatSpecs = {"", ".2f", "f", ".0f", "#.0f", "e", ".2e", "E", ".0e", "#.0e", "g", ".3g", "#g", "G",
            "%", ".1%", "n", "+.2f", " .1f", "08.3f", "=+12,.2f", ",.2f", "_.3f", ".3", "10", "<10", "^10.2f",
            "z.1f", "d", "x", ",x", ".", ".20f", "010,.1f", "+", "-", ".17g", "e>12"};
        double[] floats = {0.0, -0.0, 1.0, -1.5, 3.14159, 2.5, 3.5, 0.125, 0.375, 1234.5678, 1234567.0, 100000.0,
            1000000.0, 1e16, 1e22, 1e-5, 0.0001, 1.234e-5, 1e100, 12345678.9, -0.001, 9.5, 0.5, 123.0,
            1.7976931348623157e308, 5e-324, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
        for (double value : floats) {
            f(v(value), floatSpecs);
        }
        String[] strSpecs = {"", "s", "<5", ">5", "^5", "*^9", ".2", "10.2", "05", "=5", "+", ",", "#", "d", ">5s",
            "\u00e9^5"};
        for (String value : new String[] {"abc", "", "\u00e9", "a\ud83d\ude00b"}) {
            f(v(value), strSpecs);
        }
        f(none(), "", ">5");
        f(list(v(1)), "", ">5");
        f(tuple(), "");
        p("%d %s %r %5.2f %-3s %x %%", tuple(v(1), v("a"), v("b"), v(3.14159), v("x"), v(255)));
        p("%d", v(3.7));
        p("%x", v(3.7));
        p("%f", v("a"));
        p("%c", v(65));
        p("%c", v("ab"));
        p("%c", v("a"));
        p("%c", v(0x110000));
        p("%y", v(1));
        p("%", v(1));
        p("%(a)s", dict(v("a"), v(1)));
        p("%(a)s", v(1));
        p("%s %s", list(v(1), v(2)));
        p("%s", list(v(1), v(2)));
        p("%s", tuple(v(1)));
        p("%s", tuple());
        p("%*d", tuple(v(5), v(1)));
        p("%-*d|", tuple(v(-5), v(1)));
        p("%.*f", tuple(v(2), v(3.14159)));
        p("%#x", v(255));
        p("%#o", v(8));
        p("%+d", v(5));
        p("% d", v(5));
        p("%05d", v(-3));
        p("%-5d|", v(3));
        p("%e", v(12345.678));
        p("%g", v(0.00001));
        p("%#g", v(1.0));
        p("%10.3e", v(1.0));
        p("%i %u", tuple(v(1), v(2)));
        p("%5s|", v("ab"));
        p("%.1s", v("ab"));
        p("%a", v("\u00e9"));
        p("%r", v("\u00e9"));
        p("%s", none());
        p("%d", v(true));
        p("%.2f", v(2));
        p("%x", v(-255));
        p("%X", v(255));
        p("%s %s", v(1));
        p("%d", v("1"));
        p("%s", dict(v("a"), v(1)));
        p("%(a)s %s", dict(v("a"), v(1)));
        p("%d %(a)s", dict(v("a"), v(1)));
        p("%ld", v(5));
        p("%3c|", v("x"));
        p("%.3d", v(5));
        p("%.3x", v(5));
        p("%#.3o", v(5));
        p("%f", v(Double.POSITIVE_INFINITY));
        p("%05.1f", v(-1.25));
        p("%d", big("100000000000000000000"));
        p("%.0f", v(0.5));
        p("%s", v(1.0));
        p("%d", v(1e20));
        p("%%", tuple());
        p("%%", v(5));
        p("no format", tuple());
        p("no format", v(1));
        p("%s and %s", tuple(v("a"), tuple(v(1), v(2))));
        p("%08.3f|%-8.3f|%+.1e", tuple(v(3.14159), v(2.5), v(12345.0)));
        p("%o %X %c", tuple(v(64), v(48879), v(9731)));
        p("%5.1f%%", v(99.5));
        p("%s", v("\ud83d\ude00"));
        p("%-3s|", v("\ud83d\ude00"));
        p("%.3s", v("a\ud83d\ude00bc"));
    }
}
