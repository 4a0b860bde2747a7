package org.loopscope.ui.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.loopscope.session.lessons.Language;
import org.loopscope.session.lessons.Lesson;
import org.loopscope.session.lessons.LessonLibrary;
import org.loopscope.session.lessons.LessonVariant;
import org.loopscope.ui.files.DocumentViewModel;
import org.loopscope.ui.i18n.I18n;

/**
 * The lessons browser: the lesson library in course order, each lesson followed by its variants, with titles and a
 * one-line summary in the window's language; choosing an entry opens its program in the editor (after the
 * unsaved-changes question) and shows the lesson's text, which follows the language too. It knows no JavaFX nodes.
 */
public final class LessonsViewModel {

    /** How long a summary may be, in characters. */
    static final int SUMMARY_LENGTH = 110;

    /** One row of the list: a lesson, or one of its variants. */
    public record Entry(Lesson lesson, LessonVariant variant) {
        public Entry {
            Objects.requireNonNull(lesson, "lesson");
        }

        /** Whether the row is a variant of its lesson. */
        public boolean isVariant() {
            return variant != null;
        }

        /** The program the row opens. */
        public String source() {
            return variant == null ? lesson.source() : variant.source();
        }

        /** The name the row's program goes by until saved: the lesson's folder, and the variant's name. */
        public String fileName() {
            return lesson.folder() + (variant == null ? "" : "-" + variant.name()) + ".py";
        }
    }

    private final I18n i18n;
    private final DocumentViewModel document;
    private final List<Entry> entries;
    private final ReadOnlyObjectWrapper<Entry> chosen = new ReadOnlyObjectWrapper<>(this, "chosen");
    private final ReadOnlyObjectWrapper<List<LessonText.Block>> text = new ReadOnlyObjectWrapper<>(this, "text",
            List.of());
    private BooleanSupplier mayDiscard = () -> true;

    /** The library that ships with Loopscope, opening into {@code document}. */
    public LessonsViewModel(I18n i18n, DocumentViewModel document) {
        this(i18n, document, LessonLibrary::load);
    }

    /** The lessons {@code library} gives (read when first asked for), opening into {@code document}. */
    public LessonsViewModel(I18n i18n, DocumentViewModel document, Supplier<List<Lesson>> library) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.document = Objects.requireNonNull(document, "document");
        List<Entry> rows = new ArrayList<>();
        for (Lesson lesson : library.get()) {
            rows.add(new Entry(lesson, null));
            lesson.variants().forEach(variant -> rows.add(new Entry(lesson, variant)));
        }
        this.entries = List.copyOf(rows);
        i18n.languageProperty().addListener((observable, before, after) -> render());
    }

    /** Asks whether unsaved text may be dropped before a lesson opens (the window asks the person). */
    public void setMayDiscard(BooleanSupplier check) {
        this.mayDiscard = Objects.requireNonNull(check, "check");
    }

    /** The rows: every lesson in course order, each followed by its variants. */
    public List<Entry> entries() {
        return entries;
    }

    /** The row whose program was opened last; null before any. */
    public ReadOnlyObjectProperty<Entry> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    /** The chosen lesson's text, as blocks, in the current language; empty before any. */
    public ReadOnlyObjectProperty<List<LessonText.Block>> textProperty() {
        return text.getReadOnlyProperty();
    }

    /** The language lessons are shown in: the window's. */
    public Language language() {
        return Language.fromTag(i18n.language().tag()).orElse(Language.EN);
    }

    /** A row's title: the lesson's, with its number; a variant's own. */
    public String title(Entry entry) {
        if (entry.isVariant()) {
            return entry.variant().title(language());
        }
        return number(entry.lesson()) + entry.lesson().title(language());
    }

    /** A lesson row's one-line summary (the first sentence of its text); empty for a variant. */
    public String summary(Entry entry) {
        return entry.isVariant() ? "" : LessonText.summary(entry.lesson().text(language()), SUMMARY_LENGTH);
    }

    /**
     * Opens a row's program in the editor and shows its lesson's text, unless the person keeps unsaved text.
     *
     * @return whether it was opened
     */
    public boolean choose(Entry entry) {
        Objects.requireNonNull(entry, "entry");
        if (!mayDiscard.getAsBoolean()) {
            return false;
        }
        document.openText(entry.source(), entry.fileName());
        chosen.set(entry);
        render();
        return true;
    }

    private void render() {
        Entry entry = chosen.get();
        text.set(entry == null ? List.of() : LessonText.parse(entry.lesson().text(language())));
    }

    private static String number(Lesson lesson) {
        String folder = lesson.folder();
        int dash = folder.indexOf('-');
        return dash > 0 && folder.substring(0, dash).chars().allMatch(Character::isDigit)
                ? folder.substring(0, dash) + "  " : "";
    }
}
