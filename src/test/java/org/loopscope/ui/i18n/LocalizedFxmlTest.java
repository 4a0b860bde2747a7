package org.loopscope.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** FXML written with %key follows the language after loading, wherever the texts sit. */
@ExtendWith(ApplicationExtension.class)
class LocalizedFxmlTest {

    private static final String SAMPLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <?import javafx.scene.control.*?>
            <?import javafx.scene.layout.*?>
            <?import org.loopscope.ui.legend.LegendView?>
            <fx:root type="javafx.scene.layout.VBox" xmlns:fx="http://javafx.com/fxml/1">
                <MenuBar><Menu text="%menu.file"><MenuItem text="%menu.file.new"/></Menu></MenuBar>
                <ToolBar><Button text="%toolbar.new"><tooltip><Tooltip text="%toolbar.new.tooltip"/></tooltip></Button>
                </ToolBar>
                <TabPane><Tab text="%panels.console"><Label text="%console.empty"/></Tab></TabPane>
                <TextField promptText="%console.clear"/>
                <HBox><Label text="plain text"/><LegendView/></HBox>
            </fx:root>
            """;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        // The toolkit is all these tests need.
    }

    private URL fxml(String text) throws IOException {
        return Files.writeString(dir.resolve("view.fxml"), text).toUri().toURL();
    }

    @Test
    void everyMarkedTextFollowsTheLanguage(FxRobot robot) throws IOException {
        I18n i18n = new I18n(UiLanguage.EN);
        VBox root = new VBox();
        URL url = fxml(SAMPLE);
        robot.interact(() -> LocalizedFxml.load(url, root, i18n));
        MenuBar menus = (MenuBar) root.getChildren().get(0);
        Button button = (Button) ((ToolBar) root.getChildren().get(1)).getItems().get(0);
        TabPane tabs = (TabPane) root.getChildren().get(2);
        TextField field = (TextField) root.getChildren().get(3);
        Label plain = (Label) ((HBox) root.getChildren().get(4)).getChildren().get(0);
        Label blocked = (Label) root.lookup("#legend-LOOP_BLOCKED .label");

        assertThat(menus.getMenus().get(0).getItems().get(0).getText()).isEqualTo("_New");
        assertThat(blocked.getText()).isEqualTo("loop blocked");

        robot.interact(() -> i18n.languageProperty().set(UiLanguage.ZH_HANT));

        assertThat(menus.getMenus().get(0).getText()).isEqualTo("檔案(_F)");
        assertThat(menus.getMenus().get(0).getItems().get(0).getText()).isEqualTo("新增(_N)");
        assertThat(button.getText()).isEqualTo("新增");
        assertThat(button.getTooltip().getText()).isEqualTo("新增指令碼 (Ctrl+N)");
        assertThat(tabs.getTabs().get(0).getText()).isEqualTo("主控台");
        assertThat(((Label) tabs.getTabs().get(0).getContent()).getText()).isEqualTo("目前沒有內容。");
        assertThat(field.getPromptText()).isEqualTo("清除");
        assertThat(plain.getText()).as("text without a key stays").isEqualTo("plain text");
        assertThat(blocked.getText()).as("a Localizable node got the I18n").isEqualTo("事件迴圈阻塞");
    }

    @Test
    void aKeyMissingFromTheBundlesStopsTheLoading(FxRobot robot) throws IOException {
        URL url = fxml(SAMPLE.replace("%toolbar.new\"", "%toolbar.nwe\""));

        assertThatThrownBy(() -> LocalizedFxml.load(url, new VBox(), new I18n(UiLanguage.EN)))
                .isInstanceOf(UncheckedIOException.class).hasStackTraceContaining("toolbar.nwe");
    }
}
