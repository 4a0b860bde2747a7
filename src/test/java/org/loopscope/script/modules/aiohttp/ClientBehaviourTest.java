package org.loopscope.script.modules.aiohttp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.loopscope.script.modules.SimulatedRun;

/**
 * aiohttp 3.9's client as documented: responses and their reprs, {@code raise_for_status()}'s message,
 * {@code ClientTimeout}'s three timeouts and the errors they raise, {@code json()}, closed sessions, the error
 * classes, and {@code aiohttp.request}. Messages and reprs are aiohttp's (client_exceptions.py, client_reqrep.py).
 */
class ClientBehaviourTest {

    private static SimulatedRun run(String body) {
        return SimulatedRun.of("import asyncio\nimport aiohttp\n\n\nasync def main():\n"
                + body.indent(4) + "\n\nasyncio.run(main())\n");
    }

    @Test
    void status404AndRaiseForStatus() {
        SimulatedRun run = run("""
                async with aiohttp.ClientSession() as session:
                    async with session.get("http://httpbin.org/status/404") as resp:
                        print(resp.status, resp.reason, resp.ok)
                        try:
                            resp.raise_for_status()
                        except aiohttp.ClientResponseError as e:
                            print(e)
                            print(e.status, repr(e.message), isinstance(e, aiohttp.ClientError))
                            print(type(e).__module__, e.request_info.method)
                """);

        assertThat(run.lines()).containsExactly("404 Not Found False",
                "404, message='Not Found', url=URL('http://httpbin.org/status/404')",
                "404 'Not Found' True",
                "aiohttp.client_exceptions GET");
    }

    @Test
    void totalTimeoutRaisesTimeoutErrorWhenTheLatencyExceedsIt() {
        SimulatedRun run = run("""
                loop = asyncio.get_running_loop()
                async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=0.5)) as session:
                    try:
                        async with session.get("http://httpbin.org/delay/1") as resp:
                            print("answered")
                    except asyncio.TimeoutError as e:
                        print(type(e).__name__, repr(e), e.__cause__, e.__suppress_context__, loop.time())
                    task = asyncio.current_task()
                    print(task.cancelling())
                """);

        assertThat(run.err()).isEmpty();
        assertThat(run.lines()).containsExactly("TimeoutError TimeoutError() None True 0.5", "1");
    }

    @Test
    void connectTimeoutCountsTheWaitForAFreeConnection() {
        SimulatedRun run = run("""
                loop = asyncio.get_running_loop()
                timeout = aiohttp.ClientTimeout(connect=0.5)
                async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=1)) as session:
                    async def fetch():
                        try:
                            async with session.get("http://httpbin.org/delay/1", timeout=timeout) as resp:
                                return resp.status
                        except aiohttp.ServerTimeoutError as e:
                            return f"{e!r} {isinstance(e, asyncio.TimeoutError)} {loop.time()}"
                    print(await asyncio.gather(fetch(), fetch()))
                """);

        assertThat(run.lines()).containsExactly("[200, \"ServerTimeoutError('Connection timeout to host "
                + "http://httpbin.org/delay/1') True 0.5\"]");
    }

    @Test
    void sockReadTimeoutEndsAnAnswerThatTakesTooLong() {
        SimulatedRun run = run("""
                loop = asyncio.get_running_loop()
                async with aiohttp.ClientSession() as session:
                    try:
                        await session.get("http://httpbin.org/delay/1", timeout=aiohttp.ClientTimeout(sock_read=0.2))
                    except aiohttp.ServerTimeoutError as e:
                        print(repr(e), loop.time())
                    print(aiohttp.ClientTimeout(total=3))
                """);

        assertThat(run.lines()).containsExactly(
                "ServerTimeoutError('Timeout on reading data from socket') 0.2",
                "ClientTimeout(total=3, connect=None, sock_read=None, sock_connect=None, ceil_threshold=5)");
    }

    @Test
    void jsonOfTheSlideshowDocument() {
        SimulatedRun run = run("""
                async with aiohttp.ClientSession() as session:
                    async with session.get("http://httpbin.org/json") as resp:
                        print(resp.content_type, resp.headers["content-type"])
                        doc = await resp.json()
                        show = doc["slideshow"]
                        print(show["title"], "by", show["author"])
                        print([slide["title"] for slide in show["slides"]])
                    async with session.get("http://httpbin.org/status/200") as resp:
                        try:
                            await resp.json()
                        except aiohttp.ContentTypeError as e:
                            print(e)
                """);

        assertThat(run.lines()).containsExactly("application/json application/json",
                "Sample Slide Show by Yours Truly",
                "['Wake up to WonderWidgets!', 'Overview']",
                "0, message='Attempt to decode JSON with unexpected mimetype: text/html; charset=utf-8', "
                        + "url=URL('http://httpbin.org/status/200')");
    }

