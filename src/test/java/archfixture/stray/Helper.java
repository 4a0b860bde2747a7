package archfixture.stray;

import archfixture.engine.Loop;

/** Breaks the rules on purpose: a package of its own, which no arrow of the design mentions. */
public class Helper {
    public Loop loop;
}
