package org.loopscope.ui.compare;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.loopscope.session.lessons.Language;
import org.loopscope.session.lessons.Lesson;
import org.loopscope.session.lessons.LessonVariant;
import org.loopscope.ui.compare.CompareViewModel.Source;
import org.loopscope.ui.files.ScriptFiles;
import org.loopscope.ui.i18n.I18n;

/**
 * Asks what to compare: two or three variants of a lesson (the lesson whose program or variant the editor holds, else
 * the lesson last opened, else the first lesson that has variants), or two or three {@code .py} files. OK is enabled
 * only for two or three.
 */
public final class CompareDialog extends Dialog<List<Source>> {

    private final I18n i18n;
    private final Language language;
    private final ToggleGroup mode = new ToggleGroup();
    private final RadioButton lessonMode = new RadioButton();
    private final RadioButton filesMode = new RadioButton();
    private final ChoiceBox<Lesson> lessons = new ChoiceBox<>();
    private final VBox variantBoxes = new VBox(4);
    private final List<CheckBox> checks = new ArrayList<>();
    private final IntegerProperty checked = new SimpleIntegerProperty(this, "checked", 0);
    private final ObservableList<Source> files = FXCollections.observableArrayList();
    private final ScriptFiles scriptFiles = new ScriptFiles();

    /**
     * A dialog offering the variants of {@code library}'s lessons, the lesson whose program is {@code editorText}
     * first chosen, else {@code lastOpened}; a file that cannot be read as a script (missing, binary, too large) is
     * left out.
     */
    public CompareDialog(List<Lesson> library, String editorText, Optional<Lesson> lastOpened, I18n i18n) {
        this.i18n = i18n;
        this.language = Language.fromTag(i18n.language().tag()).orElse(Language.values()[0]);
        setTitle(i18n.text("compare.dialog.title"));
        setHeaderText(i18n.text("compare.dialog.header"));
        List<Lesson> comparable = CompareSources.comparable(library);
        lessons.setId("compareLesson");
        lessons.getItems().setAll(comparable);
        lessons.setConverter(new StringConverter<>() {
            @Override
            public String toString(Lesson lesson) {
                return lesson == null ? "" : lesson.title(language);
            }

            @Override
            public Lesson fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        lessons.valueProperty().addListener((observable, before, lesson) -> showVariants(lesson));
        Optional<Lesson> open = CompareSources.lessonOf(comparable, editorText)
                .or(() -> lastOpened.filter(comparable::contains));
        if (!comparable.isEmpty()) {
            lessons.setValue(open.orElse(comparable.get(0)));
        }

        lessonMode.setText(i18n.text("compare.dialog.lesson"));
        lessonMode.setId("compareLessonMode");
        lessonMode.setToggleGroup(mode);
        filesMode.setText(i18n.text("compare.dialog.files"));
        filesMode.setId("compareFilesMode");
        filesMode.setToggleGroup(mode);
        mode.selectToggle(lessonMode);
        Button choose = new Button(i18n.text("compare.dialog.chooseFiles"));
        choose.setId("compareChooseFiles");
        Label chosen = new Label();
        chosen.setId("compareChosenFiles");
        chosen.textProperty().bind(Bindings.createStringBinding(() -> files.isEmpty()
                ? i18n.text("compare.dialog.noFiles")
                : String.join(", ", files.stream().map(Source::label).toList()), files));
        choose.setOnAction(event -> chooseFiles(choose));
        lessons.disableProperty().bind(filesMode.selectedProperty());
        variantBoxes.disableProperty().bind(filesMode.selectedProperty());
        choose.disableProperty().bind(lessonMode.selectedProperty());
        chosen.disableProperty().bind(lessonMode.selectedProperty());

        VBox content = new VBox(8, lessonMode, lessons, variantBoxes, filesMode, choose, chosen);
        content.setStyle("-fx-padding: 8 16 8 16;");
        getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(i18n.text("dialog.button.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.text("dialog.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(ok, cancel);
        BooleanBinding lessonOk = lessonMode.selectedProperty().and(checked.greaterThanOrEqualTo(2))
                .and(checked.lessThanOrEqualTo(3));
        BooleanBinding filesOk = filesMode.selectedProperty().and(Bindings.size(files).greaterThanOrEqualTo(2))
                .and(Bindings.size(files).lessThanOrEqualTo(3));
        Node okButton = getDialogPane().lookupButton(ok);
        okButton.setId("compareOk");
        okButton.disableProperty().bind(lessonOk.or(filesOk).not());
        setResultConverter(button -> button == ok ? chosen() : null);
    }

    private void showVariants(Lesson lesson) {
        checks.clear();
        variantBoxes.getChildren().clear();
        if (lesson == null) {
            checked.set(0);
            return;
        }
        for (LessonVariant variant : lesson.variants()) {
            CheckBox box = new CheckBox(variant.title(language));
            box.setId("compareVariant-" + variant.name());
            box.setUserData(variant.name());
            // The first three are taken: the classic comparisons have two or three.
            box.setSelected(checks.size() < 3);
            box.selectedProperty().addListener(observable -> count());
            checks.add(box);
        }
        variantBoxes.getChildren().setAll(checks);
        count();
    }

    private void count() {
        checked.set((int) checks.stream().filter(CheckBox::isSelected).count());
    }

    private void chooseFiles(Node owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text("compare.dialog.chooseFiles"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Python", "*.py"));
        List<File> picked = chooser.showOpenMultipleDialog(owner.getScene().getWindow());
        if (picked != null) {
            setFiles(picked.stream().map(File::toPath).toList());
        }
    }

    /** Takes these files (the first three that can be read) as the programs to compare. */
    public void setFiles(List<Path> paths) {
        List<Source> read = new ArrayList<>();
        for (Path path : paths) {
            if (scriptFiles.read(path) instanceof ScriptFiles.Text text) {
                read.add(CompareSources.file(path, text.text()));
            }
            if (read.size() == 3) {
                break;
            }
        }
        files.setAll(read);
        mode.selectToggle(filesMode);
    }

    /** What the dialog would compare now. */
    public List<Source> chosen() {
        if (filesMode.isSelected()) {
            return List.copyOf(files);
        }
        Lesson lesson = lessons.getValue();
        if (lesson == null) {
            return List.of();
        }
        List<String> names = checks.stream().filter(CheckBox::isSelected).map(box -> (String) box.getUserData())
                .toList();
        return CompareSources.variants(lesson, names, language);
    }
}
