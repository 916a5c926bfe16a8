package be.toppsy.desk.shell;

import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.security.AccessDeniedException;
import be.toppsy.desk.storage.StorageException;
import be.toppsy.desk.ui.DialogService;
import java.util.function.Consumer;

/**
 * What the user sees when background work fails on the default path: a short message in their
 * language (a storage problem in its own words), never the exception's text or a stack trace.
 */
public final class FailureNotice implements Consumer<Throwable> {

    private final Messages messages;
    private final DialogService dialogs;

    public FailureNotice(Messages messages, DialogService dialogs) {
        this.messages = messages;
        this.dialogs = dialogs;
    }

    @Override
    public void accept(Throwable failure) {
        dialogs.showError(messages.get("error.title"), message(failure));
    }

    /** The message for a failure; package-private for tests. */
    String message(Throwable failure) {
        var storage = StorageException.findIn(failure);
        if (storage.isPresent()) {
            return messages.get(storage.get().reason().messageKey(), storage.get().detail());
        }
        if (causedBy(failure, AccessDeniedException.class)) {
            return messages.get("error.notAllowed");
        }
        if (failure instanceof ValidationException invalid && !invalid.errors().isEmpty()) {
            ValidationException.FieldError first = invalid.errors().values().iterator().next();
            return messages.get(first.messageKey(), first.args());
        }
        return messages.get("error.background");
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
