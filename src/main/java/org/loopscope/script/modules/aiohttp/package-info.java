/**
 * aiohttp 3.9's client ({@code ClientSession}, {@code request}, {@code TCPConnector}, {@code ClientTimeout},
 * {@code ClientResponse}, the {@code ClientError} family) on a simulated network: no socket is opened.
 *
 * <p>The address decides the answer, as httpbin.org's endpoints do ({@link
 * org.loopscope.script.modules.aiohttp.HttpBin}): {@code /delay/S} after S seconds, {@code /status/N} with status
 * N, {@code /json} the slideshow document, {@code /get} and friends an echo of the request; any other address a
 * small HTML page after 50 to 150 ms drawn from a generator of the network's own, seeded from the run's seed (the
 * script's {@code random} is left alone). The whole answer arrives at once, so the connection goes back to the pool
 * with it, as aiohttp does once a small body has been received.
 *
 * <p>The connector's limits are real ({@link org.loopscope.script.modules.aiohttp.Connector}, aiohttp's own
 * counting and FIFO waiters), and a request is visible in the trace: its task awaits
 * {@code TCPConnector.connect} while it waits for a connection and {@code GET http://...} while the server
 * answers, so a thousand requests with {@code limit=100} show as waves of a hundred. Timeouts are aiohttp's: the
 * total one cancels the task and raises {@code TimeoutError}, {@code connect} (the wait for a connection) and
 * {@code sock_read} raise {@code ServerTimeoutError}.
 *
 * <p>Not simulated: redirects, cookies, bytes ({@code read()}), streaming, websockets, TLS, and the warnings
 * aiohttp prints when an unclosed session is garbage-collected.
 */
package org.loopscope.script.modules.aiohttp;
