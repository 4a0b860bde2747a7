package org.loopscope.trace.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.loopscope.trace.EventKind;
import org.loopscope.trace.TaskInterval;
import org.loopscope.trace.TaskState;
import org.loopscope.trace.Trace;
import org.loopscope.trace.TraceRecorder;
import org.loopscope.engine.support.Py;
import org.loopscope.engine.Asyncio;
import org.loopscope.engine.Engine;
import org.loopscope.engine.EventLoop;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The exports parse back with the right tracks, slices, lanes and colours, and are the same bytes every time. */
class ExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * <pre>
     * async def sleeper(name, d):
     *     print(name, 'sleeping'); await asyncio.sleep(d); print(name, 'woke')
     * async def main():
     *     t = asyncio.create_task(sleeper('long', 2))
     *     await asyncio.gather(sleeper('a', 0.5), sleeper('b', 1))
     *     time.sleep(0.25)
     *     await t
     * </pre>
     */
    static Trace program() {
        Engine engine = Engine.forJava();
        TraceRecorder recorder = TraceRecorder.attach(engine);
        Py py = new Py(engine);
        Asyncio asyncio = py.asyncio();
        Object[] task = new Object[1];
        java.util.function.BiFunction<String, Double, Object> sleeper = (name, d) -> py.coro("sleeper", c -> c
                .exec(() -> print(engine, name + " sleeping"))
                .await(() -> asyncio.sleep(d))
                .exec(() -> print(engine, name + " woke")));
        asyncio.run(py.coro("main", c -> c
                .exec(() -> task[0] = asyncio.getRunningLoop().createTask(
                        (org.loopscope.engine.Coroutine) sleeper.apply("long", 2.0), null))
                .await(() -> asyncio.gather(List.of(sleeper.apply("a", 0.5), sleeper.apply("b", 1.0)), false))
                .exec(() -> asyncio.getRunningLoop().block(0.25, "time.sleep"))
                .await(() -> task[0])));
        return recorder.trace();
    }

    private static void print(Engine engine, String text) {
        EventLoop loop = engine.runningLoop();
        engine.instruments().emit(i -> i.output(loop, "stdout", text + "\n"));
    }

    @Test
    void theChromeTraceHasATrackPerTaskAndTheLoopWithSlicesFlowsAndInstants() throws Exception {
        Trace trace = program();
        JsonNode root = JSON.readTree(ChromeTraceExporter.toBytes(trace));
        List<JsonNode> events = StreamSupport.stream(root.get("traceEvents").spliterator(), false).toList();
        Map<Integer, String> threads = new HashMap<>();
        for (JsonNode e : events) {
            if (e.get("ph").asText().equals("M") && e.get("name").asText().equals("thread_name")) {
                threads.put(e.get("tid").asInt(), e.get("args").get("name").asText());
            }
        }
        assertThat(threads).hasSize(trace.taskCount() + 1).containsEntry(0, "event loop");
        for (int t = 0; t < trace.taskCount(); t++) {
            assertThat(threads).containsEntry(t + 1, trace.taskName(t));
        }
        // One complete slice per state interval on the task's track, with the interval's times in microseconds.
        for (int t = 0; t < trace.taskCount(); t++) {
            int tid = t + 1;
            List<JsonNode> slices = events.stream().filter(e -> e.get("ph").asText().equals("X")
                    && e.get("tid").asInt() == tid).toList();
            List<TaskInterval> intervals = trace.intervalsOf(t);
            assertThat(slices).hasSize(intervals.size());
            for (int k = 0; k < slices.size(); k++) {
                assertThat(slices.get(k).get("args").get("state").asText())
                        .isEqualTo(intervals.get(k).state().name());
                assertThat(slices.get(k).get("ts").asDouble()).isEqualTo(intervals.get(k).start() * 1e6);
                assertThat(slices.get(k).get("dur").asDouble())
                        .isEqualTo(intervals.get(k).duration() * 1e6, org.assertj.core.api.Assertions.within(1e-3));
            }
        }
        JsonNode waitingOnLong = events.stream().filter(e -> e.get("ph").asText().equals("X")
                && e.get("name").asText().equals("WAITING Task-2")).findFirst().orElseThrow();
        assertThat(waitingOnLong.get("tid").asInt()).isEqualTo(1);
        List<JsonNode> loopSlices = events.stream().filter(e -> e.get("ph").asText().equals("X")
                && e.get("tid").asInt() == 0).toList();
        assertThat(loopSlices).extracting(e -> e.get("name").asText()).contains("idle", "blocked time.sleep",
                "step Task-1");
        // Flows come in pairs; main's await on Task-2 is one.
        Map<Integer, List<String>> flows = new HashMap<>();
        for (JsonNode e : events) {
            String ph = e.get("ph").asText();
            if (ph.equals("s") || ph.equals("f")) {
                flows.computeIfAbsent(e.get("id").asInt(), id -> new ArrayList<>()).add(ph + e.get("tid").asInt());
            }
        }
        assertThat(flows.values()).allSatisfy(pair -> assertThat(pair).hasSize(2));
        assertThat(flows.values()).contains(List.of("s1", "f2"));
        List<String> prints = events.stream().filter(e -> e.get("ph").asText().equals("i")
                && e.get("name").asText().equals("print")).map(e -> e.get("args").get("text").asText()).toList();
        assertThat(prints).containsExactly("long sleeping\n", "a sleeping\n", "b sleeping\n", "a woke\n",
                "b woke\n", "long woke\n");
    }

    @Test
    void theJsonLinesHaveOneObjectPerEvent() throws Exception {
        Trace trace = program();
        String text = new String(JsonLinesExporter.toBytes(trace), StandardCharsets.UTF_8);
        String[] lines = text.split("\n");
        assertThat(lines).hasSize(trace.size());
        List<String> spawnedCoroutines = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            JsonNode event = JSON.readTree(lines[i]);
            assertThat(event.get("i").asInt()).isEqualTo(i);
            assertThat(event.get("kind").asText()).isEqualTo(trace.events().kind(i).jsonName());
            assertThat(event.get("time").asDouble()).isEqualTo(trace.events().time(i));
            if (trace.events().task(i) >= 0) {
                assertThat(event.get("taskName").asText()).isEqualTo(trace.taskName(trace.events().task(i)));
            }
            if (trace.events().kind(i) == EventKind.TASK_SCHEDULED) {
                assertThat(event.get("cause").asInt()).isEqualTo(trace.events().cause(i));
            }
            if (trace.events().kind(i) == EventKind.TASK_SPAWNED) {
                spawnedCoroutines.add(event.get("coro").asText());
            } else {
                assertThat(event.has("coro")).as("coro only on task_spawned").isFalse();
            }
        }
        // asyncio.run's closing tasks drive the loop's own coroutines, as CPython's qualnames say.
        assertThat(spawnedCoroutines).containsExactly("main", "sleeper", "sleeper", "sleeper",
                "BaseEventLoop.shutdown_asyncgens", "BaseEventLoop.shutdown_default_executor");
        assertThat(text).endsWith("\n");
    }

    @Test
    void theSvgIsWellFormedWithALanePerTask() throws Exception {
        Trace trace = program();
        byte[] svg = SvgExporter.toBytes(trace, "sleepers", 900);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg));
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        List<String> texts = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName("text");
        for (int k = 0; k < nodes.getLength(); k++) {
            texts.add(nodes.item(k).getTextContent());
        }
        assertThat(texts).contains("sleepers", "event loop", "pending", "running", "waiting", "done", "failed",
                "cancelled", "blocked");
        for (int t = 0; t < trace.taskCount(); t++) {
            assertThat(texts).containsOnlyOnce(trace.taskName(t));
        }
        NodeList patterns = doc.getElementsByTagName("pattern");
        assertThat(patterns.getLength()).isEqualTo(Swatch.values().length);
        // Every task lane has its slices: the rects of lane t + 1 cover each interval.
        NodeList rects = doc.getElementsByTagName("rect");
        int waitingRects = 0;
        for (int k = 0; k < rects.getLength(); k++) {
            Element rect = (Element) rects.item(k);
            if (rect.getAttribute("class").equals("waiting")) {
                waitingRects++;
                assertThat(rect.getAttribute("fill")).isEqualTo("url(#swatch-waiting)");
            }
        }
        long waitingIntervals = trace.intervals().stream().filter(i -> i.state() == TaskState.WAITING).count();
        assertThat(waitingRects).isEqualTo(waitingIntervals + 1);
    }

    @Test
    void thePngShowsTheStateColoursAtTheLanes() throws Exception {
        Trace trace = program();
        int width = 900;
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(PngExporter.toBytes(trace, "sleepers", width)));
        assertThat(image.getWidth()).isEqualTo(width);
        double end = trace.endTime();
        // Task-2 ('long') waits from 0 to 2; Task-1 (main) waits on the gather from 0 to 1; the loop is blocked
        // from 1 to 1.25; Task-3 is done from 0.5 to the end.
        assertThat(dominant(image, 2, 0.2, 1.8, end, width)).isEqualTo(Swatch.WAITING.rgb());
        assertThat(dominant(image, 1, 0.1, 0.9, end, width)).isEqualTo(Swatch.WAITING.rgb());
        assertThat(dominant(image, 0, 1.02, 1.23, end, width)).isEqualTo(Swatch.BLOCKED.rgb());
        assertThat(end).isEqualTo(2.0);
        assertThat(dominant(image, 3, 0.6, 1.9, end, width)).isEqualTo(Swatch.DONE.rgb());
        assertThat(dominant(image, 0, 0.1, 0.4, end, width)).isEqualTo(Swatch.IDLE.rgb());
    }

    /** The most frequent colour inside lane {@code lane} between two times. */
    private static int dominant(BufferedImage image, int lane, double from, double to, double end, int width) {
        Map<Integer, Integer> counts = new HashMap<>();
        int x0 = (int) Math.ceil(TimelineScene.x(from, end, width));
        int x1 = (int) Math.floor(TimelineScene.x(to, end, width));
        int y0 = (int) Math.ceil(TimelineScene.laneTop(lane));
        int y1 = (int) Math.floor(TimelineScene.laneTop(lane) + TimelineScene.laneHeight()) - 1;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                counts.merge(image.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    @Test
    void twoIdenticalRunsExportTheSameBytes() {
        Trace first = program();
        Trace second = program();
        assertThat(ChromeTraceExporter.toBytes(second)).isEqualTo(ChromeTraceExporter.toBytes(first));
        assertThat(JsonLinesExporter.toBytes(second)).isEqualTo(JsonLinesExporter.toBytes(first));
        assertThat(SvgExporter.toBytes(second, "t", 800)).isEqualTo(SvgExporter.toBytes(first, "t", 800));
        assertThat(PngExporter.toBytes(second, "t", 800)).isEqualTo(PngExporter.toBytes(first, "t", 800));
    }

    @Test
    void niceTicksAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(TimelineScene.niceStep(0.3)).isEqualTo(0.5);
        assertThat(TimelineScene.niceStep(0.12)).isEqualTo(0.2);
        assertThat(TimelineScene.niceStep(7)).isEqualTo(10);
        assertThat(TimelineScene.niceStep(1)).isEqualTo(1);
        assertThat(TimelineScene.seconds(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(TimelineScene.seconds(2)).isEqualTo("2");
    }
}
