package org.loopscope.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The library modules load only when a program imports them, and only what they need. */
class StdlibImportTest {

    private static final String LOADED = "import sys\n"
            + "print(sorted(m for m in sys.modules if m in ('typing', 'collections', 'collections.abc', 'copy',"
            + " 'dataclasses', 'json', 'logging', 'contextvars')))\n";

    @Test
    void aProgramThatImportsNoneLoadsNone() {
        Runs.Result r = Runs.run("import asyncio\n" + LOADED);
        assertThat(r.out()).isEqualTo("[]\n");
    }

    @Test
    void anImportLoadsTheModuleAndWhatItImports() {
        Runs.Result r = Runs.run("import dataclasses\n" + LOADED);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("['copy', 'dataclasses']\n");
    }

    @Test
    void aSubmoduleBecomesAnAttributeOfItsPackage() {
        Runs.Result r = Runs.run("import collections.abc\nimport collections\n"
                + "print(collections.abc.Awaitable, collections.abc.__name__)\n");
        assertThat(r.out()).isEqualTo("<class 'collections.abc.Awaitable'> collections.abc\n");
    }

    @Test
    void datetimeNowIsTheRunsClockFromItsFixedEpoch() {
        Runs.Result r = Runs.run("""
                import asyncio, datetime, time
                async def main():
                    start = datetime.datetime.now()
                    await asyncio.sleep(90.5)
                    print(start, datetime.datetime.now() - start, datetime.datetime.fromtimestamp(time.time()))
                asyncio.run(main())
                """);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("2024-01-01 00:00:00 0:01:30.500000 2024-01-01 00:01:30.500000\n");
    }

    @Test
    void timeStrftimeReadsTheRunsClock() {
        Runs.Result r = Runs.run("""
                import asyncio, time
                async def main():
                    await asyncio.sleep(3723)
                    print(time.strftime('%X'), time.ctime(), time.localtime().tm_min)
                asyncio.run(main())
                """);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("01:02:03 Mon Jan  1 01:02:03 2024 2\n");
    }

    @Test
    void unsupportedModulesStayMissing() {
        Runs.Result r = Runs.run("import subprocess\n");
        assertThat(r.lastErrLine()).isEqualTo("ModuleNotFoundError: No module named 'subprocess'");
    }

    @Test
    void osLoadsItsPathModuleAndNothingElse() {
        Runs.Result r = Runs.run("import os.path\n" + LOADED.replace("'contextvars'", "'os', 'posixpath'"));
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("['os', 'posixpath']\n");
    }
}
