package be.toppsy.desk.residents.page;

import be.toppsy.desk.residents.ResidentsUi;
import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.residents.record.LevelChange;
import be.toppsy.desk.residents.record.Resident;
import be.toppsy.desk.residents.record.ResidentFile;
import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.ui.Destination;
import be.toppsy.desk.ui.DialogService;
import be.toppsy.desk.ui.Forms;
import be.toppsy.desk.ui.Navigator;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The support level tab: the current level, its history, and the change form. */
final class LevelView {

    private final ResidentPageViewModel page;
    private final LevelViewModel model;
    private final Messages messages;
    private final Navigator navigator;

    LevelView(ResidentPageViewModel page, Messages messages, Navigator navigator) {
        this.page = page;
        this.model = page.level();
        this.messages = messages;
        this.navigator = navigator;
    }

    Node build(ResidentFile f) {
        Resident r = f.resident();
        SupportLevel level = r.level();
        Label now = new Label(messages.get("residents.level.current"));
        now.getStyleClass().add("section-title");
        Hyperlink guide = new Hyperlink(messages.get("residents.level.guide", level.guideChapter().substring(1)));
        guide.setOnAction(e -> navigator.open(new Destination.GuideChapter(level.guideChapter())));
        Hyperlink module = new Hyperlink(messages.get("residents.level.module", level.module().substring(1)));
        module.setOnAction(e -> navigator.open(new Destination.Module(level.module())));
        VBox box = new VBox(10, now, new HBox(10, ResidentsUi.levelBadge(level, messages),
                new Label(messages.get("residents.level.explain." + level.name()))), new HBox(16, guide, module));
        if (page.can(Permission.SUPPORT_LEVEL_CHANGE)) {
            ComboBox<SupportLevel> to = ResidentsUi.choice("level-new", List.of(SupportLevel.values()),
                    l -> messages.get(l.messageKey()), messages.get("residents.level.choose"));
            to.valueProperty().bindBidirectional(model.newLevelProperty());
            CheckBox discussed = new CheckBox(messages.get("residents.level.discussed"));
            discussed.selectedProperty().bindBidirectional(model.levelDiscussedProperty());
            Button change = new Button(messages.get("residents.level.change"));
            change.setId("level-change");
            change.setOnAction(e -> model.changeLevel());
            Label title = new Label(messages.get("residents.level.changeTitle"));
            title.getStyleClass().add("section-title");
            box.getChildren().addAll(title,
                    Forms.field(messages.get("residents.level.to"), to, model.levelError("level")),
                    Forms.field(messages.get("residents.level.reason"), ResidentsUi.textArea("level-reason",
                            model.levelReasonProperty(), 2, 4000), model.levelError("reason")),
                    discussed, change);
        }
        Label history = new Label(messages.get("residents.level.history"));
        history.getStyleClass().add("section-title");
        TableView<LevelChange> table = new TableView<>();
        table.getItems().setAll(f.levelChanges());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.date"), c -> Formats.dateTime(c.changedAt())));
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.change"), c -> messages.get(
                "residents.level.fromTo", c.from() == null ? "–" : messages.get(c.from().messageKey()),
                messages.get(c.to().messageKey()))));
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.by"), LevelChange::changedByName));
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.discussed"), c -> messages.get(
                c.discussedInTeam() ? "residents.yes" : "residents.no")));
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.reason"), LevelChange::reason));
        table.setPrefHeight(200);
        table.setPlaceholder(new Label(messages.get("residents.level.noHistory")));
        box.getChildren().addAll(history, table);
        box.getStyleClass().add("tab-body");
        return box;
    }
}
