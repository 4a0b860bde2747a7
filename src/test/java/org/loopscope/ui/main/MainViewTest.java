package org.loopscope.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextArea;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.loopscope.session.BuildInfo;
import org.loopscope.ui.timeline.TimelineView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window as the app opens it, on a headless (Monocle) screen. */
@ExtendWith(ApplicationExtension.class)
class MainViewTest {

    private static final Path SNAPSHOT = Path.of("target", "ui-snapshots", "main-view.png");
    private static final Path SNAPSHOT_DARK = Path.of("target", "ui-snapshots", "main-view-dark.png");

    private Stage stage;
    private MainViewModel viewModel;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        this.viewModel = new MainViewModel(new BuildInfo("Loopscope", "test"));
        MainView.showIn(stage, viewModel);
    }

    @Test
    void opensAtTheStandardSizeWithTheTitle() {
        assertThat(stage.getTitle()).isEqualTo("Loopscope");
        assertThat(stage.getScene().getWidth()).isEqualTo(MainView.WIDTH);
        assertThat(stage.getScene().getHeight()).isEqualTo(MainView.HEIGHT);
        assertThat(stage.getMinWidth()).isEqualTo(MainView.MIN_WIDTH);
        assertThat(stage.getMinHeight()).isEqualTo(MainView.MIN_HEIGHT);
    }

    @Test
    void menuBarHasFileViewAndHelp(FxRobot robot) {
        MenuBar menuBar = robot.lookup("#menuBar").queryAs(MenuBar.class);

        assertThat(menuBar.getMenus()).extracting(Menu::getText).map(text -> text.replace("_", ""))
                .containsExactly("File", "View", "Help");
        assertThat(menuBar.getMenus().get(0).getItems()).extracting(item -> item.getText())
                .filteredOn(text -> text != null).map(text -> text.replace("_", ""))
                .containsExactly("New", "Open…", "Save", "Quit");
    }

    @Test
    void codeAreaShowsTheViewModelsScript(FxRobot robot) {
        TextArea code = robot.lookup("#codeArea").queryAs(TextArea.class);

        assertThat(code.getText()).isEqualTo(viewModel.codeProperty().get()).contains("asyncio.gather");
    }

    @Test
    void timelineCanvasFollowsTheWindowSize(FxRobot robot) {
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        Canvas canvas = robot.lookup("#timelineCanvas").queryAs(Canvas.class);
        assertThat(canvas).isSameAs(timeline.canvas());
        double widthBefore = canvas.getWidth();
        double heightBefore = canvas.getHeight();
        assertThat(widthBefore).isGreaterThan(400);
        assertThat(heightBefore).isGreaterThan(400);

        robot.interact(() -> {
            stage.setWidth(stage.getWidth() - 300);
            stage.setHeight(stage.getHeight() - 200);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(canvas.getWidth()).isLessThan(widthBefore - 100).isEqualTo(timeline.getWidth());
        assertThat(canvas.getHeight()).isLessThan(heightBefore - 100).isEqualTo(timeline.getHeight());
    }

    @Test
    void snapshotShowsSomething() throws Exception {
        BufferedImage picture = snapshot(SNAPSHOT);

        assertThat(picture.getWidth()).isEqualTo((int) MainView.WIDTH);
        assertThat(distinctColours(picture)).as("distinct colours in the window").isGreaterThan(20);
        // The timeline's right half holds the axis and the hint, so it must not be one flat colour either.
        assertThat(distinctColours(rightHalf(picture))).as("distinct colours in the timeline").isGreaterThan(5);
        assertThat(meanBrightness(rightHalf(picture))).as("light timeline").isGreaterThan(0.8);
    }

    @Test
    void darkThemeRestylesTheWindow(FxRobot robot) throws Exception {
        MainView view = (MainView) stage.getScene().getRoot();

        robot.interact(() -> viewModel.darkThemeProperty().set(true));
        assertThat(view.getStyleClass()).contains("dark");
        BufferedImage dark = snapshot(SNAPSHOT_DARK);
        assertThat(meanBrightness(rightHalf(dark))).as("dark timeline").isLessThan(0.3);
        assertThat(meanBrightness(dark.getSubimage(0, 0, dark.getWidth() / 4, dark.getHeight())))
                .as("dark code area").isLessThan(0.4);

        robot.interact(() -> viewModel.darkThemeProperty().set(false));
        assertThat(view.getStyleClass()).doesNotContain("dark");
    }

    /** Takes a picture of the whole window and keeps it under target/ for a human to look at. */
    private BufferedImage snapshot(Path file) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().getRoot().snapshot(null, null))
                .get(10, TimeUnit.SECONDS);
        BufferedImage picture = toBufferedImage(image);
        Files.createDirectories(file.getParent());
        ImageIO.write(picture, "png", file.toFile());
        assertThat(Files.size(file)).isPositive();
        return picture;
    }

    private static BufferedImage rightHalf(BufferedImage picture) {
        return picture.getSubimage(picture.getWidth() / 2, 0, picture.getWidth() / 2, picture.getHeight());
    }

    /** Returns the average luminance, from 0 (black) to 1 (white). */
    private static double meanBrightness(BufferedImage picture) {
        double sum = 0;
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                int rgb = picture.getRGB(x, y);
                sum += 0.2126 * (rgb >> 16 & 0xff) + 0.7152 * (rgb >> 8 & 0xff) + 0.0722 * (rgb & 0xff);
            }
        }
        return sum / 255 / picture.getWidth() / picture.getHeight();
    }

    /** Copies pixels through a PixelReader, so the test needs no javafx-swing. */
    private static BufferedImage toBufferedImage(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        PixelReader reader = image.getPixelReader();
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                picture.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        return picture;
    }

    private static int distinctColours(BufferedImage picture) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                colours.add(picture.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
