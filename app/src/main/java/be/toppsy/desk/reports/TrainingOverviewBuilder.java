package be.toppsy.desk.reports;

import be.toppsy.desk.reports.pdf.Block;
import be.toppsy.desk.reports.pdf.DocumentModel;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.reports.TrainingOverviewData.ModuleProgress;
import be.toppsy.desk.reports.TrainingOverviewData.PersonTraining;
import java.util.ArrayList;
import java.util.List;

/** Training overview per person or team: a summary table, then each person's modules. */
public final class TrainingOverviewBuilder implements DocumentBuilder<TrainingOverviewData> {

    @Override
    public DocumentKind kind() {
        return DocumentKind.TRAINING_OVERVIEW;
    }

    @Override
    public String fileName(TrainingOverviewData data, ExportContext context) {
        return "opleidingsoverzicht-" + DocumentBuilder.slug(data.scope()) + "-" + data.asOf() + ".pdf";
    }

    @Override
    public DocumentModel build(TrainingOverviewData data, ExportContext context) {
        Messages messages = context.messages();
        List<Block> blocks = new ArrayList<>();
        if (data.people().size() > 1) {
            blocks.add(new Block.Heading(1, messages.get("reports.training.summary")));
            List<List<String>> rows = new ArrayList<>();
            for (PersonTraining person : data.people()) {
                long done = person.modules().stream().filter(m -> m.completedOn() != null).count();
                rows.add(List.of(person.person(), MeetingPackBuilder.nz(person.role()),
                        messages.get("reports.progress", done, person.modules().size())));
            }
            blocks.add(new Block.Table(List.of(messages.get("reports.col.person"), messages.get("reports.col.role"),
                    messages.get("reports.training.modulesDone")), List.of(2.5f, 2f, 1.5f), rows, ""));
        }
        if (data.people().isEmpty()) {
            blocks.add(new Block.Paragraph(messages.get("reports.meeting.noTraining"), Block.TextStyle.MUTED));
        }
        for (PersonTraining person : data.people()) {
            blocks.add(new Block.Heading(2, person.role() == null || person.role().isBlank() ? person.person()
                    : messages.get("reports.training.personRole", person.person(), person.role())));
            List<List<String>> rows = new ArrayList<>();
            for (ModuleProgress m : person.modules()) {
                rows.add(List.of(m.module(), messages.get("reports.progress", m.completedLessons(), m.totalLessons()),
                        m.scorePercent() == null ? "–" : messages.get("reports.percent", m.scorePercent()),
                        m.completedOn() != null ? context.date(m.completedOn()) : m.completedLessons() == 0
                                ? messages.get("reports.training.notStarted") : messages.get("reports.training.inProgress")));
            }
            blocks.add(new Block.Table(List.of(messages.get("reports.col.module"), messages.get("reports.col.progress"),
                    messages.get("reports.col.score"), messages.get("reports.col.completedOn")),
                    List.of(3.5f, 1.1f, 1f, 1.3f), rows, messages.get("reports.training.noModules")));
        }
        return context.document(messages.get("reports.training.title", data.scope()),
                messages.get("reports.training.subtitle", context.date(data.asOf())), blocks);
    }
}
