package org.loopscope.ui.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.ResourceBundle;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;

/**
 * Loads FXML whose texts are written {@code text="%key"}, as JavaFX's own internationalisation does, but so that
 * they follow a change of language at run time.
 *
 * <p>A plain {@code FXMLLoader} with a resource bundle puts the translated string in place once; switching the
 * language would mean loading the FXML again and rebuilding the window. Here the loader is given a bundle that
 * answers every known key with a marker ({@code %key} itself), and after loading, {@link #localize} walks the tree
 * and binds each marked text to {@link I18n#bind}. It finds texts of labels and buttons, menus and their items,
 * tabs, tooltips and prompt texts, also inside tool bars, split panes, tab panes, scroll panes and titled panes,
 * and gives the {@link I18n} to every {@link Localizable} node on the way.
 *
 * <p>A key that is not in the English bundle stops the loading with FXML's "Resource not found" error, so a typo
 * in FXML shows the first time the view is opened (and in its test), not on a screen in a classroom.
 */
public final class LocalizedFxml {

    /** What a marked text starts with: the key follows. */
    static final String MARKER = "%";

    private LocalizedFxml() {
    }

    /**
     * Loads an FXML file into a root that is also its controller ({@code fx:root}), and localizes it.
     *
     * @throws UncheckedIOException if the file cannot be read or names an unknown key
     */
    public static void load(URL fxml, Object rootAndController, I18n i18n) {
        FXMLLoader loader = new FXMLLoader(fxml);
        loader.setRoot(rootAndController);
        loader.setController(rootAndController);
        loader.setResources(new KeyBundle());
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxml, e);
        }
        localize(rootAndController, i18n);
    }

    /**
     * Binds every marked text under the object (a node, menu, menu item, tab or tooltip) to the current language,
     * and localizes every {@link Localizable} node. Safe to call again on the same tree: bound texts are skipped.
     */
    public static void localize(Object root, I18n i18n) {
        if (root instanceof Localizable localizable) {
            localizable.localize(i18n);
        }
        if (root instanceof MenuItem item) {
            bindText(item.textProperty(), i18n);
            if (item instanceof Menu menu) {
                menu.getItems().forEach(child -> localize(child, i18n));
            }
            if (item.getGraphic() != null) {
                localize(item.getGraphic(), i18n);
            }
            return;
        }
        if (root instanceof Tab tab) {
            bindText(tab.textProperty(), i18n);
            localize(tab.getTooltip(), i18n);
            localize(tab.getContent(), i18n);
            return;
        }
        if (root instanceof Tooltip tooltip) {
            bindText(tooltip.textProperty(), i18n);
            return;
        }
        if (root instanceof Node node) {
            localizeNode(node, i18n);
        }
    }

    private static void localizeNode(Node node, I18n i18n) {
        if (node instanceof Labeled labeled) {
            bindText(labeled.textProperty(), i18n);
            localize(labeled.getGraphic(), i18n);
        }
        if (node instanceof TextInputControl input) {
            bindText(input.promptTextProperty(), i18n);
        }
        if (node instanceof Control control) {
            localize(control.getTooltip(), i18n);
            if (control.getContextMenu() != null) {
                control.getContextMenu().getItems().forEach(item -> localize(item, i18n));
            }
        }
        // Controls keep these in lists of their own; they become children only once a skin is made.
        if (node instanceof MenuBar bar) {
            bar.getMenus().forEach(menu -> localize(menu, i18n));
        } else if (node instanceof ToolBar bar) {
            bar.getItems().forEach(item -> localize(item, i18n));
        } else if (node instanceof SplitPane split) {
            split.getItems().forEach(item -> localize(item, i18n));
        } else if (node instanceof TabPane tabs) {
            tabs.getTabs().forEach(tab -> localize(tab, i18n));
        } else if (node instanceof ScrollPane scroll) {
            localize(scroll.getContent(), i18n);
        } else if (node instanceof TitledPane titled) {
            localize(titled.getContent(), i18n);
        } else if (node instanceof Parent parent && !(node instanceof Control)) {
            parent.getChildrenUnmodifiable().forEach(child -> localize(child, i18n));
        }
    }

    private static void bindText(StringProperty text, I18n i18n) {
        String value = text.get();
        if (text.isBound() || value == null || !value.startsWith(MARKER) || value.length() == MARKER.length()) {
            return;
        }
        text.bind(i18n.bind(value.substring(MARKER.length())));
    }

    /** Answers each key of the English bundle with its marker, and knows no other key. */
    private static final class KeyBundle extends ResourceBundle {
        private final ResourceBundle english = I18n.bundle(UiLanguage.EN);

        @Override
        protected Object handleGetObject(String key) {
            return english.containsKey(key) ? MARKER + key : null;
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.enumeration(english.keySet());
        }
    }
}
