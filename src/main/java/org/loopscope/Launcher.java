package org.loopscope;

import javafx.application.Application;
import org.loopscope.cli.LoopscopeCommand;
import org.loopscope.ui.LoopscopeApp;

/**
 * The program's entry point ({@code java -jar loopscope.jar}): opens the desktop app or runs the command line.
 *
 * <p>No arguments, or a single {@code FILE.py}, open the app (on that file). A first argument of {@code run},
 * {@code --help} or {@code --version}, or any longer argument list, goes to the command line, whose exit status
 * becomes the process's.
 *
 * <p>It does not extend {@link Application} on purpose: a main class that does makes the Java launcher insist on
 * JavaFX modules, which a plain fat jar on the class path does not have.
 */
public final class Launcher {

    private Launcher() {
    }

    /** Opens the app or runs the command line, as the arguments ask. */
    public static void main(String[] args) {
        if (opensApp(args)) {
            Application.launch(LoopscopeApp.class, args);
        } else {
            System.exit(LoopscopeCommand.execute(args));
        }
    }

    /** Returns whether these arguments open the desktop app rather than the command line. */
    static boolean opensApp(String... args) {
        return args.length == 0
                || args.length == 1 && !args[0].startsWith("-") && !LoopscopeCommand.isCommandLineWord(args[0]);
    }
}
