package be.toppsy.desk.intervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.toppsy.desk.App;
import be.toppsy.desk.intervision.board.CaseColumn;
import be.toppsy.desk.intervision.board.CaseDraft;
import be.toppsy.desk.intervision.board.CaseRepository;
import be.toppsy.desk.intervision.methods.Method;
import be.toppsy.desk.intervision.methods.MethodDraft;
import be.toppsy.desk.intervision.methods.MethodRepository;
import be.toppsy.desk.intervision.methods.Phase;
import be.toppsy.desk.intervision.methods.Produces;
import be.toppsy.desk.intervision.methods.Speaker;
import be.toppsy.desk.intervision.runner.RunRepository;
import be.toppsy.desk.intervision.sessions.AgendaItem;
import be.toppsy.desk.intervision.sessions.IntervisionSession;
import be.toppsy.desk.intervision.sessions.PhaseNote;
import be.toppsy.desk.intervision.sessions.SessionDraft;
import be.toppsy.desk.intervision.sessions.SessionRepository;
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

/** The intervision tables on a real H2 file, through the repositories of methods, cases, sessions and the runner. */
class IntervisionRepositoryTest {

    @TempDir
    Path folder;
    private App.Services services;
    private Database database;
    private final MethodRepository methods = new MethodRepository();
    private final CaseRepository cases = new CaseRepository();
    private final SessionRepository sessions = new SessionRepository();
    private final RunRepository runs = new RunRepository();
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
        long v1 = database.transaction(tx -> methods.insertMethod(tx, null, 1, new MethodDraft("Eigen", "", phases),
                null, false, now, user));
        long v2 = database.transaction(tx -> {
            methods.setCurrent(tx, v1, false);
            return methods.insertMethod(tx, v1, 2, new MethodDraft("Eigen", "Korter", phases.subList(0, 1)), null,
                    false, now, user);
        });
        Method first = methods.method(database.dsl(), v1).orElseThrow();
        assertThat(first.familyId()).isEqualTo(v1);
        assertThat(first.current()).isFalse();
        assertThat(first.phases()).containsExactlyElementsOf(phases);
        assertThat(methods.currentOfFamily(database.dsl(), v1)).map(Method::id).contains(v2);
        assertThat(methods.versions(database.dsl(), v1)).extracting(Method::version).containsExactly(1, 2);
        assertThat(methods.currentMethods(database.dsl())).extracting(Method::id).containsExactly(v2);
    }

    @Test
    void changingTheAgendaKeepsTheConclusionsOfCasesThatStay() {
        long method = database.transaction(tx -> methods.insertMethod(tx, null, 1, new MethodDraft("M", "",
                List.of(new Phase(1, "F", "", 5, Speaker.EVERYONE, false, Produces.NOTHING))), null, false, now, user));
        long a = database.transaction(tx -> cases.insertCase(tx, user, new CaseDraft(null, "A", "", "?", null,
                List.of("x", "y"), null), CaseColumn.BROUGHT_IN, now, user));
        long b = database.transaction(tx -> cases.insertCase(tx, user, new CaseDraft(null, "B", "", "?", null,
                List.of(), null), CaseColumn.BROUGHT_IN, now, user));
        SessionDraft draft = new SessionDraft(LocalDate.of(2026, 3, 10), "Team", user, null, List.of(user), null,
                method, List.of(a, b));
        long session = database.transaction(tx -> sessions.insertSession(tx, draft, now, user));
        database.transactionWithoutResult(tx -> runs.setConclusion(tx, session, a, "Blijft"));
        database.transactionWithoutResult(tx -> sessions.updateSession(tx, session, new SessionDraft(draft.heldOn(),
                "Team", user, null, List.of(user), "", method, List.of(b, a))));
        IntervisionSession read = sessions.findSession(database.dsl(), session, IntervisionRepositoryTest::person)
                .orElseThrow();
        assertThat(read.agenda()).extracting(AgendaItem::caseId).containsExactly(b, a);
        assertThat(read.agenda().get(1).conclusion()).isEqualTo("Blijft");
        assertThat(read.externalIntervisor()).isEmpty();
        assertThat(cases.findCase(database.dsl(), a, IntervisionRepositoryTest::person).orElseThrow().tags())
                .containsExactly("x", "y");
    }

    @Test
    void aNoteForTheWholeSessionAndOneForACaseAreKeptApartAndUpdatedInPlace() {
        long method = database.transaction(tx -> methods.insertMethod(tx, null, 1, new MethodDraft("M", "",
                List.of(new Phase(1, "F", "", 5, Speaker.EVERYONE, false, Produces.NOTHING))), null, false, now, user));
        long c = database.transaction(tx -> cases.insertCase(tx, user, new CaseDraft(null, "A", "", "?", null,
                List.of(), null), CaseColumn.BROUGHT_IN, now, user));
        long session = database.transaction(tx -> sessions.insertSession(tx, new SessionDraft(LocalDate.of(2026, 3,
                10), "Team", user, null, List.of(), null, method, List.of(c)), now, user));
        String arabic = "ملاحظة: لا نوم منذ أسبوع";
        assertThat(saveNote(session, new PhaseNote(null, "p1", "F", "Sessie", 10))).isTrue();
        assertThat(saveNote(session, new PhaseNote(c, "p1", "F", arabic, 20))).isTrue();
        assertThat(saveNote(session, new PhaseNote(c, "p1", "F", arabic, 20))).isFalse();
        assertThat(saveNote(session, new PhaseNote(c, "p1", "F", arabic, 80))).isTrue();
        assertThat(sessions.notes(database.dsl(), session)).containsExactly(
                new PhaseNote(null, "p1", "F", "Sessie", 10), new PhaseNote(c, "p1", "F", arabic, 80));
    }

    private boolean saveNote(long session, PhaseNote note) {
        Boolean changed = database.transaction(tx -> runs.saveNote(tx, session, note, now, user));
        return changed;
    }

    @Test
    void aFailedTransactionLeavesNoCaseBehind() {
        assertThatThrownBy(() -> database.transactionWithoutResult(tx -> {
            cases.insertCase(tx, user, new CaseDraft(null, "Half", "", "?", null, List.of("x"), null),
                    CaseColumn.BROUGHT_IN, now, user);
            throw new IllegalStateException("stop");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(cases.allCases(database.dsl(), IntervisionRepositoryTest::person)).isEmpty();
        assertThat(cases.allTags(database.dsl())).isEmpty();
    }
}
