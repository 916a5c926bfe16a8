package be.toppsy.desk.residents.observations;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.residents.ResidentsFixture;
import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.residents.record.ResidentRow;
import be.toppsy.desk.testing.RecordedStatements;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resident picker of the quick observation on a real H2: it searches once typing pauses, with
 * one query on the residents, and reads the colleagues' names once per dialog. Every SQL statement
 * is counted through a jOOQ listener; the pause is a delay the test runs by hand.
 */
class QuickObservationViewModelTest {

    @TempDir
    Path folder;
    private ResidentsFixture f;
    private List<String> statements;
    private final List<Runnable> waiting = new ArrayList<>();

    @BeforeEach
    void setUp() {
        f = new ResidentsFixture(folder);
        f.resident("Amina", "Haddad", 30, SupportLevel.BASIC);
        f.resident("Amir", "Nouri", 40, SupportLevel.HEIGHTENED);
        f.resident("Zoë", "Kabongo", 50, SupportLevel.INTENSIVE);
        f.as("tom");
        statements = RecordedStatements.of(f.services.database());
    }

    @AfterEach
    void tearDown() {
        f.services.database().close();
    }

    private QuickObservationViewModel openDialog() {
        return new QuickObservationViewModel(f.residents, TaskRunner.direct(), f.services.messages(),
                (delay, action) -> waiting.add(action));
    }

    private void type(QuickObservationViewModel model, String... keystrokes) {
        for (String typed : keystrokes) {
            model.queryProperty().set(typed);
        }
    }

    private long statementsOn(String table) {
        return statements.stream().filter(sql -> sql.contains(table)).count();
    }

    @Test
    void typingQueriesNothingUntilThePause() {
        QuickObservationViewModel model = openDialog();

        type(model, "a", "am", "ami", "amin");

        assertThat(statements).isEmpty();
        assertThat(model.suggestions()).isEmpty();
    }

    @Test
    void onlyTheLastPauseSearchesAndWithOneQueryOnTheResidents() {
        QuickObservationViewModel model = openDialog();
        type(model, "a", "am", "ami", "amin");

        // Every pause ends, in order; those overtaken by the next key do nothing.
        waiting.forEach(Runnable::run);

        assertThat(model.suggestions()).extracting(ResidentRow::name).containsExactly("Amina Haddad");
        assertThat(statementsOn("resident")).isEqualTo(1);
        assertThat(statementsOn("app_setting")).isZero();
    }

    @Test
    void theColleaguesAreReadOncePerDialog() {
        QuickObservationViewModel model = openDialog();
        type(model, "am");
        waiting.forEach(Runnable::run);
        long usersAtFirstSearch = statementsOn("app_user");
        waiting.clear();
        statements.clear();

        type(model, "ami", "amir");
        waiting.forEach(Runnable::run);

        assertThat(usersAtFirstSearch).isEqualTo(1);
        assertThat(model.suggestions()).extracting(ResidentRow::name).containsExactly("Amir Nouri");
        assertThat(statements).hasSize(1).allMatch(sql -> sql.contains("resident"));
    }

    @Test
    void clearingTheFieldEmptiesTheListAtOnceAndALateSearchDoesNotRefillIt() {
        QuickObservationViewModel model = openDialog();
        type(model, "zo");
        waiting.forEach(Runnable::run);
        assertThat(model.suggestions()).hasSize(1);

        type(model, "zoe", "z");

        assertThat(model.suggestions()).isEmpty();
        waiting.forEach(Runnable::run);
        assertThat(model.suggestions()).isEmpty();
    }
}
