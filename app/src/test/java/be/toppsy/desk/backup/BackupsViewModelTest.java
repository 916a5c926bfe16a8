package be.toppsy.desk.backup;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.AppGate;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.RecordingDialogs;
import be.toppsy.desk.testing.TestGates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backups page's behaviour, without a screen. */
class BackupsViewModelTest {

    @TempDir
    Path folder;
    @TempDir
    Path usb;
    private final MutableClock clock = MutableClock.at("2026-11-22T09:00:00Z");
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<Boolean> restored = new ArrayList<>();
    private AppGate gate;
    private BackupsViewModel model;

    @BeforeEach
    void setUp() {
        gate = TestGates.firstRun(folder, clock);
        gate.whenRestored(restored::add);
        BackupService service = gate.opened().features().stream().filter(BackupFeature.class::isInstance)
                .map(f -> ((BackupFeature) f).service()).findFirst().orElseThrow();
        model = new BackupsViewModel(service, TaskRunner.direct(), new Messages(Language.NL), dialogs, clock);
        model.load();
    }

    @AfterEach
    void close() {
        gate.close();
    }

    @Test
    void aBackupMadeNowShowsInTheListWithAMessage() {
        assertThat(model.summaryProperty().get()).isEqualTo("Er is nog geen back-up.");
        model.backupNow();
        assertThat(model.rows()).hasSize(1);
        assertThat(model.messageProperty().get()).startsWith("Back-up gemaakt: toppsy-");
        assertThat(model.summaryProperty().get()).contains("22/11/2026").contains("1 in totaal");
        assertThat(model.kind(model.rows().get(0))).isEqualTo("Met de hand");
        // The size grows with the schema; what matters is a readable size with its unit.
        assertThat(model.size(model.rows().get(0))).matches("\\d+(,\\d+)? (kB|MB)");
    }

    @Test
    void aWrongNumberToKeepShowsNextToTheFieldAndKeepsWhatWasTyped() {
        model.keepProperty().set("veel");
        model.saveKeep();
        assertThat(model.errorOf("keep").get()).isEqualTo("Vul een getal in.");
        assertThat(model.keepProperty().get()).isEqualTo("veel");
        model.keepProperty().set("1");
        model.saveKeep();
        assertThat(model.errorOf("keep").get()).contains("3").contains("365");
        model.keepProperty().set("30");
        model.saveKeep();
        assertThat(model.errorOf("keep").get()).isEmpty();
        assertThat(model.messageProperty().get()).contains("30");
    }

    @Test
    void nothingIsRestoredWithoutConfirmation() {
        model.backupNow();
        model.selectedProperty().set(model.rows().get(0));
        dialogs.confirmAnswer = false;
        model.restoreSelected();
        assertThat(restored).isEmpty();
        assertThat(gate.isOpen()).isTrue();
        dialogs.confirmAnswer = true;
        model.restoreSelected();
        assertThat(restored).containsExactly(true);
        assertThat(gate.isOpen()).isFalse();
    }

    @Test
    void aCopyGoesToTheChosenFolder() {
        model.backupNow();
        model.selectedProperty().set(model.rows().get(0));
        dialogs.fileAnswer = usb;
        model.copySelected();
        assertThat(usb.resolve(model.rows().get(0).fileName())).exists();
        assertThat(model.messageProperty().get()).contains(usb.toString());
    }

    @Test
    void withoutASelectionTheUserIsToldWhatToDo() {
        model.copySelected();
        assertThat(model.problemProperty().get()).isEqualTo("Kies eerst een back-up in de lijst.");
    }

    @Test
    void aNewRecoveryCodeIsHandedToTheScreenOnlyAfterConfirming() {
        List<String> shown = new ArrayList<>();
        model.onRecoveryCode(shown::add);
        dialogs.confirmAnswer = false;
        model.newRecoveryCode();
        assertThat(shown).isEmpty();
        dialogs.confirmAnswer = true;
        model.newRecoveryCode();
        assertThat(shown).singleElement().asString().hasSize(35);
    }
}
