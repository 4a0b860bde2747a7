package org.loopscope.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scripts are untrusted: every way toward the host a learner's file might try ends in a Python error or a harmless
 * Python value, never a Java object, a file, a module outside the supported ones, or a Java exception.
 */
class SandboxTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = SandboxTest.class.getResourceAsStream("/sandbox/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertNoHostTrace(Runs.Result r) {
        assertThat(r.out() + r.err()).doesNotContain("java.", "org.loopscope", "internal error", "Exception in thread");
    }

    @Test
    void everyEscapeRouteIsAPythonErrorOrAHarmlessValue() throws IOException {
        Runs.Result r = Runs.run(resource("probes.py"));

        // Where CPython reaches the host (open, os.system, frames' globals), Loopscope answers with Python errors;
        // os itself imports, with nothing in it that reaches the host.
        assertThat(r.out()).isEqualTo("""
                subclasses !! AttributeError
                globals -> dict
                code -> code
                builtins -> module
                builtins.open !! AttributeError
                import os -> module
                exec import -> NoneType
                os.system !! AttributeError
                os.popen !! AttributeError
                os.listdir !! AttributeError
                os.getcwd !! AttributeError
                os.path.exists !! AttributeError
                os.environ HOME !! KeyError
                os.environ !! KeyError
                from os import system !! ImportError
                import subprocess !! ModuleNotFoundError
                eval open !! NameError
                open !! NameError
                compile -> code
                format mro -> str
                format globals -> str
                gi_frame -> frame
                f_globals !! AttributeError
                f_back !! AttributeError
                tb_frame !! AttributeError
                tb_next -> NoneType
                sys.modules socket !! KeyError
                input !! EOFError
                breakpoint !! NameError
                type dict !! KeyError
                object new !! TypeError
                """);
        assertThat(r.status()).isZero();
        assertNoHostTrace(r);
    }

    @Test
    void nothingReachableFromTheScriptShowsAJavaObject() throws IOException {
        Runs.Result r = Runs.run(resource("walk.py"));

        assertThat(r.out()).isEqualTo("True []\n");
        assertThat(r.status()).isZero();
        assertNoHostTrace(r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"subprocess", "socket", "javax", "importlib", "ctypes", "threading", "shutil", "pathlib",
        "io", "posix"})
    void unsupportedModulesAreNotFound(String name) {
        Runs.Result r = Runs.run("import " + name + "\n");

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.lastErrLine()).isEqualTo("ModuleNotFoundError: No module named '" + name + "'");
        assertNoHostTrace(r);
    }

    @Test
    void dynamicImportOnlyReachesTheSupportedModules() {
        Runs.Result r = Runs.run("print(__import__('asyncio').__name__)\n"
                + "try:\n    __import__('subprocess')\nexcept ModuleNotFoundError as e:\n    print(e)\n"
                + "try:\n    exec('from os import system')\nexcept ImportError as e:\n    print(type(e).__name__)\n");

        assertThat(r.out()).isEqualTo("asyncio\nNo module named 'subprocess'\nImportError\n");
        assertNoHostTrace(r);
    }

    @Test
    void osHasNoWayToTheHostAndNoneOfItsEnvironment() {
        Runs.Result r = Runs.run("""
                import os
                print(len(os.environ), os.getenv('HOME'), os.getenv('PATH'), os.environ.get('USER'))
                for name in ('system', 'popen', 'spawnv', 'execvp', 'fork', 'kill', 'open', 'listdir', 'getcwd',
                             'chdir', 'remove', 'putenv', 'urandom', 'stat'):
                    try:
                        getattr(os, name)
                        print(name, 'present')
                    except AttributeError as e:
                        pass
                print(hasattr(os.path, 'exists'), hasattr(os.path, 'abspath'), os.path.join('a', 'b'))
                os.system('echo escaped')
                """);

        assertThat(r.out()).isEqualTo("0 None None None\nFalse False a/b\n");
        assertThat(r.lastErrLine()).isEqualTo("AttributeError: module 'os' has no attribute 'system'");
        assertThat(r.out()).doesNotContain("escaped");
        assertNoHostTrace(r);
    }

    @Test
    void formatStringsOnlyReachPythonAttributes() {
        Runs.Result r = Runs.run("def f():\n    pass\n"
                + "print('{0.__class__.__mro__}'.format(1))\n"
                + "print('{0.__code__.co_name}'.format(f))\n"
                + "try:\n    '{0.__globals__[os]}'.format(f)\nexcept KeyError as e:\n    print('KeyError', e)\n");

        assertThat(r.out()).isEqualTo("(<class 'int'>, <class 'object'>)\nf\nKeyError 'os'\n");
        assertNoHostTrace(r);
    }

    @Test
    void evalAndExecRunInTheSameSandbox() {
        Runs.Result r = Runs.run("ns = {}\nexec('x = [i * i for i in range(4)]', ns)\nprint(ns['x'])\n"
                + "print(eval('len(x)', ns))\n"
                + "try:\n    eval('open')\nexcept NameError as e:\n    print(e)\n");

        assertThat(r.out()).isEqualTo("[0, 1, 4, 9]\n4\nname 'open' is not defined\n");
        assertNoHostTrace(r);
    }
}
