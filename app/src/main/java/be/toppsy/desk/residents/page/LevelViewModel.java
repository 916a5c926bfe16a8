package be.toppsy.desk.residents.page;

import be.toppsy.desk.residents.ResidentService;
import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.common.FieldErrors;
import be.toppsy.desk.i18n.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The support level tab: changing the level with a reason. */
public final class LevelViewModel {

    private final ResidentPageViewModel page;
    private final ResidentService service;
    private final Messages messages;
    private final FieldErrors levelErrors;
    private final ObjectProperty<SupportLevel> newLevel = new SimpleObjectProperty<>();
    private final StringProperty levelReason = new SimpleStringProperty("");
    private final BooleanProperty levelDiscussed = new SimpleBooleanProperty();

    LevelViewModel(ResidentPageViewModel page, ResidentService service, Messages messages) {
        this.page = page;
        this.service = service;
        this.messages = messages;
        this.levelErrors = new FieldErrors(messages);
    }

    public void changeLevel() {
        long id = page.residentId();
        SupportLevel to = newLevel.get();
        String reason = levelReason.get();
        boolean discussed = levelDiscussed.get();
        page.run(levelErrors, () -> {
            service.records().changeLevel(id, to, reason, discussed);
            return true;
        }, ok -> {
            levelReason.set("");
            levelDiscussed.set(false);
            newLevel.set(null);
            page.showMessage(messages.get("residents.level.changed"));
        });
    }

    public ReadOnlyStringProperty levelError(String field) {
        return levelErrors.of(field);
    }

    public ObjectProperty<SupportLevel> newLevelProperty() {
        return newLevel;
    }

    public StringProperty levelReasonProperty() {
        return levelReason;
    }

    public BooleanProperty levelDiscussedProperty() {
        return levelDiscussed;
    }
}
