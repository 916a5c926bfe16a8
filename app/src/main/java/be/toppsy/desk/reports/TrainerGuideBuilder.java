package be.toppsy.desk.reports;

import be.toppsy.desk.reports.pdf.Block;
import be.toppsy.desk.reports.pdf.DocumentModel;
import be.toppsy.desk.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * A module's trainer guide: audience, total time, materials, preparation, a timetable, then each
 * block with its activity, lesson and discussion questions.
 */
public final class TrainerGuideBuilder implements DocumentBuilder<TrainerGuideData> {

    @Override
    public DocumentKind kind() {
        return DocumentKind.TRAINER_GUIDE;
    }

    @Override
    public String fileName(TrainerGuideData data, ExportContext context) {
        return "trainershandleiding-" + DocumentBuilder.slug(data.module()) + ".pdf";
    }

    /** Minutes from the start as h:mm, the way a timetable reads ("1:05"). */
    static String clock(int minutes) {
        return minutes / 60 + ":" + String.format("%02d", minutes % 60);
    }

    @Override
    public DocumentModel build(TrainerGuideData data, ExportContext context) {
        Messages messages = context.messages();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.KeyValues(List.of(
                new Block.KeyValue(messages.get("reports.trainerGuide.audience"), data.audience()),
                new Block.KeyValue(messages.get("reports.trainerGuide.total"),
                        messages.get("reports.trainerGuide.totalValue", data.totalMinutes(), clock(data.totalMinutes()))))));

        blocks.add(new Block.Heading(1, messages.get("reports.trainerGuide.materials")));
        if (data.materials().isEmpty()) {
            blocks.add(new Block.Paragraph(messages.get("reports.trainerGuide.noMaterials"), Block.TextStyle.MUTED));
        } else {
            blocks.add(new Block.BulletList(data.materials()));
        }
        if (!data.preparation().isEmpty()) {
            blocks.add(new Block.Heading(1, messages.get("reports.trainerGuide.preparation")));
            HandoutBuilder.addParts(data.preparation(), 2, blocks);
        }

        blocks.add(new Block.Heading(1, messages.get("reports.trainerGuide.timetable")));
        List<List<String>> rows = new ArrayList<>();
        for (TrainerGuideData.TimeBlock b : data.blocks()) {
            rows.add(List.of(clock(b.startMinute()), b.title(), String.valueOf(b.minutes()), b.lesson()));
        }
        blocks.add(new Block.Table(List.of(messages.get("reports.trainerGuide.col.start"),
                messages.get("reports.trainerGuide.col.block"), messages.get("reports.trainerGuide.col.minutes"),
                messages.get("reports.trainerGuide.col.lesson")), List.of(0.8f, 3.2f, 0.9f, 2.4f), rows, ""));

        for (TrainerGuideData.TimeBlock b : data.blocks()) {
            blocks.add(new Block.Heading(1, b.title()));
            String when = messages.get("reports.trainerGuide.when", clock(b.startMinute()),
                    clock(b.startMinute() + b.minutes()), b.minutes());
            blocks.add(new Block.Paragraph(b.lesson().isEmpty() ? when
                    : messages.get("reports.trainerGuide.whenLesson", when, b.lesson()), Block.TextStyle.MUTED));
            HandoutBuilder.addParts(b.activity(), 2, blocks);
            if (!b.discussion().isEmpty()) {
                blocks.add(new Block.Heading(3, messages.get("reports.trainerGuide.discussion")));
                blocks.add(new Block.BulletList(b.discussion(), true));
            }
        }
        return context.document(messages.get("reports.trainerGuide.title", data.module()), data.subtitle(), blocks);
    }
}
