package org.loopscope;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which arguments open the app and which go to the command line. */
class LauncherTest {

    @Test
    void noArgumentsOrOneFileOpenTheApp() {
        assertThat(Launcher.opensApp()).isTrue();
        assertThat(Launcher.opensApp("hello.py")).isTrue();
        assertThat(Launcher.opensApp("/home/me/lessons/queues.py")).isTrue();
    }

    @Test
    void commandsAndOptionsGoToTheCommandLine() {
        assertThat(Launcher.opensApp("run")).isFalse();
        assertThat(Launcher.opensApp("run", "hello.py")).isFalse();
        assertThat(Launcher.opensApp("--help")).isFalse();
        assertThat(Launcher.opensApp("-V")).isFalse();
        assertThat(Launcher.opensApp("--bogus")).isFalse();
        assertThat(Launcher.opensApp("a.py", "b.py")).isFalse();
    }
}
