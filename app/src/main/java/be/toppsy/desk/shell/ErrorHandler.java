package be.toppsy.desk.shell;

import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.ui.DialogService;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every uncaught exception ends in the log and, on screen, in a friendly dialog (a storage problem in its own words). */
public final class ErrorHandler implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);
    private final Messages messages;
    private volatile DialogService dialogs;

    private ErrorHandler(Messages messages) {
        this.messages = messages;
    }

    public static ErrorHandler install(Messages messages) {
        ErrorHandler handler = new ErrorHandler(messages);
        Thread.setDefaultUncaughtExceptionHandler(handler);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(handler);
        }
        return handler;
    }

    public void useDialogs(DialogService dialogService) {
        this.dialogs = dialogService;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("Uncaught exception on {}", thread.getName(), error);
        DialogService current = dialogs;
        if (current == null) {
            return;
        }
        // A storage problem (a full disk during a save, say) gets its own clear message, without technical details.
        java.util.Optional<be.toppsy.desk.storage.StorageException> storage =
                be.toppsy.desk.storage.StorageException.findIn(error);
        Runnable show = storage.isPresent()
                ? () -> current.showError(messages.get("error.title"),
                        messages.get(storage.get().reason().messageKey(), storage.get().detail()))
                : () -> current.showException(messages.get("error.title"), messages.get("error.unexpected"), error);
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }
}
