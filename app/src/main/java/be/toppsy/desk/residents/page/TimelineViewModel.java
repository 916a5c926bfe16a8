package be.toppsy.desk.residents.page;

import be.toppsy.desk.residents.ResidentService;
import be.toppsy.desk.residents.record.TimelineEntry;
import be.toppsy.desk.residents.record.TimelineKind;
import be.toppsy.desk.residents.record.ResidentFile;
import be.toppsy.desk.i18n.Messages;
import java.util.EnumSet;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/** The timeline tab: everything that happened, newest first, filtered by kind. */
public final class TimelineViewModel {

    private final ResidentPageViewModel page;
    private final ObservableSet<TimelineKind> shownKinds = FXCollections.observableSet(EnumSet.allOf(TimelineKind.class));
    private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();

    TimelineViewModel(ResidentPageViewModel page) {
        this.page = page;
        shownKinds.addListener((javafx.collections.SetChangeListener<TimelineKind>) c -> filterTimeline());
    }

    void filterTimeline() {
        ResidentFile f = page.fileProperty().get();
        if (f == null) {
            timeline.clear();
            return;
        }
        timeline.setAll(f.timeline().stream().filter(e -> shownKinds.contains(e.kind())).toList());
    }

    public ObservableSet<TimelineKind> shownKinds() {
        return shownKinds;
    }

    public ObservableList<TimelineEntry> timeline() {
        return timeline;
    }
}
