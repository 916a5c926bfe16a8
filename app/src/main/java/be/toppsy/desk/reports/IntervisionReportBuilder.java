package be.toppsy.desk.reports;

import be.toppsy.desk.reports.pdf.Block;
import be.toppsy.desk.reports.pdf.DocumentModel;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.reports.pdf.Block.KeyValue;
import be.toppsy.desk.reports.IntervisionReportData.CaseReport;
import be.toppsy.desk.reports.IntervisionReportData.PhaseNote;
import java.util.ArrayList;
import java.util.List;

/** The report of an intervision session: method, participants, and per case the question, phases, conclusion and actions. */
public final class IntervisionReportBuilder implements DocumentBuilder<IntervisionReportData> {

    @Override
    public DocumentKind kind() {
        return DocumentKind.INTERVISION_REPORT;
    }

    @Override
    public String fileName(IntervisionReportData data, ExportContext context) {
        return "intervisie-" + data.date() + ".pdf";
    }

    @Override
    public DocumentModel build(IntervisionReportData data, ExportContext context) {
        Messages messages = context.messages();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.KeyValues(List.of(
                new KeyValue(messages.get("reports.meeting.date"), context.date(data.date())),
                new KeyValue(messages.get("reports.meeting.team"), MeetingPackBuilder.nz(data.team())),
                new KeyValue(messages.get("reports.intervision.method"), MeetingPackBuilder.nz(data.method())),
                new KeyValue(messages.get("reports.intervision.facilitator"), MeetingPackBuilder.nz(data.facilitator())),
                new KeyValue(messages.get("reports.intervision.participants"),
                        data.participants().isEmpty() ? "–" : String.join(", ", data.participants())))));
        blocks.add(new Block.Paragraph(messages.get("reports.intervision.noNames"), Block.TextStyle.MUTED));
        if (!data.sessionNotes().isEmpty()) {
            blocks.add(new Block.Heading(1, messages.get("reports.intervision.sessionNotes")));
            for (PhaseNote phase : data.sessionNotes()) {
                blocks.add(new Block.Heading(3, phase.phase()));
                blocks.add(new Block.Paragraph(MeetingPackBuilder.nz(phase.notes())));
            }
        }
        if (data.cases().isEmpty()) {
            blocks.add(new Block.Paragraph(messages.get("reports.intervision.noCases"), Block.TextStyle.MUTED));
        }
        for (CaseReport c : data.cases()) {
            blocks.add(new Block.Heading(1, messages.get("reports.intervision.case", c.caseCode())));
            blocks.add(new Block.KeyValues(List.of(
                    new KeyValue(messages.get("reports.col.presenter"), MeetingPackBuilder.nz(c.presenter())),
                    new KeyValue(messages.get("reports.col.question"), MeetingPackBuilder.nz(c.question())))));
            for (PhaseNote phase : c.phases()) {
                blocks.add(new Block.Heading(3, phase.phase()));
                blocks.add(new Block.Paragraph(MeetingPackBuilder.nz(phase.notes())));
            }
            if (c.conclusion() != null && !c.conclusion().isBlank()) {
                blocks.add(new Block.Callout(messages.get("reports.intervision.conclusion"), c.conclusion()));
            }
            blocks.add(new Block.Heading(3, messages.get("reports.intervision.actions")));
            if (c.actionPoints().isEmpty()) {
                blocks.add(new Block.Paragraph(messages.get("reports.intervision.noActions"), Block.TextStyle.MUTED));
            } else {
                blocks.add(new Block.BulletList(c.actionPoints()));
            }
        }
        return context.document(messages.get("reports.intervision.title"),
                messages.get("reports.intervision.subtitle", context.date(data.date()), data.cases().size()), blocks);
    }
}
