package be.toppsy.desk.intervision.board;

import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.ui.Forms;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** What keeps coming back: themes (tags) by number of cases, recent cases, levels. */
public final class ThemesView {

    static final int RECURRING = 3;

    private final ThemesViewModel model;
    private final Messages messages;
    public ThemesView(ThemesViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent build() {
        TableView<ThemeCount> table = new TableView<>(model.themes());
        table.setId("iv-themes-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(messages.get("iv.themes.col.theme"), t -> "#" + t.tag()));
        table.getColumns().add(column(messages.get("iv.themes.col.cases"), t -> String.valueOf(t.cases())));
        table.getColumns().add(column(messages.get("iv.themes.col.recent"), t -> String.valueOf(t.recentCases())));
        table.getColumns().add(column(messages.get("iv.themes.col.discussed"),
                t -> String.valueOf(t.discussedCases())));
        table.getColumns().add(column(messages.get("iv.themes.col.last"), t -> Formats.date(t.lastSeen())));
        table.getColumns().add(column(messages.get("iv.themes.col.levels"), model::levelsText));
        table.setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(ThemeCount item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("iv-recurring");
                if (!empty && item != null && item.cases() >= RECURRING) {
                    getStyleClass().add("iv-recurring");
                }
            }
        });
        table.setPlaceholder(new Label(messages.get("iv.themes.none")));
        VBox page = new VBox(12, Forms.title(messages.get("iv.themes.title")),
                Forms.hint(messages.get("iv.themes.intro", RECURRING)), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        page.getStyleClass().addAll("page", "iv-page");
        model.load();
        return page;
    }

    private static TableColumn<ThemeCount, String> column(String title, Function<ThemeCount, String> value) {
        TableColumn<ThemeCount, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        return column;
    }
}
