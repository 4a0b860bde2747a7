package archfixture.ui;

import archfixture.engine.Loop;

/** Breaks the arrows on purpose: the app talking to the engine, past the session. */
public class Panel {
    public Loop loop;
}
