package be.toppsy.desk.content.render;

/** Follows a link that leaves the text: to another chapter, lesson, quiz... or an outside web page. */
public interface ContentLinkHandler {

    void open(ContentLink link);
}
