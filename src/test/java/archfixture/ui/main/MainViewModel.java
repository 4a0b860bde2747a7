package archfixture.ui.main;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;

/** Breaks the rules on purpose: a view-model holding a node (the property and the colour are fine). */
public class MainViewModel {
    public SimpleStringProperty title;
    public Color colour;
    public Label label;
}
