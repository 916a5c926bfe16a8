package be.toppsy.desk.content.render;

import be.toppsy.desk.i18n.Messages;
import java.util.List;

/**
 * The four Belgian numbers of the content guidelines (112, 1813, 0800 32 123, 106), used until the
 * social map's editable list is wired in.
 */
public final class DefaultCrisisContacts implements CrisisContacts {

    private final Messages messages;

    public DefaultCrisisContacts(Messages messages) {
        this.messages = messages;
    }

    @Override
    public List<CrisisContact> list() {
        return List.of(
                new CrisisContact("112", messages.get("content.crisis.112.name"), messages.get("content.crisis.112.note")),
                new CrisisContact("1813", messages.get("content.crisis.1813.name"),
                        messages.get("content.crisis.1813.note")),
                new CrisisContact("0800 32 123", messages.get("content.crisis.0800.name"),
                        messages.get("content.crisis.0800.note")),
                new CrisisContact("106", messages.get("content.crisis.106.name"), messages.get("content.crisis.106.note")));
    }
}
