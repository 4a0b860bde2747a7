package org.loopscope.script.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The ways out of a Python sandbox an attacker tries first (src/test/resources/fuzz/escapes.py): dunder walking,
 * frames through tracebacks, generators and coroutines, {@code __import__}, {@code eval}/{@code exec}/{@code
 * compile}, {@code open}, computed {@code getattr}, {@code type} tricks, format-string attribute access,
 * {@code __reduce__}, {@code sys.modules} tampering, imports of subprocess, socket, importlib, ctypes, and what
 * the safe {@code os} offers. Each attempt is a Python error or a harmless Python value: nothing names a Java object,
 * a host file or the host's environment.
 */
class SandboxEscapeTest {

    private static final Sandbox SANDBOX = new Sandbox(50_000_000, 10, 20_000);

    @AfterAll
    static void close() {
        SANDBOX.close();
    }

    private static String escapes() throws IOException {
        try (InputStream in = SandboxEscapeTest.class.getResourceAsStream("/fuzz/escapes.py")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyEscapeIsAPythonErrorOrAHarmlessValue() throws IOException {
        String source = escapes();
        Sandbox.Outcome outcome = SANDBOX.run(source);
        assertThat(Sandbox.problems(source, outcome)).isEmpty();
        assertThat(outcome.stderr()).isEmpty();
        String out = outcome.stdout();
        assertThat(out).endsWith("end of escapes\n");
        for (String name : List.of("open", "breakpoint")) {
            assertThat(out).contains("NameError name '" + name + "' is not defined");
        }
        // eval, exec, compile and __import__ exist as in CPython, but only reach the sandbox's own compiler and
        // supported modules; __builtins__ is the sandbox's builtins module.
        assertThat(out).contains("eval('1+1') -> 2", "exec('x=1') -> None",
                "__builtins__ -> <module 'builtins' (built-in)>");
        for (String module : List.of("subprocess", "socket", "importlib", "ctypes", "io", "pathlib", "java")) {
            assertThat(out).contains(module + " ModuleNotFoundError No module named '" + module + "'");
        }
        assertOsReachesNothing(out);
        assertThat(out).contains("tb_frame !! AttributeError", "f_globals !! AttributeError",
                "f_back !! AttributeError", "cr_frame.f_globals !! AttributeError",
                "(x for x in []).gi_frame.f_globals !! AttributeError",
                "().__class__.__base__.__subclasses__() !! AttributeError");
        assertThat(out).doesNotContain("root:x:0:0", System.getenv().getOrDefault("HOME", "\0") + "'");
    }

    /**
     * {@code os} imports, but only as the pure, host-free module: what touches files, processes or the environment
     * is absent, and {@code environ} holds none of the host's variables.
     */
    private static void assertOsReachesNothing(String out) {
        assertThat(out).contains("os imported <module 'os' from ");
        for (String name : List.of("system", "popen", "execv", "fork", "kill", "open", "listdir", "remove", "chdir",
                "getcwd", "putenv", "urandom", "stat", "_exit")) {
            assertThat(out).contains("os." + name + " !! AttributeError module 'os' has no attribute '" + name + "'");
        }
        for (String name : List.of("exists", "isfile", "abspath", "realpath", "expanduser", "expandvars")) {
            assertThat(out).contains("os.path." + name + " !! AttributeError module 'posixpath' has no attribute '"
                    + name + "'");
        }
        assertThat(out).contains("os.environ -> (0, {}, environ({}))", "os.environ HOME -> (None, None, None, None)",
                "from os import system !! ImportError cannot import name 'system' from 'os'");
        for (String value : System.getenv().values()) {
            if (value.length() > 3) {
                assertThat(out).doesNotContain("'" + value + "'");
            }
        }
    }

    @Test
    void aTracebackThroughTheEngineNamesOnlyPythonFiles() {
        String source = """
                import asyncio
                async def main():
                    await asyncio.sleep(0)
                    {}.x
                asyncio.run(main())
                """;
        Sandbox.Outcome outcome = SANDBOX.run(source);
        assertThat(Sandbox.problems(source, outcome)).isEmpty();
        assertThat(outcome.stderr()).contains("AttributeError: 'dict' object has no attribute 'x'");
    }
}
