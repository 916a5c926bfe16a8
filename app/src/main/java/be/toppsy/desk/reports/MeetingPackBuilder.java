package be.toppsy.desk.reports;

import be.toppsy.desk.reports.pdf.Block;
import be.toppsy.desk.reports.pdf.DocumentModel;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.reports.pdf.Block.KeyValue;
import be.toppsy.desk.reports.MeetingPackData.Action;
import be.toppsy.desk.reports.MeetingPackData.Observation;
import be.toppsy.desk.reports.MeetingPackData.Reason;
import be.toppsy.desk.reports.MeetingPackData.ResidentForDiscussion;
import be.toppsy.desk.reports.MeetingPackData.Section;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The team meeting pack (teamoverleg): cover, agenda, residents, overdue actions, referrals, intervision, training. */
public final class MeetingPackBuilder implements DocumentBuilder<MeetingPackData> {

    @Override
    public DocumentKind kind() {
        return DocumentKind.MEETING_PACK;
    }

    @Override
    public String fileName(MeetingPackData data, ExportContext context) {
        return "teamoverleg-" + DocumentBuilder.slug(data.team()) + "-" + data.meetingDate() + ".pdf";
    }

    @Override
    public DocumentModel build(MeetingPackData data, ExportContext context) {
        Messages messages = context.messages();
        List<Block> blocks = new ArrayList<>();
        String period = data.periodFrom() == null || data.periodTo() == null ? ""
                : messages.get("reports.meeting.periodValue", context.date(data.periodFrom()), context.date(data.periodTo()));
        List<KeyValue> cover = new ArrayList<>();
        cover.add(new KeyValue(messages.get("reports.meeting.date"), context.date(data.meetingDate())));
        cover.add(new KeyValue(messages.get("reports.meeting.team"), data.team()));
        if (!period.isEmpty()) {
            cover.add(new KeyValue(messages.get("reports.meeting.period"), period));
        }
        cover.add(new KeyValue(messages.get("reports.meeting.attendees"),
                data.attendees().isEmpty() ? "–" : String.join(", ", data.attendees())));
        if (data.sections().contains(Section.RESIDENTS)) {
            cover.add(new KeyValue(messages.get("reports.meeting.residentCount"), Integer.toString(data.residents().size())));
        }
        if (data.sections().contains(Section.OVERDUE_ACTIONS)) {
            long overdue = data.openActions().stream()
                    .filter(a -> a.due() != null && a.due().isBefore(data.meetingDate())).count();
            cover.add(new KeyValue(messages.get("reports.meeting.countOverdue"), Long.toString(overdue)));
        }
        if (data.sections().contains(Section.REFERRALS)) {
            cover.add(new KeyValue(messages.get("reports.meeting.countReferrals"),
                    Integer.toString(data.waitingReferrals().size())));
        }
        if (data.sections().contains(Section.INTERVISION)) {
            cover.add(new KeyValue(messages.get("reports.meeting.countCases"),
                    Integer.toString(data.intervisionCases().size())));
        }
        blocks.add(new Block.KeyValues(cover));
        blocks.add(new Block.Paragraph(context.includeNames() ? messages.get("reports.namesIncluded")
                : messages.get("reports.deidentified"), Block.TextStyle.MUTED));

        if (data.sections().contains(Section.AGENDA)) {
            blocks.add(new Block.Heading(1, messages.get("reports.meeting.agenda")));
            if (data.agenda().isEmpty()) {
                blocks.add(new Block.Paragraph(messages.get("reports.meeting.noAgenda"), Block.TextStyle.MUTED));
            } else {
                blocks.add(new Block.BulletList(data.agenda(), true));
            }
        }

        Map<String, List<Action>> actionsByResident = data.openActions().stream()
                .collect(Collectors.groupingBy(a -> a.resident().code(), LinkedHashMap::new, Collectors.toList()));
        if (data.sections().contains(Section.RESIDENTS)) {
            blocks.add(new Block.PageBreak());
            blocks.add(new Block.Heading(1, messages.get("reports.meeting.residents")));
            if (data.residents().isEmpty()) {
                blocks.add(new Block.Paragraph(messages.get("reports.meeting.noResidents"), Block.TextStyle.MUTED));
            }
            for (ResidentForDiscussion r : data.residents()) {
                residentBlocks(r, actionsByResident.getOrDefault(r.resident().code(), List.of()), context, blocks);
            }
        }

        if (data.sections().contains(Section.OVERDUE_ACTIONS)) {
            blocks.add(new Block.Heading(1, messages.get("reports.meeting.overdue")));
            List<List<String>> rows = data.openActions().stream()
                    .filter(a -> a.due() != null && a.due().isBefore(data.meetingDate()))
                    .sorted(Comparator.comparing(Action::due))
                    .map(a -> List.of(context.resident(a.resident()), a.description(), nz(a.owner()), context.date(a.due()),
                            days(ChronoUnit.DAYS.between(a.due(), data.meetingDate()), messages)))
                    .toList();
            blocks.add(new Block.Table(List.of(messages.get("reports.col.resident"), messages.get("reports.col.action"),
                    messages.get("reports.col.owner"), messages.get("reports.col.due"), messages.get("reports.col.late")),
                    List.of(1.1f, 3.7f, 1.4f, 1.1f, 0.9f), rows, messages.get("reports.meeting.noOverdue")));
        }

        if (data.sections().contains(Section.REFERRALS)) {
            blocks.add(new Block.Heading(1, messages.get("reports.meeting.referrals")));
            List<List<String>> rows = data.waitingReferrals().stream()
                    .sorted(Comparator.comparing(MeetingPackData.WaitingReferral::referredOn))
                    .map(w -> List.of(context.resident(w.resident()), w.service(), context.date(w.referredOn()),
                            days(ChronoUnit.DAYS.between(w.referredOn(), data.meetingDate()), messages)))
                    .toList();
            blocks.add(new Block.Table(List.of(messages.get("reports.col.resident"), messages.get("reports.col.service"),
                    messages.get("reports.col.referredOn"), messages.get("reports.col.waiting")),
                    List.of(1.3f, 3.2f, 1.3f, 1.1f), rows, messages.get("reports.meeting.noReferrals")));
        }

        if (data.sections().contains(Section.INTERVISION)) {
            blocks.add(new Block.Heading(1, messages.get("reports.meeting.intervision")));
            List<List<String>> rows = data.intervisionCases().stream()
                    .map(c -> List.of(c.caseCode(), c.question(), nz(c.presenter()))).toList();
            blocks.add(new Block.Table(List.of(messages.get("reports.col.case"), messages.get("reports.col.question"),
                    messages.get("reports.col.presenter")), List.of(1f, 4f, 1.5f), rows,
                    messages.get("reports.meeting.noIntervision")));
        }

        if (data.sections().contains(Section.TRAINING)) {
            blocks.add(new Block.Heading(1, messages.get("reports.meeting.training")));
            List<List<String>> rows = data.training().stream()
                    .map(t -> List.of(t.person(), t.module(),
                            messages.get("reports.progress", t.completedLessons(), t.totalLessons()),
                            t.completedOn() == null ? "–" : context.date(t.completedOn())))
                    .toList();
            blocks.add(new Block.Table(List.of(messages.get("reports.col.person"), messages.get("reports.col.module"),
                    messages.get("reports.col.progress"), messages.get("reports.col.completedOn")),
                    List.of(1.6f, 3f, 1.2f, 1.2f), rows, messages.get("reports.meeting.noTraining")));
        }

        String subtitle = period.isEmpty() ? context.date(data.meetingDate())
                : messages.get("reports.meeting.subtitle", context.date(data.meetingDate()), period);
        return context.document(messages.get("reports.meeting.title", data.team()), subtitle, blocks);
    }

