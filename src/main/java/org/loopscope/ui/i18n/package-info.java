/**
 * The languages of the user interface: English, 简体中文 and 繁體中文, switchable while the app runs.
 *
 * <h2>Pieces</h2>
 * <ul>
 *   <li>{@link org.loopscope.ui.i18n.UiLanguage}: the languages, and which one a system locale gets (zh-TW, zh-HK,
 *       zh-MO and zh-Hant: Traditional; other Chinese: Simplified; anything else: English).</li>
 *   <li>{@link org.loopscope.ui.i18n.I18n}: the current language as a property; {@code text(key, args...)} for a
 *       text shown once, {@code bind(key, args...)} for a text that must follow a change of language.</li>
 *   <li>{@link org.loopscope.ui.i18n.Message}: a key and its arguments, for a view-model that holds a text the
 *       view shows later (a file problem), so it can be shown in whichever language is current then.</li>
 *   <li>{@link org.loopscope.ui.i18n.LocalizedFxml}: loads FXML written with {@code text="%key"} and binds every
 *       such text to the current language; {@link org.loopscope.ui.i18n.Localizable} is how a custom node made by
 *       FXML (the timeline, the legend) gets the {@code I18n}.</li>
 *   <li>{@link org.loopscope.ui.i18n.CjkFonts}: the font family for Chinese on macOS, Windows and Linux.</li>
 * </ul>
 * The texts are in {@code src/main/resources/org/loopscope/ui/i18n/messages.properties} (English, the base),
 * {@code messages_zh_Hans.properties} and {@code messages_zh_Hant.properties}, in UTF-8 (Java 9 and later read
 * property bundles as UTF-8). Java's lookup maps the locales {@code zh-Hans} and {@code zh-Hant} (and zh-CN, zh-TW...)
 * to those file names by itself; {@code I18n} looks bundles up without the system-locale fallback, which would
 * otherwise give Chinese to someone who chose English on a Chinese system.
 *
 * <h2>Adding a text</h2>
 * <ol>
 *   <li>Add the key to all three bundles, next to its neighbours ({@code feature.what}, e.g.
 *       {@code controls.play.tooltip}). Values are {@link java.text.MessageFormat} patterns even without
 *       arguments: write {@code ''} for an apostrophe, and keep the same {@code {0}}, {@code {1,number,#}}... in
 *       every language. Simplified and Traditional Chinese differ in words, not only in characters (文件/檔案,
 *       打开/開啟, 保存/儲存, 程序/程式, 线程/執行緒, 默认/預設, 信息/資訊): write each as its readers do.</li>
 *   <li>Use it:
 *     <ul>
 *       <li>in FXML, {@code text="%controls.play"} (also for {@code <Tooltip text="%..."/>}, tabs, menus and
 *           prompt texts), with the view loaded by {@code LocalizedFxml.load(fxmlUrl, this, i18n)} instead of a
 *           plain {@code FXMLLoader};</li>
 *       <li>in a view's code, {@code label.textProperty().bind(i18n.bind("controls.play"))}, with arguments that
 *           may be observable: {@code i18n.bind("clock.readout", seconds, iteration)} follows both;</li>
 *       <li>in a dialog or a console line, shown once, {@code i18n.text("key", args...)};</li>
 *       <li>in a view-model that keeps a text for later, a {@code Message.of("key", args...)}, shown by the view
 *           with {@code i18n.bind(messageProperty)}.</li>
 *     </ul></li>
 *   <li>{@code BundlesTest} checks that every key is in all three bundles with a value, with the same placeholders,
 *       that every key the code and the FXML name exists, and that no key is left unused.</li>
 * </ol>
 * Where the {@code I18n} comes from: the window has one, {@code MainViewModel.i18n()}; a view gets it in its
 * constructor, or by implementing {@code Localizable} if FXML makes it. Nothing is global, so two windows (compare
 * mode) could speak different languages and tests run side by side.
 *
 * <h2>FXML: why not a plain resource bundle</h2>
 * JavaFX's own {@code %key} with {@code FXMLLoader.setResources} puts the translated string into the node once;
 * switching the language would mean loading the FXML again and rebuilding the window (losing its state). So
 * {@code LocalizedFxml} loads with a bundle that answers each key with a marker and then binds each marked text to
 * {@link org.loopscope.ui.i18n.I18n#bind}: the FXML looks like ordinary JavaFX i18n, and the language switches at
 * once (View → Language). A key the English bundle lacks fails the loading, so a typo shows in the view's first
 * test.
 *
 * <h2>What is not translated</h2>
 * asyncio's own words: the task states PENDING, RUNNING, WAITING, DONE, FAILED, CANCELLED (the legend's tooltips
 * explain them in the current language), Python's exceptions and messages, program output. Lines already in the
 * console stay in the language they were written in.
 *
 * <h2>Fonts</h2>
 * JavaFX CSS takes a single family in {@code -fx-font-family}, so the fallback list lives in {@code CjkFonts},
 * which the main window applies to its root for Chinese: PingFang SC/TC on macOS, Microsoft YaHei UI / JhengHei UI
 * on Windows, Noto Sans CJK SC/TC (package {@code fonts-noto-cjk}), Source Han Sans or WenQuanYi on Linux. With
 * none of them installed the theme's font stays and JavaFX's own fallback finds Chinese glyphs (fontconfig on
 * Linux, e.g. Droid Sans Fallback; CoreText on macOS; font linking on Windows). The UI tests compare texts, not
 * glyphs, and need no Chinese font.
 */
package org.loopscope.ui.i18n;
