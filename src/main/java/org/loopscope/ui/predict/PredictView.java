package org.loopscope.ui.predict;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.loopscope.session.predict.Choice;
import org.loopscope.session.predict.Question;
import org.loopscope.ui.i18n.I18n;

/**
 * Predict mode's panel: the question and the score, one button per answer, the verdict on the last guess with the
 * sentence that explains it, and what to ask about (which task runs next, what prints next). Every text follows the
 * window's language.
 */
public final class PredictView extends ScrollPane {

    private final PredictViewModel viewModel;
    private final I18n i18n;
    private final FlowPane choices = new FlowPane(8, 8);

    public PredictView(PredictViewModel viewModel, I18n i18n) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        setId("predictView");
        getStyleClass().add("predict-view");
        setFitToWidth(true);

        Label prompt = new Label();
        prompt.setId("predictPrompt");
        prompt.getStyleClass().add("predict-prompt");
        prompt.textProperty().bind(i18n.bind(viewModel.promptProperty()));
        Label score = new Label();
        score.setId("predictScore");
        score.getStyleClass().add("predict-score");
        score.textProperty().bind(Bindings.createStringBinding(() -> i18n.text(viewModel.score()),
                viewModel.rightProperty(), viewModel.askedProperty(), i18n.languageProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        choices.setId("predictChoices");
        viewModel.choices().addListener((ListChangeListener<Choice>) change -> fillChoices());
        i18n.languageProperty().addListener((observable, before, after) -> fillChoices());
        fillChoices();

        Label verdict = new Label();
        verdict.setId("predictVerdict");
        verdict.getStyleClass().add("predict-verdict");
        verdict.textProperty().bind(i18n.bind(viewModel.verdictProperty()));
        viewModel.verdictProperty().addListener((observable, before, message) -> {
            verdict.getStyleClass().removeAll("predict-right", "predict-wrong");
            if (message != null) {
                verdict.getStyleClass().add(message.key().equals("predict.right") ? "predict-right" : "predict-wrong");
            }
        });
        Label explanation = new Label();
        explanation.setId("predictExplanation");
        explanation.setWrapText(true);
        explanation.textProperty().bind(viewModel.explanationProperty());

        ToggleGroup group = new ToggleGroup();
        RadioButton nextTask = kindButton("predictKindTask", "predict.kind.task", Question.Kind.NEXT_TASK, group);
        RadioButton nextPrint = kindButton("predictKindPrint", "predict.kind.print", Question.Kind.NEXT_PRINT, group);
        Label askLabel = new Label();
        askLabel.textProperty().bind(i18n.bind("predict.kind"));
        HBox top = new HBox(12, prompt, spacer, askLabel, nextTask, nextPrint, score);
        top.setAlignment(Pos.BASELINE_LEFT);
        score.setPadding(new Insets(0, 0, 0, 16));
        HBox.setHgrow(explanation, Priority.ALWAYS);
        verdict.setMinWidth(Region.USE_PREF_SIZE);
        HBox result = new HBox(8, verdict, explanation);

        VBox content = new VBox(8, top, choices, result);
        content.setPadding(new Insets(10));
        setContent(content);
    }

    private RadioButton kindButton(String id, String key, Question.Kind kind, ToggleGroup group) {
        RadioButton button = new RadioButton();
        button.setId(id);
        button.textProperty().bind(i18n.bind(key));
        button.setToggleGroup(group);
        button.setSelected(viewModel.kindProperty().get() == kind);
        button.selectedProperty().addListener((observable, before, selected) -> {
            if (selected) {
                viewModel.kindProperty().set(kind);
            }
        });
        viewModel.kindProperty().addListener((observable, before, now) -> button.setSelected(now == kind));
        return button;
    }

    private void fillChoices() {
        choices.getChildren().clear();
        int index = 0;
        for (Choice choice : viewModel.choices()) {
            Button button = new Button(viewModel.label(choice));
            button.setId("predictChoice" + index++);
            button.setMnemonicParsing(false);
            button.getStyleClass().add(choice instanceof Choice.Prints ? "predict-choice-print" : "predict-choice");
            button.setOnAction(event -> viewModel.guess(choice));
            choices.getChildren().add(button);
        }
    }
}
