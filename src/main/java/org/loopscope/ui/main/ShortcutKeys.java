package org.loopscope.ui.main;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;

/**
 * The main window's keys beyond its menus' accelerators. Ctrl+= is in the View menu; Ctrl++ (typed with Shift, or on
 * the keypad) and keypad Ctrl+- do the same. F6 moves the keyboard focus between the code and the timeline, so the
 * keys that act outside the editor (the presenter's L and ?) are in reach without a mouse.
 */
final class ShortcutKeys {

    private ShortcutKeys() {
    }

    /** Puts the zoom keys and F6 (between {@code code} and {@code timeline}) on {@code scene}. */
    static void install(Scene scene, MainViewModel viewModel, Node code, Node timeline) {
        for (String keys : List.of("Shortcut+Shift+EQUALS", "Shortcut+PLUS", "Shortcut+ADD")) {
            scene.getAccelerators().put(KeyCombination.keyCombination(keys), viewModel::zoomIn);
        }
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+SUBTRACT"), viewModel::zoomOut);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+NUMPAD0"), viewModel::resetZoom);
        scene.getAccelerators().put(KeyCombination.keyCombination("F6"), () -> {
            if (code.isFocused()) {
                timeline.requestFocus();
            } else {
                code.requestFocus();
            }
        });
    }
}
