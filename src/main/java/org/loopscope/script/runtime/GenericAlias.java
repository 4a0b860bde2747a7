package org.loopscope.script.runtime;

/**
 * What annotations such as {@code list[int]} and {@code int | None} evaluate to ({@code types.GenericAlias} and
 * {@code types.UnionType}): they print as written and otherwise only stand for their origin class.
 */
public final class GenericAlias extends PyObject implements PyCallable {

    private final Object origin;
    private final PyTuple args;
    private final boolean union;

    /** {@code origin[arguments]}. */
    public GenericAlias(Object origin, Object arguments) {
        this.origin = origin;
        this.args = arguments instanceof PyTuple tuple ? tuple : PyTuple.of(arguments);
        this.union = false;
    }

    private GenericAlias(PyTuple members) {
        this.origin = Types.UNION_TYPE;
        this.args = members;
        this.union = true;
    }

    /** {@code a | b} of classes, None and aliases, flattened and without duplicates. */
    static GenericAlias union(Object a, Object b) {
        java.util.List<Object> members = new java.util.ArrayList<>();
        for (Object side : new Object[] {a, b}) {
            if (side instanceof GenericAlias alias && alias.union) {
                members.addAll(alias.args.asList());
            } else {
                members.add(side);
            }
        }
        java.util.List<Object> unique = new java.util.ArrayList<>();
        for (Object member : members) {
            Object normalized = Py.isNone(member) ? Types.NONE_TYPE : member;
            if (unique.stream().noneMatch(u -> u == normalized)) {
                unique.add(normalized);
            }
        }
        return new GenericAlias(PyTuple.of(unique));
    }

    /** Whether {@code value} may take part in a {@code X | Y} type union. */
    static boolean isUnionMember(Object value) {
        return value instanceof PyType || Py.isNone(value) || value instanceof GenericAlias;
    }

    /** Builtin classes whose subscription makes a GenericAlias ({@code list[int]}). */
    static boolean isGenericBuiltin(PyType type) {
        return type == Types.LIST || type == Types.DICT || type == Types.TUPLE || type == Types.SET
                || type == Types.FROZENSET || type == Types.TYPE || type == Types.FUTURE || type == Types.TASK
                || type == Types.ENUMERATE || type == Types.DICT_KEYS || type == Types.DICT_ITEMS
                || type == Types.DICT_VALUES;
    }

    @Override
    public PyType type() {
        return union ? Types.UNION_TYPE : Types.GENERIC_ALIAS;
    }

    /** {@code __args__}: the parameters, or the members of a union. */
    public PyTuple arguments() {
        return args;
    }

    /** {@code __origin__} (the class subscripted); the union type for unions. */
    public Object origin() {
        return origin;
    }

    @Override
    public Object call(Object[] callArgs, String[] kwnames) {
        if (union) {
            throw Errors.typeError("'types.UnionType' object is not callable");
        }
        return PyOps.call(origin, callArgs, kwnames);
    }

    private static String show(Object value) {
        if (value instanceof PyType type) {
            if (type == Types.NONE_TYPE) {
                return "None";
            }
            return type.module().equals("builtins") ? type.qualname() : type.module() + "." + type.qualname();
        }
        if (value == Types.ELLIPSIS) {
            return "...";
        }
        return Reprs.repr(value);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        if (union) {
            for (int i = 0; i < args.size(); i++) {
                out.append(i == 0 ? "" : " | ").append(show(args.get(i)));
            }
            return out.toString();
        }
        out.append(show(origin)).append('[');
        if (args.size() == 0) {
            out.append("()");
        }
        for (int i = 0; i < args.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(show(args.get(i)));
        }
        return out.append(']').toString();
    }
}
