package be.toppsy.desk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.App;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.TestServices;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The administrator's settings page on a real H2: read and stored through background work. */
class SettingsViewModelTest {

    @TempDir
    Path folder;
    private App.Services services;
    private SettingsViewModel model;

    @BeforeEach
    void setUp() {
        services = TestServices.withAdmin(folder, MutableClock.at("2026-11-22T09:00:00Z"));
        model = new SettingsViewModel(services.shellSettings(), services.messages(), "/data", TaskRunner.direct());
    }

    @AfterEach
    void tearDown() {
        services.database().close();
    }

    @Test
    void theIdleTimeShowsOnceLoaded() {
        assertThat(model.idleMinutesProperty().get()).isEmpty();

        model.load();

        assertThat(model.idleMinutesProperty().get()).isEqualTo(String.valueOf(ShellSettings.DEFAULT_IDLE_LOCK_MINUTES));
    }

    @Test
    void aValidIdleTimeIsStoredAndConfirmed() {
        model.load();
        model.idleMinutesProperty().set("25");

        model.save();

        assertThat(services.shellSettings().idleLockMinutes()).isEqualTo(25);
        assertThat(model.messageProperty().get()).isNotBlank();
    }

    @Test
    void anIdleTimeOutOfRangeIsRefusedNextToTheFieldAndNothingIsStored() {
        model.load();
        model.idleMinutesProperty().set("500");

        model.save();

        assertThat(model.errorOf("idleMinutes").get()).isNotBlank();
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(services.shellSettings().idleLockMinutes()).isEqualTo(ShellSettings.DEFAULT_IDLE_LOCK_MINUTES);
    }
}
