package be.toppsy.desk.reports;

import be.toppsy.desk.reports.pdf.Block;
import be.toppsy.desk.reports.pdf.DocumentModel;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.reports.pdf.Block.KeyValue;
import be.toppsy.desk.reports.ResidentSummaryData.Section;
import java.util.ArrayList;
import java.util.List;

/** A resident's follow-up summary with the chosen sections. */
public final class ResidentSummaryBuilder implements DocumentBuilder<ResidentSummaryData> {

    @Override
    public DocumentKind kind() {
        return DocumentKind.RESIDENT_SUMMARY;
    }

    @Override
    public String fileName(ResidentSummaryData data, ExportContext context) {
        // The code, never the name, even when the document shows names.
        return "opvolging-" + DocumentBuilder.slug(data.resident().code()) + "-" + context.today() + ".pdf";
    }

    @Override
    public DocumentModel build(ResidentSummaryData data, ExportContext context) {
        Messages messages = context.messages();
        List<Block> blocks = new ArrayList<>();
        if (data.sections().contains(Section.PROFILE)) {
            blocks.add(new Block.Heading(1, messages.get("reports.summary.profile")));
            blocks.add(new Block.KeyValues(List.of(
                    new KeyValue(messages.get("reports.col.resident"), context.resident(data.resident())),
                    new KeyValue(messages.get("reports.summary.unit"), MeetingPackBuilder.nz(data.unit())),
                    new KeyValue(messages.get("reports.summary.level"),
                            data.supportLevel() == null ? "" : messages.get(data.supportLevel().messageKey())),
                    new KeyValue(messages.get("reports.summary.keyWorker"), MeetingPackBuilder.nz(data.keyWorker())),
                    new KeyValue(messages.get("reports.summary.arrived"),
                            data.arrivedOn() == null ? "–" : context.date(data.arrivedOn())),
                    new KeyValue(messages.get("reports.summary.purpose"), MeetingPackBuilder.nz(data.purpose())))));
        }
        blocks.add(new Block.Paragraph(context.includeNames() ? messages.get("reports.namesIncluded")
                : messages.get("reports.deidentified"), Block.TextStyle.MUTED));
        if (data.sections().contains(Section.PLAN)) {
            blocks.add(new Block.Heading(1, messages.get("reports.summary.plan")));
            if (data.planGoals().isEmpty()) {
                blocks.add(new Block.Paragraph(messages.get("reports.summary.noPlan"), Block.TextStyle.MUTED));
            } else {
                blocks.add(new Block.BulletList(data.planGoals()));
            }
        }
        if (data.sections().contains(Section.OBSERVATIONS)) {
            blocks.add(new Block.Heading(1, messages.get("reports.summary.observations")));
            blocks.add(new Block.Table(List.of(messages.get("reports.col.date"), messages.get("reports.col.author"),
                    messages.get("reports.col.observation")), List.of(1f, 1.4f, 5f),
                    data.observations().stream().map(o -> List.of(context.date(o.date()), MeetingPackBuilder.nz(o.author()),
                            o.text())).toList(), messages.get("reports.meeting.noObservations")));
        }
        if (data.sections().contains(Section.ACTIONS)) {
            blocks.add(new Block.Heading(1, messages.get("reports.summary.actions")));
            blocks.add(new Block.Table(List.of(messages.get("reports.col.openAction"), messages.get("reports.col.owner"),
                    messages.get("reports.col.due")), List.of(5f, 1.4f, 1f),
                    data.openActions().stream().map(a -> List.of(a.description(), MeetingPackBuilder.nz(a.owner()),
                            a.due() == null ? "–" : context.date(a.due()))).toList(),
                    messages.get("reports.summary.noActions")));
        }
        if (data.sections().contains(Section.REFERRALS)) {
            blocks.add(new Block.Heading(1, messages.get("reports.summary.referrals")));
            blocks.add(new Block.Table(List.of(messages.get("reports.col.service"), messages.get("reports.col.referredOn"),
                    messages.get("reports.col.state")), List.of(3.5f, 1.3f, 1.6f),
                    data.referrals().stream().map(r -> List.of(r.service(),
                            r.referredOn() == null ? "–" : context.date(r.referredOn()), MeetingPackBuilder.nz(r.state())))
                            .toList(), messages.get("reports.meeting.noReferrals")));
        }
        if (data.sections().contains(Section.REVIEWS)) {
            blocks.add(new Block.Heading(1, messages.get("reports.summary.reviews")));
            blocks.add(new Block.Table(List.of(messages.get("reports.col.date"), messages.get("reports.summary.outcome")),
                    List.of(1f, 6f), data.reviews().stream().map(r -> List.of(context.date(r.date()), r.outcome())).toList(),
                    messages.get("reports.summary.noReviews")));
        }
        return context.document(messages.get("reports.summary.title", context.resident(data.resident())),
                MeetingPackBuilder.nz(data.purpose()), blocks);
    }
}
