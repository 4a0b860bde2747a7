package org.loopscope;

/** Placeholder main class. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
    }
}
