package archfixture.cli;

import javafx.beans.property.SimpleStringProperty;

/** Breaks the rules on purpose: a command line that uses JavaFX. */
public class Command {
    public SimpleStringProperty name;
}
