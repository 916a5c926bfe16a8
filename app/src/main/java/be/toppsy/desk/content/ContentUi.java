package be.toppsy.desk.content;

import be.toppsy.desk.content.pack.Problem;
import be.toppsy.desk.content.render.ContentLinkHandler;
import be.toppsy.desk.content.render.ContentRenderer;
import be.toppsy.desk.content.render.CrisisContacts;
import be.toppsy.desk.content.render.HandoutConverter;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.ui.DialogService;

/**
 * What the guide and learning screens share to show content: the active pack, search, and a
 * renderer per screen (each keeps its own popup) that follows links the same way everywhere.
 */
public final class ContentUi {

    private final ContentService content;
    private final ContentSearch search;
    private final Messages messages;
    private final CrisisContacts crisisContacts;
    private final ContentLinkHandler links;
    private final DialogService dialogs;

    public ContentUi(ContentService content, ContentSearch search, Messages messages, CrisisContacts crisisContacts,
            ContentLinkHandler links, DialogService dialogs) {
        this.content = content;
        this.search = search;
        this.messages = messages;
        this.crisisContacts = crisisContacts;
        this.links = links;
        this.dialogs = dialogs;
    }

    public ContentService content() {
        return content;
    }

    public ContentSearch search() {
        return search;
    }

    public Messages messages() {
        return messages;
    }

    public CrisisContacts crisisContacts() {
        return crisisContacts;
    }

    public ContentLinkHandler links() {
        return links;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    /** A renderer for one screen. */
    public ContentRenderer renderer() {
        return new ContentRenderer(messages, crisisContacts, links);
    }

    /** Turns chapters and lessons into printable handouts. */
    public HandoutConverter handouts() {
        return new HandoutConverter(messages, crisisContacts);
    }

    /** A problem as one line of text: "file:line: message". */
    public String describe(Problem problem) {
        String message = messages.get(problem.kind().messageKey(), problem.args().toArray());
        return problem.line() > 0 ? messages.get("content.problem.atLine", problem.file(), problem.line(), message)
                : messages.get("content.problem.inFile", problem.file(), message);
    }
}
