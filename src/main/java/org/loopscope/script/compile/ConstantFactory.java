package org.loopscope.script.compile;

/**
 * Turns the literal values of the syntax tree into the values a running program sees. The compiler stays free of
 * the object model; the interpreter supplies the factory.
 */
@FunctionalInterface
public interface ConstantFactory {

    /**
     * The runtime value of a literal: {@code literal} is what {@link org.loopscope.script.syntax.Expr.Constant}
     * holds (a Singleton, Boolean, BigInteger, Double, Imaginary, String or Bytes).
     */
    Object constant(Object literal);
}
