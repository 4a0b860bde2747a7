package org.loopscope.ui.presenter;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.fxmisc.richtext.GenericStyledArea;
import org.loopscope.ui.i18n.I18n;

/**
 * Presenter mode on a window, as {@link PresenterViewModel} decides it: full screen, the high-contrast stylesheet
 * and the {@code presenter} style class on the host (the window's root), the laser-pointer circle and the key list
 * over it, and the keys that work it.
 *
 * <p>Keys: Esc closes the key list or else leaves presenter mode (F11, the View menu's accelerator, toggles it);
 * {@code ?} shows or hides the key list (F1 too, from the Help menu); {@code L} switches the laser pointer. The
 * single-character keys act only while the focus is not in a text the user types into, so the code can still
 * contain an L; entering presenter mode moves the focus out of the editor (to the node given to
 * {@link #focusOnEnter}) so they work at once. The key list shows every menu item that has an accelerator, read
 * from the menu bar when the list opens, and the keys added with {@link #addKey}.
 *
 * <p>A feature with a high-contrast look writes {@code .presenter} rules in its own stylesheet; what every
 * control shares (text, borders) is in {@code presenter.css}.
 */
public final class PresenterMode {

    /** The radius of the laser-pointer circle, in pixels at the standard font size. */
    static final double LASER_RADIUS = 26;

    private final Pane host;
    private final PresenterViewModel viewModel;
    private final I18n i18n;
    private final MenuBar menus;
    private final Pane overlay = new Pane();
    private final Circle laser = new Circle(LASER_RADIUS);
    private final KeyHintsView keyHints;
    private final String highContrast = stylesheet("presenter.css");
    private final List<Extra> extraKeys = new ArrayList<>();
    private Stage stage;
    private Node focusOnEnter;
    private WindowPlace windowed;
    private double mouseX = Double.NaN;
    private double mouseY = Double.NaN;

    /** A key that is in no menu, for the key list: the keys and the bundle key of what they do. */
    private record Extra(String keys, String actionKey) {
    }

    /** Where the window was before it went full screen, to remember instead of the screen's size. */
    public record WindowPlace(double x, double y, double width, double height, boolean maximized) {
    }

    /**
     * Adds the overlay (laser pointer, key list) to the host, over its content.
     *
     * @param host      the window's root; it gets the {@code presenter} style class while presenter mode is on
     * @param viewModel presenter mode's state
     * @param i18n      the window's texts
     * @param menus     the window's menus, whose accelerators the key list shows
     */
    public PresenterMode(Pane host, PresenterViewModel viewModel, I18n i18n, MenuBar menus) {
        this.host = Objects.requireNonNull(host, "host");
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.menus = Objects.requireNonNull(menus, "menus");
        this.keyHints = new KeyHintsView(i18n, this::hints);
        buildOverlay();
        addKey("Esc", "keys.presenter.leave");
        addKey("?", "keys.hints");
        addKey("L", "keys.laser");
        addKey("F10", "keys.menus");
        viewModel.activeProperty().addListener((observable, before, on) -> apply(on));
    }

    /**
     * Lists a key that is in no menu in the key list. Keys with a menu item need not be added: every accelerator
     * of the menu bar is listed.
     *
     * @param keys      the keys as shown, e.g. {@code F6} or {@code Space}
     * @param actionKey the bundle key of what they do
     */
    public void addKey(String keys, String actionKey) {
        extraKeys.add(new Extra(keys, actionKey));
    }

    /** Names the node that takes the keyboard focus when presenter mode starts, e.g. the timeline. */
    public void focusOnEnter(Node node) {
        this.focusOnEnter = node;
    }

