package archfixture.script;

import archfixture.engine.Loop;

/** Allowed: the script VM drives the engine. */
public class Interpreter {
    public Loop loop;
}
