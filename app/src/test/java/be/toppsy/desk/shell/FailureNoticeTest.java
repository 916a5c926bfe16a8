package be.toppsy.desk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.security.AccessDeniedException;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.storage.StorageException;
import be.toppsy.desk.testing.RecordingDialogs;
import org.junit.jupiter.api.Test;

/** What a user sees of a failed background task: a message in their language, never the technical text. */
class FailureNoticeTest {

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Messages messages = new Messages(Language.NL);
    private final FailureNotice notice = new FailureNotice(messages, dialogs);

    @Test
    void anUnexpectedFailureShowsAPlainMessageWithoutItsTechnicalText() {
        notice.accept(new IllegalStateException("SQL [select * from resident where id = ?]; boom"));
        assertThat(dialogs.shown).singleElement().isEqualTo("error: " + messages.get("error.title") + ": "
                + messages.get("error.background"));
        assertThat(dialogs.shown.get(0)).doesNotContain("SQL").doesNotContain("boom");
    }

    @Test
    void theMessageFollowsTheUsersLanguage() {
        messages.setLanguage(Language.FR);
        notice.accept(new IllegalStateException("boom"));
        assertThat(dialogs.shown).singleElement().asString().contains(messages.get("error.background"))
                .contains("Réessayez");
    }

    @Test
    void aStorageProblemARefusalAndABadInputGetTheirOwnWords() {
        StorageException diskFull = new StorageException(StorageException.Reason.DISK_FULL, "/data", null);
        assertThat(notice.message(new RuntimeException(diskFull)))
                .isEqualTo(messages.get(StorageException.Reason.DISK_FULL.messageKey(), diskFull.detail()));
        assertThat(notice.message(new AccessDeniedException(Permission.AUDIT_VIEW)))
                .isEqualTo(messages.get("error.notAllowed"));
        assertThat(notice.message(ValidationException.of("date", "error.date")))
                .isEqualTo(messages.get("error.date"));
    }
}
