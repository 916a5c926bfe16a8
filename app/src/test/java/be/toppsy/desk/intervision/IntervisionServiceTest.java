package be.toppsy.desk.intervision;

import static be.toppsy.desk.storage.jooq.Tables.AUDIT_EVENT;
import static be.toppsy.desk.storage.jooq.Tables.IV_ACTION_POINT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.intervision.board.ActionPoint;
import be.toppsy.desk.intervision.board.ActionPointState;
import be.toppsy.desk.intervision.board.AttachedContent;
import be.toppsy.desk.intervision.board.CaseCard;
import be.toppsy.desk.intervision.board.CaseColumn;
import be.toppsy.desk.intervision.board.CaseService;
import be.toppsy.desk.intervision.board.CaseDraft;
import be.toppsy.desk.intervision.board.CaseMaterial;
import be.toppsy.desk.intervision.board.IntervisionCase;
import be.toppsy.desk.intervision.board.ThemeCount;
import be.toppsy.desk.intervision.methods.Method;
import be.toppsy.desk.intervision.methods.MethodDraft;
import be.toppsy.desk.intervision.methods.Phase;
import be.toppsy.desk.intervision.methods.Produces;
import be.toppsy.desk.intervision.methods.Speaker;
import be.toppsy.desk.intervision.runner.ActionPointDraft;
import be.toppsy.desk.intervision.sessions.IntervisionSession;
import be.toppsy.desk.intervision.sessions.PhaseNote;
import be.toppsy.desk.intervision.sessions.SessionDraft;
import be.toppsy.desk.intervision.sessions.SessionMaterial;
import be.toppsy.desk.security.AccessDeniedException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules of intervision, through the service, on a real H2 with fake tracker and guide. */
class IntervisionServiceTest {

    @TempDir
    Path folder;
    private IntervisionFixture f;

    @BeforeEach
    void setUp() {
        f = new IntervisionFixture(folder);
    }

    @AfterEach
    void tearDown() {
        f.services.database().close();
    }

