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
 * {@code __reduce__}, {@code sys.modules} tampering and imports of os, subprocess, socket, importlib, ctypes. Each
 * attempt is a Python error or a harmless Python value: nothing names a Java object, a host file or the host's
 * environment.
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
        assertThat(out).contains("__import__('os') !! ModuleNotFoundError No module named 'os'",
                "eval('1+1') -> 2", "exec('x=1') -> None", "__builtins__ -> <module 'builtins' (built-in)>");
        for (String module : List.of("os", "subprocess", "socket", "importlib", "ctypes", "io", "pathlib", "java")) {
            assertThat(out).contains(module + " ModuleNotFoundError No module named '" + module + "'");
        }
        assertThat(out).contains("tb_frame !! AttributeError", "f_globals !! AttributeError",
                "f_back !! AttributeError", "cr_frame.f_globals !! AttributeError",
                "(x for x in []).gi_frame.f_globals !! AttributeError",
                "().__class__.__base__.__subclasses__() !! AttributeError");
        assertThat(out).doesNotContain("root:x:0:0", System.getenv().getOrDefault("HOME", "\0") + "'");
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
