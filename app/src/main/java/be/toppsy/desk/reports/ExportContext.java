package be.toppsy.desk.reports;

import be.toppsy.desk.reports.pdf.Block;
import be.toppsy.desk.reports.pdf.DocumentModel;
import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Messages;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What a builder needs besides its data: the texts, who exports and when, and whether resident
 * names may appear. Builders show residents only through {@link #resident(ResidentRef)}.
 */
public record ExportContext(DocumentKind kind, boolean includeNames, Messages messages, String author,
        LocalDateTime exportedAt) {

    /** The resident's code, or "Name (code)" when names are included. */
    public String resident(ResidentRef resident) {
        if (includeNames && !resident.name().isBlank()) {
            return messages.get("reports.residentWithName", resident.name(), resident.code());
        }
        return resident.code();
    }

    public String date(LocalDate date) {
        return Formats.date(date);
    }

    public LocalDate today() {
        return exportedAt.toLocalDate();
    }

    /** The document with this export's header, footer and confidentiality marking. */
    public DocumentModel document(String title, String subtitle, List<Block> blocks) {
        return document(title, subtitle, blocks, false);
    }

    /** The document with this export's header and footer, and a frame on every page when asked. */
    public DocumentModel document(String title, String subtitle, List<Block> blocks, boolean framed) {
        String kindName = kindName();
        String header = messages.get("reports.header", kindName);
        String exportLine = messages.get("reports.exportedBy", Formats.dateTime(exportedAt), author);
        String confidentiality = confidential() ? messages.get("reports.confidential") : null;
        return new DocumentModel(title, subtitle, header, exportLine, confidentiality, messages.get("reports.page"),
                blocks, framed);
    }

    /** Documents about residents, intervision and personal training results are confidential; course material is not. */
    public boolean confidential() {
        return kind != DocumentKind.CERTIFICATE && kind != DocumentKind.HANDOUT && kind != DocumentKind.TRAINER_GUIDE;
    }

    public String kindName() {
        return kindName(kind, messages);
    }

    /** The name of a kind of document in the user's language. */
    public static String kindName(DocumentKind kind, Messages messages) {
        return switch (kind) {
            case MEETING_PACK -> messages.get("reports.kind.meetingPack");
            case INTERVISION_REPORT -> messages.get("reports.kind.intervisionReport");
            case RESIDENT_SUMMARY -> messages.get("reports.kind.residentSummary");
            case CERTIFICATE -> messages.get("reports.kind.certificate");
            case TRAINING_OVERVIEW -> messages.get("reports.kind.trainingOverview");
            case HANDOUT -> messages.get("reports.kind.handout");
            case TRAINER_GUIDE -> messages.get("reports.kind.trainerGuide");
        };
    }
}