    private static void assertFieldError(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).containsKey(field).extractingByKey(field)
                        .extracting(ValidationException.FieldError::messageKey).isEqualTo(key));
    }

    // ---------------------------------------------------------------- methods

    @Test
    void builtInMethodsAreSeededOnFirstUseWithTheToppsyTemplateAsDefault() {
        f.as("tom");
        List<Method> methods = f.methods.methods();
        assertThat(methods).extracting(Method::builtinKey)
                .containsExactly("toppsy", "incident", "tenstep", "balint", "fivestep");
        Method toppsy = f.methods.defaultMethod();
        assertThat(toppsy.builtinKey()).isEqualTo("toppsy");
        assertThat(toppsy.template()).isTrue();
        assertThat(toppsy.description()).contains("OASE").contains("Pas dan de fasen hier aan");
        assertThat(toppsy.phases()).extracting(Phase::produces).contains(Produces.REVIEW, Produces.CONTENT_LINKS,
                Produces.ACTIONS);
        // Seeding happens once.
        assertThat(f.methods.methods()).hasSize(5);
    }

    @Test
    void onlyTeamLeadsManageMethods() {
        f.as("tom");
        Method method = f.methods.defaultMethod();
        MethodDraft draft = new MethodDraft("Eigen methode", "", method.phases());
        assertThatThrownBy(() -> f.methods.saveMethod(method.id(), draft)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.methods.createMethod(draft)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.methods.copyMethod(method.id(), "Kopie")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void editingAnUnusedMethodChangesItInPlace() {
        f.as("leen");
        Method method = f.methods.defaultMethod();
        List<Phase> phases = new ArrayList<>(method.phases());
        phases.set(1, new Phase(2, "Casus en vraag (OASE stap 1)", "Zoals wij het leerden.", 12, Speaker.PRESENTER,
                false, Produces.SITUATION));
        Method saved = f.methods.saveMethod(method.id(), new MethodDraft(method.name(), method.description(), phases));
        assertThat(saved.id()).isEqualTo(method.id());
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.phases().get(1).name()).isEqualTo("Casus en vraag (OASE stap 1)");
        assertThat(saved.phases().get(1).minutes()).isEqualTo(12);
    }

    @Test
    void aMethodUsedByAPastSessionIsVersionedNotChangedUnderIt() {
        f.as("leen");
        Method v1 = f.methods.defaultMethod();
        IntervisionCase a = f.kase("Eerste casus", SupportLevel.BASIC);
        IntervisionCase b = f.kase("Tweede casus", SupportLevel.BASIC);
        IntervisionSession past = f.session(f.today(), List.of(a.id()), "");
        IntervisionSession planned = f.session(f.today().plusDays(14), List.of(b.id()), "");
        f.runs.startSession(past.id());
        f.runs.finishSession(past.id());

        List<Phase> shorter = v1.phases().subList(0, 3);
        Method v2 = f.methods.saveMethod(v1.id(), new MethodDraft(v1.name(), v1.description(), shorter));

        assertThat(v2.id()).isNotEqualTo(v1.id());
        assertThat(v2.familyId()).isEqualTo(v1.familyId());
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.phases()).hasSize(3);
        // The past session keeps the version it ran with; the planned one follows the new version.
        assertThat(f.sessions.material(past.id()).method().id()).isEqualTo(v1.id());
        assertThat(f.methods.method(v1.id()).phases()).hasSize(v1.phases().size());
        assertThat(f.methods.method(v1.id()).current()).isFalse();
        assertThat(f.sessions.session(planned.id()).methodId()).isEqualTo(v2.id());
        assertThat(f.methods.methods()).extracting(Method::id).contains(v2.id()).doesNotContain(v1.id());
        assertThat(f.methods.versions(v1.familyId())).extracting(Method::version).containsExactly(1, 2);
        // An old version is not edited.
        assertFieldError(() -> f.methods.saveMethod(v1.id(), new MethodDraft("x", "", shorter)), "name",
                "iv.method.error.oldVersion");
    }

    @Test
    void aCopyIsTheCentresOwnMethod() {
        f.as("leen");
        Method copy = f.methods.copyMethod(f.methods.defaultMethod().id(), "OASE zoals wij het leerden");
        assertThat(copy.builtinKey()).isNull();
        assertThat(copy.template()).isFalse();
        assertThat(copy.phases()).hasSize(f.methods.defaultMethod().phases().size());
        f.methods.setDefaultMethod(copy.id());
        assertThat(f.methods.defaultMethod().id()).isEqualTo(copy.id());
        assertFieldError(() -> f.methods.archiveMethod(copy.id()), "method", "iv.method.error.isDefault");
    }

    @Test
    void aMethodNeedsANameAndEveryPhaseANameAndSensibleMinutes() {
        f.as("leen");
        List<Phase> phases = List.of(new Phase(1, "Vraag", "", 10, Speaker.PRESENTER, false, Produces.SITUATION),
                new Phase(2, " ", "", 0, Speaker.ROUND, true, Produces.ADVICE));
        assertThatThrownBy(() -> f.methods.createMethod(new MethodDraft("", "", phases)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsKeys("name", "phase2.name", "phase2.minutes").doesNotContainKey("phase1.name"));
        assertFieldError(() -> f.methods.createMethod(new MethodDraft("Leeg", "", List.of())), "phases",
                "iv.method.error.noPhases");
    }

    // ---------------------------------------------------------------- cases

    @Test
    void aCaseTitleOrTextWithTheLinkedResidentsNameIsRefused() {
        f.followUp.add(7, "B-0007", SupportLevel.HEIGHTENED, "Zoë", "Ndiaye");
        f.as("sara");
        assertFieldError(() -> f.cases.createCase(new CaseDraft(null, "Gesprek met zoe over slaap", "", "Wat nu?",
                SupportLevel.HEIGHTENED, List.of(), 7L)), "title", "iv.case.error.titleHasName");
        assertFieldError(() -> f.cases.createCase(new CaseDraft(null, "Jonge vrouw slaapt slecht",
                "Mevrouw NDIAYE komt niet meer naar de les.", "Wat nu?", SupportLevel.HEIGHTENED, List.of(), 7L)),
                "situation", "iv.case.error.textHasName");
        IntervisionCase ok = f.cases.createCase(new CaseDraft(null, "Jonge vrouw slaapt slecht", "", "Wat nu?",
                SupportLevel.HEIGHTENED, List.of("#Slaap", "slaap ", "Terugtrekking"), 7L));
        assertThat(ok.residentId()).isEqualTo(7L);
        assertThat(ok.tags()).containsExactly("slaap", "terugtrekking");
        assertThat(ok.column()).isEqualTo(CaseColumn.BROUGHT_IN);
    }

    @Test
    void aCaseLinksOnlyToAResidentTheUserMaySee() {
        f.followUp.add(8, "B-0008", SupportLevel.BASIC, "Amal");
        f.followUp.hidden.add(8L);
        f.as("tom");
        assertFieldError(() -> f.cases.createCase(new CaseDraft(null, "Titel", "", "Vraag?", null, List.of(), 8L)),
                "resident", "iv.case.error.residentNotVisible");
    }

    @Test
    void theResidentCodeShowsOnlyToThoseWhoMaySeeTheResident() {
        f.followUp.add(9, "B-0009", SupportLevel.BASIC, "Amal");
        f.as("sara");
        IntervisionCase c = f.cases.createCase(new CaseDraft(null, "Moeder met zorgen", "", "Vraag?", SupportLevel.BASIC,
                List.of(), 9L));
        assertThat(f.cases.board()).singleElement().satisfies(card -> {
            assertThat(card.residentLinked()).isTrue();
            assertThat(card.residentCode()).isEqualTo("B-0009");
        });
        f.followUp.hidden.add(9L);
        f.as("tom");
        assertThat(f.cases.board()).singleElement().satisfies(card -> {
            assertThat(card.residentLinked()).isTrue();
            assertThat(card.residentCode()).isNull();
        });
        assertThat(f.cases.caseDetail(c.id()).residentCode()).isNull();
    }

    @Test
    void withoutTheTrackerACaseCannotBeLinkedAndNothingBreaks() {
        f.followUp.available = false;
        f.as("sara");
        assertThat(f.access.trackerAvailable()).isFalse();
        assertThat(f.cases.findResidents("B-")).isEmpty();
        assertFieldError(() -> f.cases.createCase(new CaseDraft(null, "Titel", "", "Vraag?", null, List.of(), 3L)),
                "resident", "iv.case.error.trackerUnavailable");
        IntervisionCase c = f.kase("Zonder koppeling", null);
        assertThat(f.cases.board()).extracting(card -> card.kase().id()).containsExactly(c.id());
    }

    @Test
    void aCaseNeedsATitleAndAQuestionAndKeepsLongTextAndEveryScript() {
        f.as("sara");
        assertThatThrownBy(() -> f.cases.createCase(new CaseDraft(null, " ", "", " ", null, List.of(), null)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).containsKeys("title", "question"));
        assertFieldError(() -> f.cases.createCase(new CaseDraft(null, "x".repeat(121), "", "Vraag?", null, List.of(),
                null)), "title", "iv.error.tooLong");
        String longText = "Situatie — één, twee; ".repeat(500).substring(0, 10_000);
        IntervisionCase c = f.cases.createCase(new CaseDraft(null, "Tolk nodig: العربية en tiếng Việt", longText,
                "Hoe spreek ik met een moeder die alleen Tigrinya spreekt (ትግርኛ)?", SupportLevel.INTENSIVE,
                List.of("tolk", "tiếng việt"), null));
        IntervisionCase read = f.cases.kase(c.id());
        assertThat(read.situation()).isEqualTo(longText);
        assertThat(read.title()).isEqualTo("Tolk nodig: العربية en tiếng Việt");
        assertThat(read.question()).contains("ትግርኛ");
        assertThat(read.tags()).contains("tiếng việt");
        assertFieldError(() -> f.cases.createCase(new CaseDraft(null, "Te lang", longText + "x", "Vraag?", null,
                List.of(), null)), "situation", "iv.error.tooLong");
    }

    @Test
    void onlyThePresenterOrATeamLeadMovesOrEditsACase() {
        f.as("sara");
        IntervisionCase c = f.kase("Mijn casus", SupportLevel.BASIC);
        f.as("tom");
        assertThatThrownBy(() -> f.cases.moveCase(c.id(), CaseColumn.CLOSED)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.cases.updateCase(c.id(), new CaseDraft(null, "Anders", "", "Vraag?", null,
                List.of(), null))).isInstanceOf(AccessDeniedException.class);
        assertFieldError(() -> f.cases.createCase(new CaseDraft(f.id("sara"), "Voor Sara", "", "Vraag?", null,
                List.of(), null)), "presenter", "iv.case.error.presenterSelf");
        f.as("sara");
        assertThat(f.cases.moveCase(c.id(), CaseColumn.CHOSEN).column()).isEqualTo(CaseColumn.CHOSEN);
        f.as("leen");
        assertThat(f.cases.moveCase(c.id(), CaseColumn.CLOSED).column()).isEqualTo(CaseColumn.CLOSED);
        assertThat(f.services.database().dsl().fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("IV_CASE_MOVED")))
                .isEqualTo(2);
    }

    @Test
    void theAuditTrailNamesFieldsAndIdsButNeverTheTexts() {
        f.as("sara");
        IntervisionCase c = f.cases.createCase(new CaseDraft(null, "Geheime titel", "Geheime situatie", "Geheime vraag",
                SupportLevel.BASIC, List.of("geheim"), null));
        f.cases.updateCase(c.id(), new CaseDraft(null, "Andere titel", "Geheime situatie", "Geheime vraag",
                SupportLevel.BASIC, List.of("geheim"), null));
        List<String> details = f.services.database().dsl().select(AUDIT_EVENT.DETAILS).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY_TYPE.eq(CaseService.AUDIT_CASE)).fetch(AUDIT_EVENT.DETAILS);
        assertThat(details).hasSize(2).allSatisfy(d -> assertThat(d).doesNotContain("Geheim", "geheim", "Andere"));
        assertThat(details).anySatisfy(d -> assertThat(d).contains("fields=[title]"));
    }

    @Test
    void suggestionsComeFromTheCasesLevelAndTags() {
        f.as("sara");
        IntervisionCase c = f.kase("Jonge man trekt zich terug", SupportLevel.HEIGHTENED, "terugtrekking");
        assertThat(f.cases.suggestions(c.id())).extracting(s -> s.content().id()).startsWith("g2")
                .contains("m2-l1").doesNotContain("m3-l2", "g5");
        f.cases.attachContent(c.id(), f.content.items.get(1));
        assertThat(f.cases.attachedContent(c.id())).extracting(AttachedContent::contentId).containsExactly("g2");
        assertThat(f.cases.suggestions(c.id())).extracting(s -> s.content().id()).doesNotContain("g2");
    }

    @Test
    void themesShowWhatKeepsComingBackToTeamLeads() {
        f.as("sara");
        f.kase("Een", SupportLevel.HEIGHTENED, "slaap", "stress");
        f.kase("Twee", SupportLevel.BASIC, "slaap");
        f.kase("Drie", null, "slaap", "conflict");
        assertThatThrownBy(f.cases::themes).isInstanceOf(AccessDeniedException.class);
        f.as("leen");
        List<ThemeCount> themes = f.cases.themes();
        assertThat(themes.get(0).tag()).isEqualTo("slaap");
        assertThat(themes.get(0).cases()).isEqualTo(3);
        assertThat(themes.get(0).recentCases()).isEqualTo(3);
        assertThat(themes.get(0).byLevel()).containsEntry(SupportLevel.HEIGHTENED, 1).containsEntry(SupportLevel.BASIC, 1);
    }

    // ---------------------------------------------------------------- sessions and action points

    @Test
    void aSessionNeedsDateTeamFacilitatorAndMethodAndOnlyTeamLeadsPlanIt() {
        f.as("tom");
        assertThatThrownBy(() -> f.session(f.today(), List.of(), "")).isInstanceOf(AccessDeniedException.class);
        f.as("leen");
        assertThatThrownBy(() -> f.sessions.createSession(new SessionDraft(null, " ", null, null, List.of(), "", null,
                List.of()))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).containsKeys("heldOn", "team", "facilitator", "method"));
        IntervisionCase c = f.kase("Casus", SupportLevel.BASIC);
        IntervisionSession s = f.session(f.today(), List.of(c.id()), "");
        assertThat(s.participants()).extracting(Person::id)
                .contains(f.id("leen"), f.id("sara"), f.id("tom"), f.id("aicha"));
        assertThat(f.cases.kase(c.id()).column()).isEqualTo(CaseColumn.CHOSEN);
        // Taking the case off the agenda puts it back.
        f.sessions.updateSession(s.id(), new SessionDraft(f.today(), "Team A", f.id("leen"), null, List.of(), "",
                s.methodId(), List.of()));
        assertThat(f.cases.kase(c.id()).column()).isEqualTo(CaseColumn.BROUGHT_IN);
    }

    @Test
    void onlyTheFacilitatorNoteTakerOrATeamLeadRunsASession() {
        f.as("leen");
        IntervisionCase c = f.kase("Casus", SupportLevel.BASIC);
        IntervisionSession s = f.session(f.today(), List.of(c.id()), "");
        f.as("tom");
        assertThatThrownBy(() -> f.runs.startSession(s.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(f.sessions.material(s.id()).mayRun()).isFalse();
        f.as("sara");
        f.runs.startSession(s.id());
        assertThat(f.sessions.session(s.id()).state()).isEqualTo(SessionState.RUNNING);
    }

    @Test
    void anActionPointAboutTheLinkedResidentGoesToTheSupportPlanAndItsStateShowsOnTheBoard() {
        f.followUp.add(11, "B-0011", SupportLevel.HEIGHTENED, "Samir");
        f.as("sara");
        IntervisionCase c = f.cases.createCase(new CaseDraft(null, "Jonge man trekt zich terug", "", "Wat nu?",
                SupportLevel.HEIGHTENED, List.of(), 11L));
        f.as("leen");
        IntervisionSession s = f.session(f.today(), List.of(c.id()), "");
        f.runs.startSession(s.id());
        ActionPoint point = f.runs.addActionPoint(s.id(), c.id(), new ActionPointDraft("Gesprek over slaap plannen",
                f.id("sara"), f.today().plusDays(7), true));

        assertThat(f.followUp.planActions).singleElement().satisfies(a -> {
            assertThat(a.residentId()).isEqualTo(11L);
            assertThat(a.title()).isEqualTo("Gesprek over slaap plannen");
            assertThat(a.owner()).isEqualTo(f.id("sara"));
            assertThat(a.origin()).isEqualTo(new FollowUpLink.SessionOrigin(LocalDate.of(2026, 3, 10), c.id()));
        });
        assertThat(point.planActionId()).isEqualTo(1000L);
        assertThat(point.trackerState().state()).isEqualTo("open");
        f.runs.markDiscussed(s.id(), c.id());
        f.runs.finishSession(s.id());
        assertThat(f.cases.kase(c.id()).column()).isEqualTo(CaseColumn.ACTIONS_RUNNING);
        CaseCard card = f.cases.board().get(0);
        assertThat(card.openActions()).isEqualTo(1);
        assertThat(card.trackerActions()).isEqualTo(1);

        // The tracker reports the action done: the board follows.
        f.followUp.states.put(1000L, new FollowUpLink.ActionState("done", f.today().plusDays(7), "Gesprek gehad"));
        card = f.cases.board().get(0);
        assertThat(card.openActions()).isZero();
        assertThat(card.doneActions()).isEqualTo(1);
        f.followUp.states.put(1000L, new FollowUpLink.ActionState("overdue", f.today().minusDays(1), null));
        assertThat(f.cases.board().get(0).overdueActions()).isEqualTo(1);
    }

    @Test
    void whenTheTrackerFailsTheActionPointIsNotStoredEither() {
        f.followUp.add(12, "B-0012", SupportLevel.BASIC, "Lina");
        f.as("sara");
        IntervisionCase c = f.cases.createCase(new CaseDraft(null, "Moeder met zorgen", "", "Wat nu?", null, List.of(),
                12L));
        f.as("leen");
        IntervisionSession s = f.session(f.today(), List.of(c.id()), "");
        f.runs.startSession(s.id());
        f.followUp.failOnAdd = true;
        assertThatThrownBy(() -> f.runs.addActionPoint(s.id(), c.id(), new ActionPointDraft("Bellen", f.id("sara"),
                f.today(), true))).isInstanceOf(IllegalStateException.class);
        assertThat(f.services.database().dsl().fetchCount(IV_ACTION_POINT)).isZero();
    }

    @Test
    void anActionPointNeedsATitleAnOwnerAndADueDateNotBeforeTheSession() {
        f.as("leen");
        IntervisionCase c = f.kase("Casus", SupportLevel.BASIC);
        IntervisionSession s = f.session(f.today(), List.of(c.id()), "");
        f.runs.startSession(s.id());
        assertThatThrownBy(() -> f.runs.addActionPoint(s.id(), c.id(), new ActionPointDraft(" ", null,
                f.today().minusDays(1), false))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).containsKeys("actionTitle", "actionOwner", "actionDue"));
        assertFieldError(() -> f.runs.addActionPoint(s.id(), c.id(), new ActionPointDraft("Iets", f.id("tom"),
                f.today(), true)), "actionToPlan", "iv.actionPoint.error.noResident");
    }

    @Test
    void theNextSessionReviewsThePreviousSessionsActionPointsAndOlderOpenOnes() {
        f.as("leen");
        IntervisionCase a = f.kase("Eerste", SupportLevel.BASIC);
        IntervisionCase b = f.kase("Tweede", SupportLevel.BASIC);
        IntervisionCase c = f.kase("Derde", SupportLevel.BASIC);
        IntervisionSession first = f.session(f.today().minusDays(28), List.of(a.id()), "");
        f.runs.startSession(first.id());
        ActionPoint old = f.runs.addActionPoint(first.id(), a.id(), new ActionPointDraft("Oud en open",
                f.id("tom"), f.today(), false));
        ActionPoint oldDone = f.runs.addActionPoint(first.id(), a.id(), new ActionPointDraft("Oud en klaar",
                f.id("tom"), f.today(), false));
        f.cases.reviewActionPoint(oldDone.id(), ActionPointState.DONE, "");
        f.runs.finishSession(first.id());
        IntervisionSession second = f.session(f.today().minusDays(14), List.of(b.id()), "");
        f.runs.startSession(second.id());
        ActionPoint recent = f.runs.addActionPoint(second.id(), b.id(), new ActionPointDraft("Recent",
                f.id("aicha"), f.today(), false));
        f.runs.finishSession(second.id());
        IntervisionSession third = f.session(f.today(), List.of(c.id()), "");

        SessionMaterial material = f.sessions.material(third.id());
        assertThat(material.review()).extracting(ActionPoint::id).containsExactly(old.id(), recent.id());

        f.runs.startSession(third.id());
        f.runs.reviewActionPoint(recent.id(), ActionPointState.DONE, "Gedaan", third.id());
        assertThat(f.sessions.material(third.id()).review()).filteredOn(p -> p.id() == recent.id())
                .singleElement().satisfies(p -> {
                    assertThat(p.state()).isEqualTo(ActionPointState.DONE);
                    assertThat(p.reviewNote()).isEqualTo("Gedaan");
                });
        // Another team's session does not see these.
        IntervisionSession other = f.sessions.createSession(new SessionDraft(f.today(), "Team B", f.id("leen"), null,
                List.of(), "", f.methods.defaultMethod().id(), List.of()));
        assertThat(f.sessions.material(other.id()).review()).isEmpty();
    }

    @Test
    void finishingASessionMovesDiscussedCasesOnTheBoard() {
        f.as("leen");
        IntervisionCase withActions = f.kase("Met acties", SupportLevel.BASIC);
        IntervisionCase without = f.kase("Zonder acties", SupportLevel.BASIC);
        IntervisionCase notReached = f.kase("Niet aan toe gekomen", SupportLevel.BASIC);
        IntervisionSession s = f.session(f.today(), List.of(withActions.id(), without.id(), notReached.id()), "");
        f.runs.startSession(s.id());
        f.runs.addActionPoint(s.id(), withActions.id(), new ActionPointDraft("Doen", f.id("tom"), f.today(), false));
        f.runs.markDiscussed(s.id(), withActions.id());
        f.runs.markDiscussed(s.id(), without.id());
        f.runs.finishSession(s.id());
        assertThat(f.cases.kase(withActions.id()).column()).isEqualTo(CaseColumn.ACTIONS_RUNNING);
        assertThat(f.cases.kase(without.id()).column()).isEqualTo(CaseColumn.DISCUSSED);
        assertThat(f.cases.kase(notReached.id()).column()).isEqualTo(CaseColumn.CHOSEN);
        assertThat(f.sessions.session(s.id()).state()).isEqualTo(SessionState.DONE);
        assertFieldError(() -> f.runs.saveNote(s.id(), new PhaseNote(null, "p1", "x", "te laat", 0)), "session",
                "iv.session.error.notRunning");
    }

    @Test
    void anExternalIntervisorSeesOnlyDeidentifiedMaterial() {
        f.followUp.add(21, "B-0021", SupportLevel.INTENSIVE, "Yonas", "Tesfaye");
        f.as("sara");
        IntervisionCase c = f.cases.createCase(new CaseDraft(null, "Jonge man in crisis", "Situatie zonder naam.",
                "Wat doen we?", SupportLevel.INTENSIVE, List.of("crisis"), 21L));
        f.as("leen");
        IntervisionSession internal = f.session(f.today(), List.of(c.id()), "");
        SessionMaterial inside = f.sessions.material(internal.id());
        assertThat(inside.deidentified()).isFalse();
        assertThat(inside.cases().get(0).residentCode()).isEqualTo("B-0021");

        f.sessions.cancelSession(internal.id());
        IntervisionSession withExternal = f.session(f.today(), List.of(c.id()), "Externe intervisor (CGG)");
        SessionMaterial outside = f.sessions.material(withExternal.id());
        assertThat(outside.deidentified()).isTrue();
        CaseMaterial m = outside.cases().get(0);
        assertThat(m.residentLinked()).isFalse();
        assertThat(m.residentCode()).isNull();
        assertThat(m.toPlanPossible()).isTrue();

        // Names typed in the notes are masked as they are stored.
        f.runs.startSession(withExternal.id());
        f.runs.saveNote(withExternal.id(), new PhaseNote(c.id(), "p3", "Vragen", "Yonas sliep niet; TESFAYE belde.",
                60));
        String stored = f.sessions.material(withExternal.id()).notes().get(0).note();
        assertThat(stored).isEqualTo("[…] sliep niet; […] belde.");
        f.runs.saveConclusion(withExternal.id(), c.id(), "Ik bel yonas morgen.");
        assertThat(f.sessions.session(withExternal.id()).agenda().get(0).conclusion()).isEqualTo("Ik bel […] morgen.");
    }

    @Test
    void deidentifiedCaseMasksTheLinkedResidentsNamesForExports() {
        f.followUp.add(22, "B-0022", SupportLevel.BASIC, "Mariam");
        f.as("sara");
        IntervisionCase c = f.cases.createCase(new CaseDraft(null, "Moeder met zorgen", "Situatie.", "Vraag?",
                SupportLevel.BASIC, List.of(), 22L));
        CaseMaterial m = f.cases.deidentifiedCase(c.id());
        assertThat(m.deidentified()).isTrue();
        assertThat(m.residentCode()).isNull();
        assertThat(m.residentLinked()).isFalse();
    }

    @Test
    void myOpenActionPointsAreThoseIOwn() {
        f.as("leen");
        IntervisionCase c = f.kase("Casus", SupportLevel.BASIC);
        IntervisionSession s = f.session(f.today(), List.of(c.id()), "");
        f.runs.startSession(s.id());
        f.runs.addActionPoint(s.id(), c.id(), new ActionPointDraft("Voor Tom", f.id("tom"), f.today(), false));
        f.runs.addActionPoint(s.id(), c.id(), new ActionPointDraft("Voor Aicha", f.id("aicha"), f.today(), false));
        f.as("tom");
        assertThat(f.cases.myOpenActionPoints()).extracting(ActionPoint::title).containsExactly("Voor Tom");
        assertThat(f.cases.searchCases("casus", 5)).hasSize(1);
    }

    @Test
    void theDemoBoardIsAliveWithoutResidentNamesOrLinks() {
        be.toppsy.desk.App.Services demoServices = be.toppsy.desk.testing.TestServices.withAdmin(folder.resolve("demo"),
                f.clock);
        try {
            IntervisionServices demoService = IntervisionServices.create(demoServices.database(), demoServices.audit(),
                    demoServices.session(), demoServices.accounts(), demoServices.settings(), f.followUp, f.content,
                    f.clock);
            be.toppsy.desk.ui.DemoData demo = demoServices.accountsFeature().createDemoStaff();
            demoService.loadDemo(new IntervisionDemo(demo));
            demoService.loadDemo(new IntervisionDemo(demo));
            demoServices.accounts().logout();
            demoServices.accounts().login("leen", be.toppsy.desk.ui.DemoData.PASSWORD.toCharArray());
            List<CaseCard> board = demoService.cases().board();
            assertThat(board).extracting(card -> card.kase().column()).contains(CaseColumn.values());
            assertThat(board).hasSize(8).allSatisfy(card -> {
                assertThat(card.residentLinked()).isFalse();
                assertThat(NameCheck.suspectedNames(card.kase().title())).isEmpty();
            });
            assertThat(demoService.sessions().sessions()).extracting(IntervisionSession::state)
                    .containsExactly(SessionState.PLANNED, SessionState.DONE, SessionState.DONE, SessionState.DONE);
            IntervisionSession next = demoService.sessions().sessions().get(0);
            assertThat(demoService.sessions().material(next.id()).review()).isNotEmpty();
            assertThat(board).anySatisfy(card -> assertThat(card.overdueActions()).isPositive());
        } finally {
            demoServices.database().close();
        }
    }
}
