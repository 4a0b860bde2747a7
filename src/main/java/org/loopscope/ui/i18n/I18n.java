package org.loopscope.ui.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The texts of the user interface in the current language, which may change while the app runs.
 *
 * <p>{@link #text} translates once, for what is shown once (a dialog, a console line). {@link #bind} returns a
 * binding that translates again whenever the language, or an observable argument, changes: bind a label's, menu
 * item's or tooltip's text to it and it follows a switch of language without a restart.
 *
 * <p>Every text is a {@link MessageFormat} pattern, formatted in the language's locale even when it has no
 * arguments, so a bundle writes an apostrophe as {@code ''}. A key missing from the bundles shows as
 * {@code !key!}; {@code BundlesTest} keeps that from happening.
 *
 * <p>One instance serves one window and its dialogs; it belongs to the FX thread, like the nodes bound to it. It
 * uses only JavaFX's properties, so view-models may use it too.
 */
public final class I18n {

    /** The base name of the resource bundles: {@code messages.properties}, {@code messages_zh_Hans.properties}... */
    public static final String BUNDLE = "org.loopscope.ui.i18n.messages";

    // Without this control, a missing or English lookup on a Chinese system would fall back to the system's
    // language before the base bundle: English would never be chosen there.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ObjectProperty<UiLanguage> language;

    /** Speaks the given language until told otherwise. */
    public I18n(UiLanguage language) {
        this.language = new SimpleObjectProperty<>(this, "language", Objects.requireNonNull(language, "language"));
        this.language.addListener((observable, before, after) -> {
            if (after == null) {
                // A language is always set; null would leave every bound text unable to translate.
                this.language.set(before);
            }
        });
    }

    /** Returns the resource bundle of a language (the English one for English). */
    public static ResourceBundle bundle(UiLanguage language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(), I18n.class.getClassLoader(), NO_FALLBACK);
    }

    /** The current language; setting it re-translates everything bound through {@link #bind}. */
    public ObjectProperty<UiLanguage> languageProperty() {
        return language;
    }

    /** Returns the current language. */
    public UiLanguage language() {
        return language.get();
    }

    /** Returns whether the bundles have a text for the key. */
    public boolean has(String key) {
        return bundle(UiLanguage.EN).containsKey(key);
    }

    /**
     * Returns the text of a key in the current language, its placeholders filled with the arguments. A
     * {@link Message} argument is translated first; an {@link ObservableValue} argument gives its current value.
     */
    public String text(String key, Object... args) {
        ResourceBundle bundle = bundle(language.get());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = resolve(args[i]);
        }
        return new MessageFormat(pattern, language.get().locale()).format(values);
    }

    /** Returns a message's text in the current language; {@code null} gives an empty text. */
    public String text(Message message) {
        return message == null ? "" : text(message.key(), message.args().toArray());
    }

    /**
     * Returns the text of a key as a binding that follows the language and every observable argument.
     *
     * @param args the placeholders' values; an {@link ObservableValue} is followed, a {@link Message} translated
     */
    public StringBinding bind(String key, Object... args) {
        Objects.requireNonNull(key, "key");
        Object[] copy = args.clone();
        List<Observable> dependencies = new ArrayList<>();
        dependencies.add(language);
        for (Object arg : copy) {
            if (arg instanceof Observable observable) {
                dependencies.add(observable);
            }
        }
        return Bindings.createStringBinding(() -> text(key, copy), dependencies.toArray(Observable[]::new));
    }

    /** Returns a binding to the text of whatever message the observable holds ({@code null}: empty text). */
    public StringBinding bind(ObservableValue<? extends Message> message) {
        Objects.requireNonNull(message, "message");
        return Bindings.createStringBinding(() -> text(message.getValue()), language, message);
    }

    private Object resolve(Object arg) {
        Object value = arg instanceof ObservableValue<?> observable ? observable.getValue() : arg;
        return value instanceof Message message ? text(message) : value;
    }
}