    private static void residentBlocks(ResidentForDiscussion r, List<Action> actions, ExportContext context,
            List<Block> blocks) {
        Messages messages = context.messages();
        List<String> parts = new ArrayList<>();
        parts.add(context.resident(r.resident()));
        if (r.unit() != null && !r.unit().isBlank()) {
            parts.add(r.unit());
        }
        if (r.supportLevel() != null) {
            parts.add(messages.get(r.supportLevel().messageKey()));
        }
        blocks.add(new Block.Heading(2, String.join(" · ", parts)));
        if (!r.reasons().isEmpty()) {
            String reasons = r.reasons().stream().map(reason -> reasonText(reason, messages))
                    .collect(Collectors.joining(", "));
            blocks.add(new Block.Paragraph(messages.get("reports.meeting.reasons", reasons), Block.TextStyle.MUTED));
        }
        List<List<String>> observations = r.recentObservations().stream()
                .sorted(Comparator.comparing(Observation::date).reversed())
                .map(o -> List.of(context.date(o.date()), nz(o.author()), o.text())).toList();
        blocks.add(new Block.Table(List.of(messages.get("reports.col.date"), messages.get("reports.col.author"),
                messages.get("reports.col.observation")), List.of(1f, 1.4f, 5f), observations,
                messages.get("reports.meeting.noObservations")));
        if (!actions.isEmpty()) {
            List<List<String>> rows = actions.stream()
                    .map(a -> List.of(a.description(), nz(a.owner()), a.due() == null ? "–" : context.date(a.due()))).toList();
            blocks.add(new Block.Table(List.of(messages.get("reports.col.openAction"), messages.get("reports.col.owner"),
                    messages.get("reports.col.due")), List.of(5f, 1.4f, 1f), rows, ""));
        }
    }

    private static String reasonText(Reason reason, Messages messages) {
        return switch (reason) {
            case FLAGGED -> messages.get("reports.reason.flagged");
            case LEVEL_CHANGED -> messages.get("reports.reason.levelChanged");
            case REVIEW_DUE -> messages.get("reports.reason.reviewDue");
        };
    }

    static String days(long days, Messages messages) {
        return days == 1 ? messages.get("reports.oneDay") : messages.get("reports.days", days);
    }

    static String nz(String text) {
        return text == null || text.isBlank() ? "–" : text;
    }
}
