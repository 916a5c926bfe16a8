package be.toppsy.desk.shell;

import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.storage.BackupCredential;
import be.toppsy.desk.ui.DialogService;
import java.util.Optional;

/** Asks what opens a backup's own key file: a username and that user's password of then, or the recovery code. */
final class BackupCredentials {

    private BackupCredentials() {
    }

    /** Empty when the person cancels. */
    static Optional<BackupCredential> ask(DialogService dialogs, Messages messages) {
        String title = messages.get("backup.restore.title");
        String username = dialogs.ask(title, messages.get("backup.credential.username"), "").orElse("");
        return dialogs.askSecret(title, messages.get("backup.credential.secret"))
                .map(secret -> new BackupCredential(username, secret));
    }
}
