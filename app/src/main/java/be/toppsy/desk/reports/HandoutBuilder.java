package be.toppsy.desk.reports;

import be.toppsy.desk.reports.pdf.Block;
import be.toppsy.desk.reports.pdf.DocumentModel;
import be.toppsy.desk.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/** A guide chapter or lesson as a handout. */
public final class HandoutBuilder implements DocumentBuilder<HandoutData> {

    @Override
    public DocumentKind kind() {
        return DocumentKind.HANDOUT;
    }

    @Override
    public String fileName(HandoutData data, ExportContext context) {
        return DocumentBuilder.slug(data.title()) + ".pdf";
    }

    @Override
    public DocumentModel build(HandoutData data, ExportContext context) {
        Messages messages = context.messages();
        List<Block> blocks = new ArrayList<>();
        addParts(data.parts(), 1, blocks);
        if (data.source() != null && !data.source().isBlank()) {
            blocks.add(new Block.Spacer(8));
            blocks.add(new Block.Paragraph(messages.get("reports.handout.source", data.source()), Block.TextStyle.SMALL));
        }
        return context.document(data.title(), data.subtitle(), blocks);
    }

    /** The parts as document blocks, headings at the given level (a part inside a section sits lower). */
    static void addParts(List<HandoutData.Part> parts, int headingLevel, List<Block> blocks) {
        for (HandoutData.Part part : parts) {
            if (part instanceof HandoutData.Heading h) {
                blocks.add(new Block.Heading(headingLevel, h.text()));
            } else if (part instanceof HandoutData.Text t) {
                blocks.add(new Block.Paragraph(t.text()));
            } else if (part instanceof HandoutData.Bullets b) {
                blocks.add(new Block.BulletList(b.items(), b.numbered()));
            } else if (part instanceof HandoutData.Callout c) {
                blocks.add(new Block.Callout(c.label(), c.text()));
            }
        }
    }
}