    @Test
    void aClosedSessionRefusesRequests() {
        SimulatedRun run = run("""
                session = aiohttp.ClientSession()
                print(session.closed)
                await session.close()
                print(session.closed)
                try:
                    async with session.get("http://httpbin.org/get") as resp:
                        pass
                except RuntimeError as e:
                    print(repr(e))
                """);

        assertThat(run.lines()).containsExactly("False", "True", "RuntimeError('Session is closed')");
    }

    @Test
    void responseReprIsAiohttpsTwoLines() {
        SimulatedRun run = run("""
                async with aiohttp.ClientSession() as session:
                    resp = await session.get("http://httpbin.org/get")
                    print(repr(resp), end="")
                    print(resp.url, repr(resp.url), resp.method)
                """);

        assertThat(run.out()).isEqualTo("<ClientResponse(http://httpbin.org/get) [200 OK]>\n"
                + "<CIMultiDictProxy('Date': 'Thu, 01 Jan 1970 00:00:00 GMT', 'Content-Type': 'application/json', "
                + "'Content-Length': '241', 'Connection': 'keep-alive', 'Server': 'gunicorn/19.9.0', "
                + "'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true')>\n"
                + "http://httpbin.org/get URL('http://httpbin.org/get') GET\n");
    }

    @Test
    void connectionErrorsAndBadUrls() {
        SimulatedRun run = run("""
                async with aiohttp.ClientSession() as session:
                    try:
                        await session.get("http://no-such-host.invalid/")
                    except aiohttp.ClientConnectorError as e:
                        print(e)
                        print(isinstance(e, aiohttp.ClientConnectionError), isinstance(e, OSError))
                    try:
                        await session.get("httpbin.org/get")
                    except aiohttp.InvalidURL as e:
                        print(repr(e), isinstance(e, ValueError))
                """);

        assertThat(run.lines()).containsExactly(
                "Cannot connect to host no-such-host.invalid:80 ssl:default [Name or service not known]",
                "True True",
                "<InvalidURL httpbin.org/get> True");
    }

    @Test
    void aiohttpRequestIsAContextManagerOnly() {
        SimulatedRun run = run("""
                async with aiohttp.request("GET", "http://httpbin.org/status/201") as resp:
                    print(resp.status, resp.reason)
                try:
                    await aiohttp.request("GET", "http://httpbin.org/get")
                except TypeError as e:
                    print(e)
                """);

        assertThat(run.lines()).containsExactly("201 Created",
                "object _SessionRequestContextManager can't be used in 'await' expression");
    }

    @Test
    void postEchoesJsonAndGetEchoesArguments() {
        SimulatedRun run = run("""
                async with aiohttp.ClientSession() as session:
                    async with session.post("http://httpbin.org/post", json={"n": 1}) as resp:
                        echo = await resp.json()
                        print(echo["json"], echo["data"], echo["headers"]["Content-Type"])
                    async with session.get("http://httpbin.org/get", params={"q": "a b"}) as resp:
                        echo = await resp.json()
                        print(resp.url, echo["args"], echo["headers"]["User-Agent"])
                    async with session.get("http://httpbin.org/post") as resp:
                        print(resp.status, resp.reason)
                """);

        assertThat(run.lines()).containsExactly("{'n': 1} {\"n\": 1} application/json",
                "http://httpbin.org/get?q=a+b {'q': 'a b'} Python/3.11 aiohttp/3.9.5",
                "405 Method Not Allowed");
    }

    @Test
    void aRequestIsACoroutineForGatherAndCreateTask() {
        SimulatedRun run = run("""
                async with aiohttp.ClientSession() as session:
                    responses = await asyncio.gather(*(session.get(f"http://httpbin.org/status/{code}")
                                                      for code in (200, 404)))
                    print([r.status for r in responses])
                    task = asyncio.create_task(session.get("http://httpbin.org/status/201"))
                    print((await task).reason, task.get_name())
                """);

        assertThat(run.lines()).containsExactly("[200, 404]", "Created Task-4");
    }
}
