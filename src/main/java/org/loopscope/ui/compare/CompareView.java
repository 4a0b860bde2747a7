package org.loopscope.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.loopscope.ui.compare.CompareViewModel.Group;
import org.loopscope.ui.i18n.I18n;
import org.loopscope.ui.timeline.AxisMode;
import org.loopscope.ui.timeline.TimelineView;
import org.loopscope.ui.timeline.TimelineViewModel;

/**
 * Compare mode's window content: the player's controls on top; under them a group per variant — a header with the
 * variant's name over a band of its colour, then its lanes drawn by a {@link TimelineView} — all on one time axis
 * (zooming or panning one moves all) with one cursor at the same instant in each; the {@link CompareSummary summary
 * table} at the bottom. The groups' cursors follow the {@link CompareViewModel}'s instant; a click on a group's axis
 * moves the shared cursor there.
 */
public final class CompareView extends BorderPane {

    /** The band colours of the variants, in order: Okabe–Ito blue and yellow and a dark purple, apart from states. */
    static final List<String> COLOURS = List.of("#0072B2", "#F0E442", "#6A3D9A");

    private final CompareViewModel viewModel;
    private final I18n i18n;
    private final VBox groupsBox = new VBox();
    private final List<TimelineView> timelines = new ArrayList<>();
    private final DoubleProperty fontSize = new SimpleDoubleProperty(this, "fontSize", 14);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    private final CompareControls controls;
    private final CompareSummary summary;
    private final Label loading = new Label();
    private boolean syncing;

    /** The view of {@code viewModel}, with texts in the language of {@code i18n}. */
    public CompareView(CompareViewModel viewModel, I18n i18n) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        getStyleClass().add("compare-view");
        getStylesheets().add(Objects.requireNonNull(CompareView.class.getResource("compare.css")).toExternalForm());
        controls = new CompareControls(viewModel, i18n, this::zoomIn, this::zoomOut, this::fit);
        setTop(controls);
        summary = new CompareSummary(viewModel, i18n);
        groupsBox.getStyleClass().add("compare-groups");
        groupsBox.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(groupsBox);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        loading.setId("compareLoading");
        loading.textProperty().bind(i18n.bind("compare.loading"));
        StackPane center = new StackPane(scroll, loading);
        loading.visibleProperty().bind(Bindings.createBooleanBinding(() -> viewModel.groups().isEmpty(),
                viewModel.groupsProperty()));
        setCenter(center);
        // The table takes the height of its rows; the groups take the rest.
        summary.fixedCellSizeProperty().bind(fontSize.multiply(2.2));
        summary.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> summary.getFixedCellSize() * (Math.max(2, summary.getItems().size()) + 1.7),
                summary.fixedCellSizeProperty(), summary.getItems()));
        summary.setMinHeight(Region.USE_PREF_SIZE);
        setBottom(summary);
        viewModel.groupsProperty().addListener((observable, before, after) -> build(after));
        viewModel.timeProperty().addListener(observable -> moveCursors());
        viewModel.startedProperty().addListener(observable -> moveCursors());
        build(viewModel.groups());
    }

    /** The view-model shown. */
    public CompareViewModel viewModel() {
        return viewModel;
    }

    /** The window's font size: the timelines and texts scale with it. */
    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    /** Whether the timelines draw with the dark palette. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /** The timelines, one per variant, in order. */
    public List<TimelineView> timelines() {
        return List.copyOf(timelines);
    }

    /** The summary table. */
    public CompareSummary summary() {
        return summary;
    }

    /** The controls. */
    public CompareControls controls() {
        return controls;
    }

    private void build(List<Group> groups) {
        timelines.clear();
        groupsBox.getChildren().clear();
        for (Group group : groups) {
            TimelineView timeline = new TimelineView();
            timeline.setId("compareTimeline" + group.index());
            timeline.setToolbarShown(false);
            timeline.localize(i18n);
            timeline.fontSizeProperty().bind(fontSize);
            timeline.darkProperty().bind(dark);
            timeline.axisModeProperty().set(AxisMode.TIME);
            timeline.showModel(group.model());
            TimelineViewModel lanes = timeline.viewModel();
            // Tall enough for every lane, and the groups share what room is left.
            timeline.prefHeightProperty().bind(Bindings.createDoubleBinding(lanes::contentHeight,
                    lanes.scaleProperty(), lanes.modelProperty()));
            VBox.setVgrow(timeline, Priority.ALWAYS);
            lanes.cursorProperty().addListener((observable, before, after) -> clicked(group, after.intValue()));
            lanes.viewStartProperty().addListener(observable -> share(lanes));
            lanes.viewSpanProperty().addListener(observable -> share(lanes));
            timelines.add(timeline);
            groupsBox.getChildren().addAll(header(group), timeline);
        }
        fit();
        moveCursors();
    }

    private Region header(Group group) {
        Label name = new Label(group.label());
        name.getStyleClass().add("compare-group-name");
        Region band = new Region();
        band.getStyleClass().add("compare-group-band");
        band.setStyle("-fx-background-color: " + colour(group.index()) + ";");
        band.setMinWidth(8);
        band.prefHeightProperty().bind(name.heightProperty());
        HBox header = new HBox(8, band, name);
        header.setId("compareHeader" + group.index());
        header.getStyleClass().add("compare-group-header");
        header.setAlignment(Pos.CENTER_LEFT);
        header.setStyle("-fx-border-color: transparent transparent " + colour(group.index()) + " transparent;");
        return header;
    }

    /** The band colour of variant {@code index}. */
    static String colour(int index) {
        return COLOURS.get(index % COLOURS.size());
    }

    /** The cursor of every group at the shared instant: a line at that instant, the state after its events. */
    private void moveCursors() {
        syncing = true;
        try {
            for (int k = 0; k < timelines.size(); k++) {
                TimelineViewModel lanes = timelines.get(k).viewModel();
                lanes.cursorProperty().set(viewModel.cursorOf(k));
                lanes.cursorTimeProperty().set(viewModel.timeProperty().get());
            }
        } finally {
            syncing = false;
        }
    }

    /** A click on a group's axis put its cursor at {@code event}: the shared cursor goes to that event's instant. */
    private void clicked(Group group, int event) {
        if (!syncing) {
            viewModel.seek(group.model().timeOf(event));
            moveCursors();
        }
    }

    /** One group zoomed or panned: the others show the same part of the axis. */
    private void share(TimelineViewModel moved) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            double start = moved.viewStartProperty().get();
            double span = moved.viewSpanProperty().get();
            for (TimelineView timeline : timelines) {
                if (timeline.viewModel() != moved) {
                    timeline.viewModel().showRange(start, span);
                }
            }
        } finally {
            syncing = false;
        }
    }

    /** Says that the variants could not be run, where the timelines would be. */
    void failed(String message) {
        loading.textProperty().unbind();
        loading.setText(i18n.text("compare.failed", message));
        loading.visibleProperty().unbind();
        loading.setVisible(true);
    }

    /** Shows the whole of the longest variant in every group. */
    public void fit() {
        double end = viewModel.axisEnd() > 0 ? viewModel.axisEnd() : 1;
        syncing = true;
        try {
            for (TimelineView timeline : timelines) {
                timeline.viewModel().showRange(0, end * 1.05);
            }
        } finally {
            syncing = false;
        }
    }

    private void zoomIn() {
        if (!timelines.isEmpty()) {
            timelines.get(0).viewModel().zoomIn();
        }
    }

    private void zoomOut() {
        if (!timelines.isEmpty()) {
            timelines.get(0).viewModel().zoomOut();
        }
    }
}
