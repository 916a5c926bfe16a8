package be.toppsy.desk.intervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.toppsy.desk.App;
import be.toppsy.desk.storage.Database;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.TestServices;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The intervision tables on a real H2 file. */
class IntervisionRepositoryTest {

    @TempDir
    Path folder;
    private App.Services services;
    private Database database;
    private final IntervisionRepository repository = new IntervisionRepository();
    private final OffsetDateTime now = OffsetDateTime.parse("2026-03-10T10:00:00+01:00");
    private long user;

    @BeforeEach
    void setUp() {
        services = TestServices.withAdmin(folder, MutableClock.at("2026-03-10T09:00:00Z"));
        database = services.database();
        user = services.session().current().id();
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private static Person person(long id) {
        return new Person(id, "#" + id);
    }

    @Test
    void aMethodVersionKeepsItsPhasesInOrderAndItsFamily() {
        List<Phase> phases = List.of(
                new Phase(1, "Vraag", "Stel de vraag.", 10, Speaker.PRESENTER, false, Produces.SITUATION),
                new Phase(2, "Ronde", "Ieder om beurt.", 15, Speaker.ROUND, true, Produces.ADVICE));
        long v1 = database.transaction(tx -> repository.insertMethod(tx, null, 1, new MethodDraft("Eigen", "", phases),
                null, false, now, user));
        long v2 = database.transaction(tx -> {
            repository.setCurrent(tx, v1, false);
            return repository.insertMethod(tx, v1, 2, new MethodDraft("Eigen", "Korter", phases.subList(0, 1)), null,
                    false, now, user);
        });
        Method first = repository.method(database.dsl(), v1).orElseThrow();
        assertThat(first.familyId()).isEqualTo(v1);
        assertThat(first.current()).isFalse();
        assertThat(first.phases()).containsExactlyElementsOf(phases);
        assertThat(repository.currentOfFamily(database.dsl(), v1)).map(Method::id).contains(v2);
        assertThat(repository.versions(database.dsl(), v1)).extracting(Method::version).containsExactly(1, 2);
        assertThat(repository.currentMethods(database.dsl())).extracting(Method::id).containsExactly(v2);
    }

    @Test
    void changingTheAgendaKeepsTheConclusionsOfCasesThatStay() {
        long method = database.transaction(tx -> repository.insertMethod(tx, null, 1, new MethodDraft("M", "",
                List.of(new Phase(1, "F", "", 5, Speaker.EVERYONE, false, Produces.NOTHING))), null, false, now, user));
        long a = database.transaction(tx -> repository.insertCase(tx, user, new CaseDraft(null, "A", "", "?", null,
                List.of("x", "y"), null), CaseColumn.BROUGHT_IN, now, user));
        long b = database.transaction(tx -> repository.insertCase(tx, user, new CaseDraft(null, "B", "", "?", null,
                List.of(), null), CaseColumn.BROUGHT_IN, now, user));
        SessionDraft draft = new SessionDraft(LocalDate.of(2026, 3, 10), "Team", user, null, List.of(user), null,
                method, List.of(a, b));
        long session = database.transaction(tx -> repository.insertSession(tx, draft, now, user));
        database.transactionWithoutResult(tx -> repository.setConclusion(tx, session, a, "Blijft"));
        database.transactionWithoutResult(tx -> repository.updateSession(tx, session, new SessionDraft(draft.heldOn(),
                "Team", user, null, List.of(user), "", method, List.of(b, a))));
        IntervisionSession read = repository.findSession(database.dsl(), session, IntervisionRepositoryTest::person)
                .orElseThrow();
        assertThat(read.agenda()).extracting(AgendaItem::caseId).containsExactly(b, a);
        assertThat(read.agenda().get(1).conclusion()).isEqualTo("Blijft");
        assertThat(read.externalIntervisor()).isEmpty();
        assertThat(repository.findCase(database.dsl(), a, IntervisionRepositoryTest::person).orElseThrow().tags())
                .containsExactly("x", "y");
    }

    @Test
    void aNoteForTheWholeSessionAndOneForACaseAreKeptApartAndUpdatedInPlace() {
        long method = database.transaction(tx -> repository.insertMethod(tx, null, 1, new MethodDraft("M", "",
                List.of(new Phase(1, "F", "", 5, Speaker.EVERYONE, false, Produces.NOTHING))), null, false, now, user));
        long c = database.transaction(tx -> repository.insertCase(tx, user, new CaseDraft(null, "A", "", "?", null,
                List.of(), null), CaseColumn.BROUGHT_IN, now, user));
        long session = database.transaction(tx -> repository.insertSession(tx, new SessionDraft(LocalDate.of(2026, 3,
                10), "Team", user, null, List.of(), null, method, List.of(c)), now, user));
        String arabic = "ملاحظة: لا نوم منذ أسبوع";
        assertThat(saveNote(session, new PhaseNote(null, "p1", "F", "Sessie", 10))).isTrue();
        assertThat(saveNote(session, new PhaseNote(c, "p1", "F", arabic, 20))).isTrue();
        assertThat(saveNote(session, new PhaseNote(c, "p1", "F", arabic, 20))).isFalse();
        assertThat(saveNote(session, new PhaseNote(c, "p1", "F", arabic, 80))).isTrue();
        assertThat(repository.notes(database.dsl(), session)).containsExactly(
                new PhaseNote(null, "p1", "F", "Sessie", 10), new PhaseNote(c, "p1", "F", arabic, 80));
    }

    private boolean saveNote(long session, PhaseNote note) {
        Boolean changed = database.transaction(tx -> repository.saveNote(tx, session, note, now, user));
        return changed;
    }

    @Test
    void aFailedTransactionLeavesNoCaseBehind() {
        assertThatThrownBy(() -> database.transactionWithoutResult(tx -> {
            repository.insertCase(tx, user, new CaseDraft(null, "Half", "", "?", null, List.of("x"), null),
                    CaseColumn.BROUGHT_IN, now, user);
            throw new IllegalStateException("stop");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(repository.allCases(database.dsl(), IntervisionRepositoryTest::person)).isEmpty();
        assertThat(repository.allTags(database.dsl())).isEmpty();
    }
}
