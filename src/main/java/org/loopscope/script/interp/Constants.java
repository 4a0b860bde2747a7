package org.loopscope.script.interp;

import java.math.BigInteger;
import org.loopscope.script.compile.ConstantFactory;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.syntax.Expr;

/** The runtime values of literals: None, Ellipsis, bool, int (small ones as Long), float, str. */
public final class Constants implements ConstantFactory {

    /** The one factory (it has no state). */
    public static final Constants INSTANCE = new Constants();

    private Constants() {
    }

    @Override
    public Object constant(Object literal) {
        if (literal instanceof Expr.Singleton s) {
            return s == Expr.Singleton.NONE ? Py.NONE : Py.ELLIPSIS;
        }
        if (literal instanceof BigInteger b) {
            return Py.integer(b);
        }
        if (literal instanceof Long l) {
            return Py.integer(l);
        }
        if (literal instanceof Boolean || literal instanceof Double || literal instanceof String) {
            return literal;
        }
        if (literal instanceof String[]) {
            return literal;
        }
        throw new UnsupportedLiteral(literal);
    }

    /** A literal the object model has no type for (complex numbers, bytes). */
    public static final class UnsupportedLiteral extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnsupportedLiteral(Object literal) {
            super(literal instanceof Expr.Imaginary ? "complex numbers are not supported"
                    : literal instanceof Expr.Bytes ? "bytes literals are not supported" : "unsupported literal");
        }
    }
}
