package org.loopscope.script.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.loopscope.script.compile.Compiler;
import org.loopscope.script.interp.Constants;
import org.loopscope.script.syntax.Parser;

/** The library modules written in Python: their sources compile, and marked lines sit at CPython's numbers. */
class SourceModulesTest {

    @Test
    void aMarkedLineMovesToItsNumberWithoutItsComment() {
        String placed = SourceModules.placeLines("a\nb  # line 5\nc\n");
        assertThat(placed.split("\n", -1)).startsWith("a", "", "", "", "b", "c");
    }

    @Test
    void aMarkBeforeTheCurrentLineIsAnError() {
        assertThatThrownBy(() -> SourceModules.placeLines("a\nb\nc  # line 2\n"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void everyLibraryModuleCompilesAtCPythonsPath() {
        for (String name : SourceModules.NAMES) {
            String path = SourceModules.path(name);
            assertThat(path).startsWith("/root/.pyenv/versions/3.11.7/lib/python3.11/").endsWith(".py");
            Compiler.compile(Parser.parseModule(SourceModules.read(name), path), Constants.INSTANCE);
        }
        assertThat(SourceModules.path("collections.abc")).endsWith("/collections/abc.py");
        assertThat(SourceModules.path("json")).endsWith("/json/__init__.py");
    }

    @Test
    void contextlibFramesShowCPythonsLines() {
        String path = SourceModules.path("contextlib");
        assertThat(SourceModules.sourceLine(path, 210)).isEqualTo("            return await anext(self.gen)");
        assertThat(SourceModules.sourceLine(path, 231).strip()).isEqualTo("await self.gen.athrow(typ, value, traceback)");
        assertThat(SourceModules.sourceLine("/elsewhere/contextlib.py", 210)).isNull();
    }
}
