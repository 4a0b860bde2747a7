package org.loopscope.ui.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.loopscope.ui.i18n.UiLanguage;

/**
 * What the app remembers about its window between runs: size, position, maximised, divider positions, the bottom
 * panels' tab, theme, font size and the language the user chose. Stored as a small properties file; a missing or
 * damaged file gives the defaults.
 *
 * @param x              the window's left edge, or {@code NaN} to let the system place it
 * @param y              the window's top edge, or {@code NaN}
 * @param width          the window's width
 * @param height         the window's height
 * @param maximized      whether the window was maximised
 * @param codeDivider    the divider between code and timeline, 0..1
 * @param panelsDivider  the divider above the bottom panels, 0..1
 * @param dark           whether the dark theme is on
 * @param fontSize       the editor's font size in pixels
 * @param language       the language chosen in the View menu; empty: the system's language
 * @param panelsTab      the id of the bottom panels' selected tab ({@code consoleTab}, {@code tasksTab}...); empty:
 *                       the first
 */
public record Settings(double x, double y, double width, double height, boolean maximized, double codeDivider,
        double panelsDivider, boolean dark, double fontSize, Optional<UiLanguage> language, String panelsTab) {

    public Settings {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(panelsTab, "panelsTab");
    }

    /** Settings with the first panel tab selected. */
    public Settings(double x, double y, double width, double height, boolean maximized, double codeDivider,
            double panelsDivider, boolean dark, double fontSize, Optional<UiLanguage> language) {
        this(x, y, width, height, maximized, codeDivider, panelsDivider, dark, fontSize, language, "");
    }

    /** The settings of a first run. */
    public static final Settings DEFAULTS = new Settings(Double.NaN, Double.NaN, 1280, 800, false, 0.42, 0.74,
            false, 14, Optional.empty());

    /** Reads the settings, falling back to the default of each value that is missing or unreadable. */
    public static Settings load(Path file) {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                p.clear();
            }
        }
        Settings d = DEFAULTS;
        return new Settings(number(p, "window.x", d.x), number(p, "window.y", d.y),
                positive(p, "window.width", d.width), positive(p, "window.height", d.height),
                Boolean.parseBoolean(p.getProperty("window.maximized", String.valueOf(d.maximized))),
                fraction(p, "divider.code", d.codeDivider), fraction(p, "divider.panels", d.panelsDivider),
                Boolean.parseBoolean(p.getProperty("theme.dark", String.valueOf(d.dark))),
                positive(p, "editor.fontSize", d.fontSize), UiLanguage.parse(p.getProperty("ui.language")),
                p.getProperty("panels.tab", d.panelsTab).strip());
    }

    /** Writes the settings; a failure only means the next run starts with the defaults. */
    public void save(Path file) {
        Properties p = new Properties();
        p.setProperty("window.x", format(x));
        p.setProperty("window.y", format(y));
        p.setProperty("window.width", format(width));
        p.setProperty("window.height", format(height));
        p.setProperty("window.maximized", String.valueOf(maximized));
        p.setProperty("divider.code", format(codeDivider));
        p.setProperty("divider.panels", format(panelsDivider));
        p.setProperty("theme.dark", String.valueOf(dark));
        p.setProperty("editor.fontSize", format(fontSize));
        language.ifPresent(chosen -> p.setProperty("ui.language", chosen.tag()));
        p.setProperty("panels.tab", panelsTab);
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                p.store(out, "Loopscope window settings");
            }
        } catch (IOException e) {
            // Settings are a comfort, not data.
        }
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%s", value);
    }

    private static double number(Properties p, String key, double fallback) {
        try {
            String value = p.getProperty(key);
            return value == null ? fallback : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static double positive(Properties p, String key, double fallback) {
        double value = number(p, key, fallback);
        return value > 0 && Double.isFinite(value) ? value : fallback;
    }

    private static double fraction(Properties p, String key, double fallback) {
        double value = number(p, key, fallback);
        return value > 0 && value < 1 ? value : fallback;
    }
}
