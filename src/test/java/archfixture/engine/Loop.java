package archfixture.engine;

import archfixture.script.Interpreter;

/** Breaks the arrows on purpose: an engine that reaches up into the script VM. */
public class Loop {
    public Interpreter interpreter;
}
