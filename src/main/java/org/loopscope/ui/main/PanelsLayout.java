package org.loopscope.ui.main;

import java.util.Objects;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.loopscope.ui.files.Settings;
import org.loopscope.ui.presenter.PresenterMode;

/**
 * How the main window is divided between the code, the timeline and the panels, and which panel tab is in front: set
 * from the settings when the window opens, and saved with the window's place when it closes.
 */
final class PanelsLayout {

    private final SplitPane codeSplit;
    private final SplitPane panelsSplit;
    private final TabPane panels;

    /** The layout of the two split panes and the panels' tabs. */
    PanelsLayout(SplitPane codeSplit, SplitPane panelsSplit, TabPane panels) {
        this.codeSplit = Objects.requireNonNull(codeSplit, "codeSplit");
        this.panelsSplit = Objects.requireNonNull(panelsSplit, "panelsSplit");
        this.panels = Objects.requireNonNull(panels, "panels");
    }

    /** Puts the dividers where they were; the panels keep their height when the window is resized. */
    void restoreSplits(Settings settings) {
        codeSplit.setDividerPositions(settings.codeDivider());
        panelsSplit.setDividerPositions(settings.panelsDivider());
        SplitPane.setResizableWithParent(panels, false);
    }

    /** Brings the panel tab that was in front to the front again; called once all the tabs are there. */
    void restoreTab(Settings settings) {
        panels.getTabs().stream().filter(tab -> settings.panelsTab().equals(tab.getId()))
                .findFirst().ifPresent(tab -> panels.getSelectionModel().select(tab));
    }

    /** Saves the layout with the window's {@code place}. */
    void save(MainViewModel viewModel, PresenterMode.WindowPlace place) {
        viewModel.saveSettings(place.x(), place.y(), place.width(), place.height(), place.maximized(),
                codeSplit.getDividerPositions()[0], panelsSplit.getDividerPositions()[0], selectedTab());
    }

    private String selectedTab() {
        Tab tab = panels.getSelectionModel().getSelectedItem();
        return tab == null || tab.getId() == null ? "" : tab.getId();
    }
}
