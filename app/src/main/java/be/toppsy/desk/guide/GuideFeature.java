package be.toppsy.desk.guide;

import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.content.ContentAreas;
import be.toppsy.desk.content.ContentSearch;
import be.toppsy.desk.content.ContentService;
import be.toppsy.desk.content.ContentUi;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.reports.HandoutBuilder;
import be.toppsy.desk.reports.ReportsFeature;
import be.toppsy.desk.content.pack.Chapter;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.security.Session;
import be.toppsy.desk.ui.Area;
import be.toppsy.desk.ui.Destination;
import be.toppsy.desk.ui.Feature;
import be.toppsy.desk.ui.SearchHit;
import be.toppsy.desk.ui.SearchProvider;
import java.util.List;
import java.util.Locale;

/** The stepped-care guide: reader, glossary, bookmarks, and the content's part of the quick search. */
public final class GuideFeature implements Feature {

    private final ContentService content;
    private final ContentSearch search;
    private final GuideService guide;
    private final ContentUi ui;
    private final Session session;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ReportsFeature reports;

    public GuideFeature(ContentService content, ContentSearch search, GuideService guide, ContentUi ui,
            Session session, TaskRunner tasks, Messages messages, ReportsFeature reports) {
        this.reports = reports;
        this.content = content;
        this.search = search;
        this.guide = guide;
        this.ui = ui;
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
    }

    @Override
    public List<Area> areas() {
        return List.of(new Area(ContentAreas.GUIDE, Area.SECTION_LEARNING, "guide.nav", "mdi2b-book-open-page-variant",
                Permission.CONTENT_READ, () -> new GuideView(new GuideViewModel(content, search, guide, tasks), ui,
                        session.has(Permission.TRAINER_MODE)).withPrint(this::print).build()));
    }

    /** The chapter as a handout (trainer notes left out), in the reports' preview. */
    private void print(javafx.scene.Node owner, Chapter chapter) {
        reports.preview(owner.getScene() == null ? null : owner.getScene().getWindow(), new HandoutBuilder(),
                ui.handouts().chapter(chapter));
    }

    /** Chapters, modules, lessons and glossary terms in the main window's quick search. */
    @Override
    public List<SearchProvider> searchProviders() {
        return List.of((query, limit) -> {
            if (!session.has(Permission.CONTENT_READ)) {
                return List.of();
            }
            return search.search(query, limit).stream().map(hit -> new SearchHit(
                    messages.get("guide.search.kind." + hit.kind().name().toLowerCase(Locale.ROOT)), hit.title(),
                    hit.snippet(), hit.destination())).toList();
        });
    }
}
