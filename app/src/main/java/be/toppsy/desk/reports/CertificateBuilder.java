package be.toppsy.desk.reports;

import be.toppsy.desk.reports.pdf.Block;
import be.toppsy.desk.reports.pdf.DocumentModel;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.reports.pdf.Block.Align;
import be.toppsy.desk.reports.pdf.Block.TextStyle;
import java.util.ArrayList;
import java.util.List;

/** A one-page certificate of a completed module. */
public final class CertificateBuilder implements DocumentBuilder<CertificateData> {

    @Override
    public DocumentKind kind() {
        return DocumentKind.CERTIFICATE;
    }

    @Override
    public String fileName(CertificateData data, ExportContext context) {
        return "certificaat-" + DocumentBuilder.slug(data.module()) + "-" + DocumentBuilder.slug(data.participant()) + ".pdf";
    }

    @Override
    public DocumentModel build(CertificateData data, ExportContext context) {
        Messages messages = context.messages();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Spacer(90));
        blocks.add(new Block.Paragraph(messages.get("reports.certificate.heading"), TextStyle.DISPLAY, Align.CENTER));
        blocks.add(new Block.Spacer(30));
        blocks.add(new Block.Paragraph(messages.get("reports.certificate.declares"), TextStyle.BODY, Align.CENTER));
        blocks.add(new Block.Spacer(14));
        blocks.add(new Block.Paragraph(data.participant(), TextStyle.DISPLAY, Align.CENTER));
        blocks.add(new Block.Spacer(14));
        blocks.add(new Block.Paragraph(messages.get("reports.certificate.completed"), TextStyle.BODY, Align.CENTER));
        blocks.add(new Block.Spacer(8));
        blocks.add(new Block.Paragraph(data.module(), TextStyle.LARGE, Align.CENTER));
        blocks.add(new Block.Spacer(24));
        String details = data.scorePercent() == null
                ? messages.get("reports.certificate.details", context.date(data.completedOn()), data.lessons())
                : messages.get("reports.certificate.detailsScore", context.date(data.completedOn()), data.lessons(),
                        data.scorePercent());
        blocks.add(new Block.Paragraph(details, TextStyle.BODY, Align.CENTER));
        blocks.add(new Block.Spacer(90));
        blocks.add(new Block.Paragraph(MeetingPackBuilder.nz(data.issuedBy()), TextStyle.BODY, Align.CENTER));
        blocks.add(new Block.Paragraph(MeetingPackBuilder.nz(data.organisation()), TextStyle.MUTED, Align.CENTER));
        return context.document("", "", blocks, true);
    }
}
