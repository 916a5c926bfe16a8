package be.toppsy.desk.residents.list;

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
 * The residents list on a real H2: typing searches once the pause has passed, and a search runs
 * the count and the page only (settings and colleagues are read when the list opens). Every SQL
 * statement is counted through a jOOQ listener; the pause is a delay the test runs by hand.
 */
class ResidentListViewModelTest {

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
        f.as("sara");
        statements = RecordedStatements.of(f.services.database());
    }

    @AfterEach
    void tearDown() {
        f.services.database().close();
    }

    private ResidentListViewModel openList() {
        ResidentListViewModel model = new ResidentListViewModel(f.residents, TaskRunner.direct(),
                f.services.messages(), (delay, action) -> waiting.add(action));
        model.start();
        return model;
    }

    private long statementsOn(String table) {
        return statements.stream().filter(sql -> sql.contains(table)).count();
    }

    @Test
    void typingSearchesNothingUntilThePause() {
        ResidentListViewModel model = openList();
        statements.clear();

        for (String typed : List.of("a", "am", "ami", "amin", "amina")) {
            model.queryProperty().set(typed);
        }

        assertThat(statements).isEmpty();
        assertThat(waiting).hasSize(5);
    }

    @Test
    void onlyTheLastKeystrokesPauseSearchesWithTwoQueries() {
        ResidentListViewModel model = openList();
        statements.clear();
        for (String typed : List.of("a", "am", "ami", "amin", "amina")) {
            model.queryProperty().set(typed);
        }

        // Every pause ends, in order; the first four were overtaken by the next key and do nothing.
        waiting.forEach(Runnable::run);

        assertThat(model.rows()).extracting(ResidentRow::name).containsExactly("Amina Haddad");
        assertThat(statements).hasSize(2).allMatch(sql -> sql.contains("resident"));
    }

    @Test
    void aSearchReadsNeitherSettingsNorUsers() {
        ResidentListViewModel model = openList();
        statements.clear();

        model.levelProperty().set(SupportLevel.INTENSIVE);
        model.queryProperty().set("zoe");
        waiting.forEach(Runnable::run);

        assertThat(model.rows()).extracting(ResidentRow::name).containsExactly("Zoë Kabongo");
        assertThat(statementsOn("app_setting")).isZero();
        assertThat(statementsOn("app_user")).isZero();
    }

    @Test
    void openingTheListReadsTheSettingsOnce() {
        statements.clear();
        ResidentListViewModel model = openList();
        long settingsAtOpening = statementsOn("app_setting");

        model.quietProperty().set(true);
        model.search();

        assertThat(settingsAtOpening).isPositive();
        assertThat(statementsOn("app_setting")).isEqualTo(settingsAtOpening);
        assertThat(model.rows()).extracting(ResidentRow::name).containsExactlyInAnyOrder("Amir Nouri", "Zoë Kabongo");
    }
}