    /** Starts listening to the stage's keys and mouse; call once the host is the stage's scene root. */
    public void install(Stage stage) {
        this.stage = Objects.requireNonNull(stage, "stage");
        Scene scene = stage.getScene();
        // Esc is presenter mode's own key; full screen must not consume it first.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.fullScreenProperty().addListener((observable, before, full) -> {
            if (!full && viewModel.activeProperty().get()) {
                // The window manager took full screen away: presenter mode goes with it.
                viewModel.activeProperty().set(false);
            }
        });
        scene.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        scene.addEventHandler(KeyEvent.KEY_TYPED, this::keyTyped);
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, this::mouseMoved);
        scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::mouseMoved);
        if (viewModel.activeProperty().get()) {
            apply(true);
        }
    }

    /** Returns where the window is, or was before presenter mode made it full screen. */
    public WindowPlace restingPlace() {
        if (viewModel.activeProperty().get() && windowed != null) {
            return windowed;
        }
        return new WindowPlace(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }

    /** Returns the key list's node, for tests. */
    public Node keyHintsNode() {
        return keyHints;
    }

    /** Returns the laser pointer's circle, for tests. */
    public Circle laserNode() {
        return laser;
    }

    private void buildOverlay() {
        overlay.getStylesheets().add(stylesheet("overlay.css"));
        overlay.getStyleClass().add("presenter-overlay");
        overlay.setManaged(false);
        overlay.setPickOnBounds(false);
        overlay.mouseTransparentProperty().bind(viewModel.keyHintsProperty().not());
        laser.getStyleClass().add("laser-pointer");
        laser.setId("laserPointer");
        laser.setManaged(false);
        laser.setMouseTransparent(true);
        laser.visibleProperty().bind(viewModel.laserPointerProperty());
        // The circle grows with the text, so it stays visible from the back of the room.
        laser.radiusProperty().bind(viewModel.fontSizeProperty().multiply(LASER_RADIUS / 14));
        keyHints.setManaged(false);
        keyHints.visibleProperty().bind(viewModel.keyHintsProperty());
        keyHints.setOnMouseClicked(event -> viewModel.keyHintsProperty().set(false));
        overlay.getChildren().addAll(keyHints, laser);
        host.getChildren().add(overlay);
        host.widthProperty().addListener((observable, before, after) -> fit());
        host.heightProperty().addListener((observable, before, after) -> fit());
        viewModel.laserPointerProperty().addListener((observable, before, on) -> placeLaser());
        fit();
    }

    private void fit() {
        overlay.resizeRelocate(0, 0, host.getWidth(), host.getHeight());
        keyHints.resizeRelocate(0, 0, host.getWidth(), host.getHeight());
    }

    private void apply(boolean on) {
        host.getStyleClass().remove("presenter");
        host.getStylesheets().remove(highContrast);
        if (on) {
            host.getStyleClass().add("presenter");
            host.getStylesheets().add(highContrast);
        }
        if (on && focusOnEnter != null) {
            focusOnEnter.requestFocus();
        }
        if (stage == null) {
            return;
        }
        if (on && !stage.isFullScreen()) {
            windowed = new WindowPlace(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                    stage.isMaximized());
            stage.setFullScreenExitHint(i18n.text("presenter.exitHint"));
            stage.setFullScreen(true);
        } else if (!on && stage.isFullScreen()) {
            stage.setFullScreen(false);
        }
    }

    private void keyPressed(KeyEvent event) {
        if (event.getCode() != KeyCode.ESCAPE || event.isShortcutDown() || event.isAltDown() || event.isShiftDown()) {
            return;
        }
        if (viewModel.keyHintsProperty().get()) {
            viewModel.keyHintsProperty().set(false);
            event.consume();
        } else if (viewModel.activeProperty().get()) {
            viewModel.activeProperty().set(false);
            event.consume();
        }
    }

    private void keyTyped(KeyEvent event) {
        if (typingInto(stage.getScene().getFocusOwner()) || event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        switch (event.getCharacter()) {
            case "?" -> viewModel.keyHintsProperty().set(!viewModel.keyHintsProperty().get());
            case "l", "L" -> viewModel.laserPointerProperty().set(!viewModel.laserPointerProperty().get());
            default -> {
                return;
            }
        }
        event.consume();
    }

    private static boolean typingInto(Node node) {
        return node instanceof TextInputControl input && input.isEditable()
                || node instanceof GenericStyledArea<?, ?, ?> area && area.isEditable();
    }

    private void mouseMoved(MouseEvent event) {
        mouseX = event.getSceneX();
        mouseY = event.getSceneY();
        placeLaser();
    }

    private void placeLaser() {
        if (Double.isNaN(mouseX)) {
            mouseX = host.getWidth() / 2;
            mouseY = host.getHeight() / 2;
        }
        var local = overlay.sceneToLocal(mouseX, mouseY);
        if (local != null) {
            laser.setCenterX(local.getX());
            laser.setCenterY(local.getY());
        }
    }

    private List<KeyHint> hints() {
        List<KeyHint> hints = new ArrayList<>();
        for (Menu menu : menus.getMenus()) {
            addMenuHints(hints, withoutMnemonic(menu.getText()), menu);
        }
        String other = i18n.text("keys.group.other");
        for (Extra extra : extraKeys) {
            hints.add(new KeyHint(other, extra.keys(), i18n.text(extra.actionKey())));
        }
        return hints;
    }

    private static void addMenuHints(List<KeyHint> hints, String group, Menu menu) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu submenu) {
                addMenuHints(hints, group, submenu);
            } else if (item.getAccelerator() != null && item.getText() != null) {
                hints.add(new KeyHint(group, keys(item.getAccelerator()), withoutMnemonic(item.getText())));
            }
        }
    }

    /** Returns keys as the platform writes them ({@code Ctrl+S}, {@code ⌘S}), with a digit key as its digit. */
    static String keys(KeyCombination keys) {
        return keys.getDisplayText().replaceAll("DIGIT(\\d)", "$1");
    }

    /** Returns a menu text as shown: {@code _File} is File, {@code 文件(_F)} is 文件(F). */
    static String withoutMnemonic(String text) {
        return text == null ? "" : text.replaceAll("_(.)", "$1");
    }

    private static String stylesheet(String name) {
        URL url = Objects.requireNonNull(PresenterMode.class.getResource(name), () -> name + " is missing");
        return url.toExternalForm();
    }
}
