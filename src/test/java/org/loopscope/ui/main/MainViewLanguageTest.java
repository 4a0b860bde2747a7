package org.loopscope.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.loopscope.session.BuildInfo;
import org.loopscope.ui.StartOptions;
import org.loopscope.ui.files.ConfigDir;
import org.loopscope.ui.i18n.UiLanguage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window switches language while it runs, through View → Language, and can start in any language. */
@ExtendWith(ApplicationExtension.class)
class MainViewLanguageTest {

    @TempDir
    Path dir;

    private Stage stage;
    private MainViewModel viewModel;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        this.viewModel = new MainViewModel(new BuildInfo("Loopscope", "test"), new ConfigDir(dir.resolve("config")));
        MainView.showIn(stage, viewModel);
    }

    private static Menu menu(FxRobot robot, int index) {
        return robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().get(index);
    }

    private static MenuItem item(Menu menu, String id) {
        return menu.getItems().stream().filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    private static void choose(FxRobot robot, UiLanguage language) {
        Menu languages = (Menu) item(menu(robot, 2), "languageMenu");
        robot.interact(() -> item(languages, "language-" + language.tag()).fire());
    }

    private static String toolbarButton(FxRobot robot, int index) {
        return robot.lookup(".main-toolbar .button").queryAllAs(Button.class).stream().toList().get(index).getText();
    }

    @Test
    void theLanguageMenuSwitchesEveryTextAtOnceAndBack(FxRobot robot) {
        Menu languages = (Menu) item(menu(robot, 2), "languageMenu");
        assertThat(languages.getItems()).extracting(MenuItem::getText).containsExactly("English", "简体中文", "繁體中文");
        assertThat(menu(robot, 0).getText()).isEqualTo("_File");

        choose(robot, UiLanguage.ZH_HANS);

        assertThat(menu(robot, 0).getText()).isEqualTo("文件(_F)");
        assertThat(menu(robot, 0).getItems().get(0).getText()).isEqualTo("新建(_N)");
        assertThat(menu(robot, 2).getText()).isEqualTo("视图(_V)");
        assertThat(((RadioMenuItem) item(languages, "language-zh-Hans")).isSelected()).isTrue();
        assertThat(toolbarButton(robot, 0)).isEqualTo("新建");
        assertThat(robot.lookup(".main-toolbar .button").queryButton().getTooltip().getText())
                .isEqualTo("新建脚本 (Ctrl+N)");
        assertThat(robot.lookup(".panels").queryAs(TabPane.class).getTabs()).extracting(Tab::getText)
                .containsExactly("控制台", "任务", "循环内部", "讲解", "警告信息", "变量");
        assertThat(robot.lookup(".status-caret").queryAs(Label.class).getText()).isEqualTo("第 1 行，第 1 列");
        assertThat(robot.lookup("#legend-PENDING .label").queryAs(Label.class).getText()).isEqualTo("PENDING");
        assertThat(robot.lookup("#legend-LOOP_BLOCKED .label").queryAs(Label.class).getText())
                .isEqualTo("事件循环阻塞");
        assertThat(robot.lookup("#codeArea").queryAs(CodeArea.class).getContextMenu().getItems().get(0).getText())
                .isEqualTo("运行到此处");
        assertThat(item(menu(robot, 0), "recentMenu")).extracting(menu -> ((Menu) menu).getItems().get(0).getText())
                .isEqualTo("没有最近打开的文件");
        assertThat(stage.getTitle()).isEqualTo("Loopscope \u2014 未命名");

        choose(robot, UiLanguage.ZH_HANT);
        assertThat(menu(robot, 0).getText()).isEqualTo("檔案(_F)");
        assertThat(toolbarButton(robot, 2)).isEqualTo("儲存");

        choose(robot, UiLanguage.EN);
        assertThat(menu(robot, 0).getText()).isEqualTo("_File");
        assertThat(toolbarButton(robot, 0)).isEqualTo("New");
        assertThat(((RadioMenuItem) item(languages, "language-en")).isSelected()).isTrue();
        assertThat(((RadioMenuItem) item(languages, "language-zh-Hans")).isSelected()).isFalse();
    }

    @Test
    void aShownFileProblemIsTranslatedToo(FxRobot robot) {
        robot.interact(() -> viewModel.document().open(dir.resolve("gone.py")));
        Label error = robot.lookup(".error-text").queryAs(Label.class);
        assertThat(error.getText()).isEqualTo("gone.py does not exist.");

        choose(robot, UiLanguage.ZH_HANS);

        assertThat(error.getText()).isEqualTo("gone.py 不存在。");
        assertThat(robot.lookup("#errorDismissButton").queryButton().getText()).isEqualTo("关闭");
    }

    @Test
    void startsInTheLanguageOfTheLoopscopeLangProperty(FxRobot robot) {
        Properties properties = new Properties();
        properties.setProperty(StartOptions.LANGUAGE, "zh-Hant");
        MainViewModel traditional = new MainViewModel(new BuildInfo("Loopscope", "test"),
                new ConfigDir(dir.resolve("other")));
        StartOptions.from(properties).applyTo(traditional);

        robot.interact(() -> MainView.showIn(stage, traditional));

        assertThat(menu(robot, 0).getText()).isEqualTo("檔案(_F)");
        assertThat(List.of(menu(robot, 1).getText(), menu(robot, 2).getText(), menu(robot, 3).getText(),
                menu(robot, 4).getText())).containsExactly("編輯(_E)", "檢視(_V)", "執行(_R)", "說明(_H)");
        assertThat(robot.lookup(".status-caret").queryAs(Label.class).getText()).isEqualTo("第 1 行，第 1 欄");
        assertThat(stage.getTitle()).isEqualTo("Loopscope \u2014 未命名");
    }
}
