package be.toppsy.desk.intervision.board;

import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.security.AccessDeniedException;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Recurring themes across cases, for team leads. */
public final class ThemesViewModel {

    private final CaseService cases;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ObservableList<ThemeCount> themes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ThemesViewModel(CaseService cases, TaskRunner tasks, Messages messages) {
        this.cases = cases;
        this.tasks = tasks;
        this.messages = messages;
    }

    public void load() {
        tasks.run(cases::themes, list -> {
            themes.setAll(list);
            message.set(list.isEmpty() ? messages.get("iv.themes.none") : "");
        }, error -> message.set(error instanceof AccessDeniedException ? messages.get("iv.error.notAllowed")
                : messages.get("error.unexpected")));
    }

    public String levelsText(ThemeCount theme) {
        StringBuilder text = new StringBuilder();
        for (SupportLevel level : SupportLevel.values()) {
            Integer count = theme.byLevel().get(level);
            if (count != null) {
                if (text.length() > 0) {
                    text.append(" · ");
                }
                text.append(messages.get("iv.themes.levelCount", messages.get(level.messageKey()), count));
            }
        }
        return text.toString();
    }

    public ObservableList<ThemeCount> themes() {
        return themes;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
