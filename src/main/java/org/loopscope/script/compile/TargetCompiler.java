package org.loopscope.script.compile;

import java.util.List;
import org.loopscope.script.syntax.Ctx;
import org.loopscope.script.syntax.Expr;
import org.loopscope.script.syntax.Stmt;

/**
 * Compiles what is assigned to, deleted or updated in place: names, attributes, subscripts and slices, and
 * (starred) unpacking into tuples and lists, with the compiler's SyntaxErrors for impossible targets.
 */
final class TargetCompiler {

    private final Compiler c;
    private final ExpressionCompiler x;

    TargetCompiler(Compiler c) {
        this.c = c;
        this.x = c.expressions;
    }

    private CodeBuilder b() {
        return c.u.b;
    }

    void store(Expr t) {
        CodeObject.Position old = b().at(t.span());
        if (t instanceof Expr.Name n) {
            c.nameOp(n.id(), Ctx.STORE);
        } else if (t instanceof Expr.Attribute a) {
            x.visit(a.value());
            b().at(t.span());
            b().emit(Op.STORE_ATTR, b().name(c.mangle(a.attr())));
        } else if (t instanceof Expr.Subscript s) {
            x.visit(s.value());
            slice(s.slice());
            b().at(t.span());
            b().emit(Op.STORE_SUBSCR);
        } else if (t instanceof Expr.Tuple tu) {
            unpack(tu.elts());
        } else if (t instanceof Expr.ListExpr l) {
            unpack(l.elts());
        } else if (t instanceof Expr.Starred) {
            throw c.error(t.span(), "starred assignment target must be in a list or tuple");
        } else {
            throw c.error(t.span(), "cannot assign to expression");
        }
        b().restore(old);
    }

    private void unpack(List<Expr> elts) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                if (star >= 0) {
                    throw c.errorHere("multiple starred expressions in assignment");
                }
                star = i;
            }
        }
        if (star >= 0) {
            int after = elts.size() - star - 1;
            if (star >= 256 || after >= 65536) {
                throw c.errorHere("too many expressions in star-unpacking assignment");
            }
            b().emit(Op.UNPACK_EX, star | (after << 8));
        } else {
            b().emit(Op.UNPACK_SEQUENCE, elts.size());
        }
        for (Expr e : elts) {
            store(e instanceof Expr.Starred s ? s.value() : e);
        }
    }

    void delete(Expr t) {
        CodeObject.Position old = b().at(t.span());
        if (t instanceof Expr.Name n) {
            c.nameOp(n.id(), Ctx.DEL);
        } else if (t instanceof Expr.Attribute a) {
            x.visit(a.value());
            b().at(t.span());
            b().emit(Op.DELETE_ATTR, b().name(c.mangle(a.attr())));
        } else if (t instanceof Expr.Subscript s) {
            x.visit(s.value());
            slice(s.slice());
            b().at(t.span());
            b().emit(Op.DELETE_SUBSCR);
        } else if (t instanceof Expr.Tuple tu) {
            tu.elts().forEach(this::delete);
        } else if (t instanceof Expr.ListExpr l) {
            l.elts().forEach(this::delete);
        } else {
            throw c.error(t.span(), "cannot delete expression");
        }
        b().restore(old);
    }

    void augAssign(Stmt.AugAssign s) {
        int op = s.op().ordinal() + Op.INPLACE;
        Expr t = s.target();
        if (t instanceof Expr.Name n) {
            b().at(n.span());
            c.nameOp(n.id(), Ctx.LOAD);
            x.visit(s.value());
            b().at(s.span());
            b().emit(Op.BINARY_OP, op);
            b().at(n.span());
            c.nameOp(n.id(), Ctx.STORE);
        } else if (t instanceof Expr.Attribute a) {
            x.visit(a.value());
            b().emit(Op.COPY, 1);
            b().at(a.span());
            b().emit(Op.LOAD_ATTR, b().name(c.mangle(a.attr())));
            x.visit(s.value());
            b().at(s.span());
            b().emit(Op.BINARY_OP, op);
            b().emit(Op.SWAP, 2);
            b().at(a.span());
            b().emit(Op.STORE_ATTR, b().name(c.mangle(a.attr())));
        } else if (t instanceof Expr.Subscript sub) {
            x.visit(sub.value());
            slice(sub.slice());
            b().emit(Op.COPY, 2);
            b().emit(Op.COPY, 2);
            b().at(sub.span());
            b().emit(Op.BINARY_SUBSCR);
            x.visit(s.value());
            b().at(s.span());
            b().emit(Op.BINARY_OP, op);
            b().emit(Op.SWAP, 3);
            b().emit(Op.SWAP, 2);
            b().at(sub.span());
            b().emit(Op.STORE_SUBSCR);
        } else {
            throw c.error(t.span(), "'" + describe(t) + "' is an illegal expression for augmented assignment");
        }
    }

    private static String describe(Expr e) {
        if (e instanceof Expr.Tuple) {
            return "tuple";
        }
        if (e instanceof Expr.ListExpr) {
            return "list";
        }
        return "expression";
    }

    void slice(Expr s) {
        if (s instanceof Expr.Slice sl) {
            CodeObject.Position old = b().at(s.span());
            int n = 2;
            loadOrNone(sl.lower());
            loadOrNone(sl.upper());
            if (sl.step() != null) {
                x.visit(sl.step());
                n = 3;
            }
            b().at(s.span());
            b().emit(Op.BUILD_SLICE, n);
            b().restore(old);
        } else {
            x.visit(s);
        }
    }

    private void loadOrNone(Expr e) {
        if (e == null) {
            c.loadNone();
        } else {
            x.visit(e);
        }
    }
}
