package org.loopscope.script.syntax;

/** Measures how deeply statements and expressions nest, as CPython's compiler counts against its limit. */
final class Nesting {

    private Nesting() {
    }

    /** The deepest chain of nested statements and expressions in a module. */
    static int depth(Module m) {
        int max = 0;
        for (Stmt s : m.body()) {
            max = Math.max(max, depth(s));
        }
        return max;
    }

    private static int depth(Node n) {
        int max = 0;
        for (Node c : Nodes.children(n)) {
            max = Math.max(max, depth(c));
        }
        return max + (n instanceof Stmt || n instanceof Expr ? 1 : 0);
    }
}
