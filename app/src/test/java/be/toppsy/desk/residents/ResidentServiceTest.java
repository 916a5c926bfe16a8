package be.toppsy.desk.residents;

import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.residents.observations.Concern;
import be.toppsy.desk.residents.observations.NewObservation;
import be.toppsy.desk.residents.observations.Observation;
import be.toppsy.desk.residents.observations.ObservationCategory;
import be.toppsy.desk.residents.observations.ObservationResult;
import be.toppsy.desk.residents.plan.ActionOrigin;
import be.toppsy.desk.residents.plan.ActionRequest;
import be.toppsy.desk.residents.plan.ActionState;
import be.toppsy.desk.residents.plan.PlanAction;
import be.toppsy.desk.residents.plan.PreventionTier;
import be.toppsy.desk.residents.record.MedicalNote;
import be.toppsy.desk.residents.record.Resident;
import be.toppsy.desk.residents.record.ResidentCodes;
import be.toppsy.desk.residents.record.ResidentDraft;
import be.toppsy.desk.residents.record.ResidentFile;
import be.toppsy.desk.residents.record.ResidentFilter;
import be.toppsy.desk.residents.record.ResidentRef;
import be.toppsy.desk.residents.record.ResidentRow;
import be.toppsy.desk.residents.record.ResidentState;
import be.toppsy.desk.residents.record.ResidentSummary;
import be.toppsy.desk.residents.record.TimelineKind;
import be.toppsy.desk.residents.referrals.Barrier;
import be.toppsy.desk.residents.referrals.Consent;
import be.toppsy.desk.residents.referrals.Referral;
import be.toppsy.desk.residents.referrals.ReferralState;
import be.toppsy.desk.residents.reviews.ReviewKind;
import be.toppsy.desk.residents.reviews.ReviewSettings;
import be.toppsy.desk.residents.today.TeamMeetingOverview;
import be.toppsy.desk.residents.today.TodayOverview;
import static be.toppsy.desk.storage.jooq.Tables.AUDIT_EVENT;
import static be.toppsy.desk.storage.jooq.Tables.RESIDENT_OBSERVATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.security.AccessDeniedException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResidentServiceTest {

    @TempDir
    Path folder;
    private ResidentsFixture f;
    private ResidentService service;

    @BeforeEach
    void setUp() {
        f = new ResidentsFixture(folder);
        service = f.residents;
    }

    @AfterEach
    void tearDown() {
        f.services.database().close();
    }

    private static ValidationException validation(Runnable r) {
        try {
            r.run();
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("expected a ValidationException");
    }

    // ---- permissions -------------------------------------------------------------------

    @Test
    void aMedewerkerSeesCodesUnitAndLevelButNoNamesAndCannotOpenTheRecord() {
        long id = f.resident("Zoë", "Kabongo", 40, SupportLevel.HEIGHTENED);
        f.as("tom");
        ResidentRow row = service.records().list(ResidentFilter.present()).items().get(0);
        assertThat(row.code()).startsWith("BW-");
        assertThat(row.name()).isNull();
        assertThat(row.level()).isEqualTo(SupportLevel.HEIGHTENED);
        assertThatThrownBy(() -> service.records().file(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.today(false)).isInstanceOf(AccessDeniedException.class);
        // Picking the right person for an observation needs the name.
        assertThat(service.records().pick("zoe", 5)).extracting(ResidentRow::name).containsExactly("Zoë Kabongo");
    }

    @Test
    void aMedewerkerReadsBackOnlyTheirOwnObservations() {
        long id = f.resident("Amina", "Yusuf", 40, SupportLevel.BASIC);
        f.as("tom");
        service.observations().addObservation(new NewObservation(id, ObservationCategory.SLEEP, "Slaapt slecht.", null, false));
        f.as("aicha");
        service.observations().addObservation(new NewObservation(id, ObservationCategory.APPETITE, "Eet niet mee.", null, false));
        assertThat(service.observations().ownObservations(id)).extracting(Observation::body).containsExactly("Eet niet mee.");
        f.as("sara");
        assertThat(service.records().file(id).timeline()).filteredOn(e -> e.kind() == TimelineKind.OBSERVATION).hasSize(2);
    }

    @Test
    void theAdministratorManagesButSeesNoResidentsAndNoMedicalNotes() {
        long id = f.resident("Amina", "Yusuf", 40, SupportLevel.BASIC);
        f.as("admin");
        assertThatThrownBy(() -> service.records().list(ResidentFilter.present())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.records().file(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.medical().medicalNotes(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(service.summary(id)).isEmpty();
        assertThat(service.canManageSettings()).isTrue();
    }

    @Test
    void medicalNotesAreForTheMedicalServiceOnly() {
        long id = f.resident("Amina", "Yusuf", 40, SupportLevel.BASIC);
        assertThatThrownBy(() -> service.medical().addMedicalNote(id, "Nota")).isInstanceOf(AccessDeniedException.class);
        f.as("omer");
        service.medical().addMedicalNote(id, "Consult: hoofdpijn.");
        assertThat(service.records().file(id).medicalNotes()).extracting(MedicalNote::body).containsExactly("Consult: hoofdpijn.");
        f.as("leen");
        ResidentFile asLead = service.records().file(id);
        assertThat(asLead.medicalNotesVisible()).isFalse();
        assertThat(asLead.medicalNotes()).isEmpty();
        assertThat(asLead.timeline()).noneMatch(e -> e.kind() == TimelineKind.MEDICAL);
    }

    @Test
    void onlyTheMedicalServiceAndTeamLeadsMayOverrideConsent() {
        long id = f.resident("Amina", "Yusuf", 40, SupportLevel.BASIC);
        long referral = service.referrals().proposeReferral(id, null, "CGG Andante", "Slaapproblemen", Set.of(), null);
        assertThatThrownBy(() -> service.referrals().overrideConsent(referral, "Acuut gevaar"))
                .isInstanceOf(AccessDeniedException.class);
        f.as("tom");
        assertThatThrownBy(() -> service.referrals().proposeReferral(id, null, "CGG", "x", Set.of(), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    // ---- observations ------------------------------------------------------------------

    @Test
    void aSuicidalStatementFlagsTheResidentForTheMedicalServiceAndAsksForTheCrisisSteps() {
        long id = f.resident("Yonas", "Tesfay", 40, SupportLevel.BASIC);
        f.as("tom");
        ObservationResult result = service.observations().addObservation(new NewObservation(id, ObservationCategory.SUICIDAL,
                "Zegt dat hij er niet meer wil zijn.", Concern.LOW, false));
        assertThat(result.crisis()).isTrue();
        assertThat(result.medicalServiceFlagged()).isTrue();
        f.as("omer");
        Resident r = service.records().file(id).resident();
        assertThat(r.medicalFlag()).isTrue();
        assertThat(r.teamDiscussion()).isTrue();
        TodayOverview today = service.today(true);
        assertThat(today.medicalFlagged()).extracting(ResidentRow::id).containsExactly(id);
        assertThat(today.newConcerns()).extracting(Observation::concern).containsExactly(Concern.HIGH);
        assertThat(service.observations().crisisContacts()).extracting(s -> s.phone())
                .containsExactly("112", "106", "1813", "0800 32 123");
    }

    @Test
    void anIncompleteObservationIsRefusedWithAReasonPerFieldAndNothingIsStored() {
        f.resident("Yonas", "Tesfay", 40, SupportLevel.BASIC);
        f.as("tom");
        ValidationException e = validation(() -> service.observations().addObservation(
                new NewObservation(null, null, "   ", null, false)));
        assertThat(e.errors()).containsOnlyKeys("resident", "category", "body");
        assertThat(f.services.database().dsl().fetchCount(RESIDENT_OBSERVATION)).isZero();
    }

    @Test
    void longTextsAndNamesInOtherScriptsAreStoredAndFound() {
        long id = f.resident("محمد", "الأحمد", 40, SupportLevel.BASIC);
        f.resident("Nguyễn Văn", "An", 40, SupportLevel.BASIC);
        f.resident("Đorđe", "Petrović", 40, SupportLevel.BASIC);
        String text = "Lange notitie met é, ë, ñ en محمد. ".repeat(300).substring(0, ResidentService.MAX_OBSERVATION);
        f.as("tom");
        service.observations().addObservation(new NewObservation(id, ObservationCategory.OTHER, text, null, false));
        assertThat(service.observations().ownObservations(id).get(0).body()).isEqualTo(text.strip());
        assertThat(validation(() -> service.observations().addObservation(new NewObservation(id, ObservationCategory.OTHER,
                text + "x", null, false))).errors()).containsKey("body");
        f.as("sara");
        assertThat(service.records().file(id).resident().fullName()).isEqualTo("محمد الأحمد");
        assertThat(service.records().list(ResidentFilter.present().withQuery("محمد")).items()).hasSize(1);
        assertThat(service.records().list(ResidentFilter.present().withQuery("nguyen")).items())
                .extracting(ResidentRow::name).containsExactly("Nguyễn Văn An");
        assertThat(service.records().list(ResidentFilter.present().withQuery("dorde")).items()).hasSize(1);
    }

    // ---- record changes and the audit trail ---------------------------------------------

    @Test
    void viewsAndChangesAreAuditedWithIdsAndFieldNamesOnly() {
        long id = f.resident("Zoë", "Kabongo", 40, SupportLevel.BASIC);
        service.records().file(id);
        Resident r = service.records().file(id).resident();
        ResidentDraft changed = new ResidentDraft(r.givenNames(), r.familyName(), r.birthYear(), r.gender(), "B",
                "7", r.arrivalDate(), r.languages(), r.interpreterNeeded(), r.mediatorNeeded(), r.keyWorkerId(),
                "Helpt graag bij het vertalen.", r.ownWords(), r.state(), r.departureDate(), r.teamDiscussion());
        service.records().update(id, changed);
        var dsl = f.services.database().dsl();
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("RESIDENT_VIEWED")
                .and(AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(id))))).isEqualTo(2);
        String details = dsl.select(AUDIT_EVENT.DETAILS).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ACTION.eq("RESIDENT_CHANGED")).fetchOne(AUDIT_EVENT.DETAILS);
        assertThat(details).isEqualTo("fields=unit,room,strengths");
        assertThat(dsl.select(AUDIT_EVENT.DETAILS).from(AUDIT_EVENT).fetch(AUDIT_EVENT.DETAILS))
                .noneMatch(d -> d != null && (d.contains("Zoë") || d.contains("Kabongo") || d.contains("vertalen")));
    }

    @Test
    void aRefusedChangeLeavesTheRecordAsItWas() {
        long id = f.resident("Zoë", "Kabongo", 40, SupportLevel.BASIC);
        Resident before = service.records().file(id).resident();
        ResidentDraft bad = new ResidentDraft("", before.familyName(), 1800, before.gender(), "Z", "1",
                before.arrivalDate(), before.languages(), false, false, null, null, null, ResidentState.LEFT, null,
                false);
        ValidationException e = validation(() -> service.records().update(id, bad));
        assertThat(e.errors()).containsKeys("givenNames", "birthYear", "departureDate");
        Resident after = service.records().file(id).resident();
        assertThat(after).usingRecursiveComparison().isEqualTo(before);
    }

    @Test
    void everyResidentGetsADistinctCodeEvenWhenTheRandomSourceRepeats() {
        f.as("sara");
        ResidentCodes repeating = new ResidentCodes(new java.util.random.RandomGenerator() {
            private int n;

            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public int nextInt(int bound) {
                // The first two codes are identical; from the third call on, the digits move on.
                return (n++ / 8) % bound;
            }
        });
        ResidentService sameCodes = new ResidentService(f.services.database(),
                f.services.audit(), f.services.session(), f.services.accounts(), f.socialMap, f.services.settings(),
                f.clock, repeating);
        long a = sameCodes.records().create(ResidentsFixture.draft("A", null, f.today(), null), SupportLevel.BASIC);
        long b = sameCodes.records().create(ResidentsFixture.draft("B", null, f.today(), null), SupportLevel.BASIC);
        assertThat(service.records().file(a).resident().code())
                .isNotEqualTo(service.records().file(b).resident().code());
    }

    // ---- support level -------------------------------------------------------------------

    @Test
    void aLevelChangeNeedsAReasonAndKeepsItsHistory() {
        long id = f.resident("Zoë", "Kabongo", 40, SupportLevel.BASIC);
        assertThat(validation(() -> service.records().changeLevel(id, SupportLevel.HEIGHTENED, " ", false)).errors())
                .containsKey("reason");
        service.records().changeLevel(id, SupportLevel.HEIGHTENED, "Slaapt al twee weken slecht.", true);
        assertThat(validation(() -> service.records().changeLevel(id, SupportLevel.HEIGHTENED, "nog eens", false)).errors())
                .containsKey("level");
        ResidentFile file = service.records().file(id);
        assertThat(file.resident().level()).isEqualTo(SupportLevel.HEIGHTENED);
        assertThat(file.levelChanges()).singleElement().satisfies(c -> {
            assertThat(c.from()).isEqualTo(SupportLevel.BASIC);
            assertThat(c.changedByName()).isEqualTo("Sara Janssens");
            assertThat(c.discussedInTeam()).isTrue();
        });
        f.as("tom");
        assertThatThrownBy(() -> service.records().changeLevel(id, SupportLevel.INTENSIVE, "x", false))
                .isInstanceOf(AccessDeniedException.class);
    }

    // ---- reviews ---------------------------------------------------------------------------

    @Test
    void theNeedsAssessmentIsDueThirtyDaysAfterArrivalThenEverySixMonths() {
        long id = f.resident("Zoë", "Kabongo", 10, SupportLevel.BASIC);
        LocalDate arrival = f.today().minusDays(10);
        assertThat(service.records().file(id).resident().nextReviewDue()).isEqualTo(arrival.plusDays(30));
        service.reviews().addReview(id, ReviewKind.NEEDS_ASSESSMENT, f.today(), "Behoeften besproken.");
        assertThat(service.records().file(id).resident().nextReviewDue()).isEqualTo(f.today().plusMonths(6));
        service.records().changeLevel(id, SupportLevel.INTENSIVE, "Crisis", true);
        assertThat(service.records().file(id).resident().nextReviewDue()).isEqualTo(f.today().plusDays(7));
        assertThat(validation(() -> service.reviews().addReview(id, ReviewKind.PERIODIC, f.today().plusDays(1), null))
                .errors()).containsKey("heldOn");
    }

    @Test
    void changedIntervalsRecomputeEveryResidentsNextReview() {
        long id = f.resident("Zoë", "Kabongo", 10, SupportLevel.BASIC);
        ReviewSettings tighter = new ReviewSettings(14, 6, 30, 7, 30, 14, 7);
        assertThatThrownBy(() -> service.reviews().saveReviewSettings(tighter)).isInstanceOf(AccessDeniedException.class);
        f.as("leen");
        assertThat(validation(() -> service.reviews().saveReviewSettings(new ReviewSettings(0, 6, 30, 7, 30, 14, 7)))
                .errors()).containsKey("needsAssessmentDays");
        service.reviews().saveReviewSettings(tighter);
        assertThat(service.reviews().reviewSettings()).isEqualTo(tighter);
        assertThat(service.records().file(id).resident().nextReviewDue()).isEqualTo(f.today().minusDays(10).plusDays(14));
        f.as("sara");
        assertThat(service.records().list(new ResidentFilter(null, null, null, null, null, false, false, false, false, 0, 50))
                .items()).hasSize(1);
    }

    @Test
    void aFailureWhileRecomputingTheReviewsLeavesTheOldSettings() {
        long id = f.resident("Zoë", "Kabongo", 10, SupportLevel.BASIC);
        LocalDate dueBefore = service.records().file(id).resident().nextReviewDue();
        f.as("leen");
        ReviewSettings old = service.reviews().reviewSettings();
        // The database refuses the recomputed review date, after the seven settings were written.
        f.services.database().dsl().configuration().set(new DefaultExecuteListenerProvider(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                if (ctx.sql().toLowerCase().contains("next_review_due") && ctx.sql().toLowerCase().startsWith("update")) {
                    throw new IllegalStateException("disk full");
                }
            }
        }));

        assertThatThrownBy(() -> service.reviews().saveReviewSettings(new ReviewSettings(14, 3, 20, 5, 60, 21, 10)))
                .hasMessageContaining("disk full");

        f.services.database().dsl().configuration().set(new DefaultExecuteListenerProvider(new ExecuteListener() {
        }));
        assertThat(service.reviews().reviewSettings()).isEqualTo(old);
        assertThat(service.records().file(id).resident().nextReviewDue()).isEqualTo(dueBefore);
        assertThat(f.services.database().dsl().fetchCount(AUDIT_EVENT,
                AUDIT_EVENT.ACTION.eq("RESIDENT_SETTINGS_CHANGED"))).isZero();
    }

    // ---- plan, overdue rules and Today --------------------------------------------------------

    @Test
    void overdueAndUpcomingActionsShowOnToday() {
        long id = f.resident("Zoë", "Kabongo", 40, SupportLevel.BASIC);
        long late = service.plan().addAction(id, "Taalles zoeken", f.id("tom"), f.today().minusDays(1), PreventionTier.PRIMARY);
        long soon = service.plan().addAction(id, "Huisarts bellen", f.id("sara"), f.today().plusDays(3), null);
        service.plan().addAction(id, "Later", f.id("sara"), f.today().plusDays(30), null);
        TodayOverview today = service.today(false);
        assertThat(today.overdueActions()).extracting(PlanAction::id).containsExactly(late);
        assertThat(today.upcomingActions()).extracting(PlanAction::id).containsExactly(soon);
        assertThat(today.label(id, "?")).endsWith("Zoë Kabongo");
        service.plan().closeAction(late, ActionState.DONE, "Ingeschreven voor de les.");
        assertThat(service.today(false).overdueActions()).isEmpty();
    }

    @Test
    void closingAnActionAsksForAResultAndIsForItsOwnerOrAnEditor() {
        long id = f.resident("Zoë", "Kabongo", 40, SupportLevel.BASIC);
        long action = service.plan().addAction(id, "Taalles zoeken", f.id("tom"), f.today().plusDays(3), null);
        f.as("aicha");
        assertThatThrownBy(() -> service.plan().closeAction(action, ActionState.DONE, "Gedaan"))
                .isInstanceOf(AccessDeniedException.class);
        f.as("tom");
        assertThat(validation(() -> service.plan().closeAction(action, ActionState.DONE, "  ")).errors())
                .containsKey("result");
        service.plan().closeAction(action, ActionState.DONE, "Ingeschreven.");
        assertThat(service.actionStatus(action)).hasValueSatisfying(s -> {
            assertThat(s.state()).isEqualTo(ActionState.DONE);
            assertThat(s.result()).isEqualTo("Ingeschreven.");
        });
    }

    @Test
    void residentsAtHeightenedLevelWithoutRecentObservationsAreQuiet() {
        long id = f.resident("Zoë", "Kabongo", 40, SupportLevel.HEIGHTENED);
        assertThat(service.today(false).quiet()).extracting(ResidentRow::id).containsExactly(id);
        service.observations().addObservation(new NewObservation(id, ObservationCategory.STRENGTH, "Lacht weer.", null, false));
        assertThat(service.today(false).quiet()).isEmpty();
        f.clock.advance(Duration.ofDays(15));
        assertThat(service.today(false).quiet()).extracting(ResidentRow::id).containsExactly(id);
        ResidentFilter quiet = new ResidentFilter(null, null, null, null, ResidentState.PRESENT, false, false, false,
                true, 0, 50);
        assertThat(service.records().list(quiet).items()).hasSize(1);
    }

    // ---- referrals: the consent gate ------------------------------------------------------------

    @Test
    void aReferralIsSentOnlyAfterConsent() {
        long id = f.resident("Zoë", "Kabongo", 40, SupportLevel.BASIC);
        long referral = service.referrals().proposeReferral(id, null, "CGG Andante", "Slaapproblemen",
                EnumSet.of(Barrier.LANGUAGE), "Wekelijks gesprek");
        assertThat(validation(() -> service.referrals().setReferralState(referral, ReferralState.REQUESTED, null)).errors())
                .containsKey("state");
        service.referrals().recordConsent(referral, Consent.REFUSED, null);
        assertThat(validation(() -> service.referrals().setReferralState(referral, ReferralState.WAITING, null)).errors())
                .containsKey("state");
        service.referrals().recordConsent(referral, Consent.GIVEN, f.today());
        service.referrals().setReferralState(referral, ReferralState.REQUESTED, f.today().minusDays(3));
        Referral r = service.records().file(id).referrals().get(0);
        assertThat(r.state()).isEqualTo(ReferralState.REQUESTED);
        assertThat(r.requestedOn()).isEqualTo(f.today().minusDays(3));
        assertThat(r.waitingDays(f.today())).isEqualTo(3);
        assertThat(r.barriers()).containsExactly(Barrier.LANGUAGE);
    }

    @Test
    void barriersAndSupportWhileWaitingCanBeUpdated() {
        long id = f.resident("Zoë", "Kabongo", 40, SupportLevel.BASIC);
        long referral = service.referrals().proposeReferral(id, null, "CGG", "Slaap", EnumSet.of(Barrier.COST), null);
        service.referrals().updateReferralFollowUp(referral, EnumSet.of(Barrier.TRANSPORT, Barrier.WAITING_LIST),
                "Wekelijks wandelen met de begeleider.");
        Referral r = service.records().file(id).referrals().get(0);
        assertThat(r.barriers()).containsExactlyInAnyOrder(Barrier.TRANSPORT, Barrier.WAITING_LIST);
        assertThat(r.interimSupport()).isEqualTo("Wekelijks wandelen met de begeleider.");
    }

    @Test
    void anOverrideNeedsAReasonAndIsAudited() {
        long id = f.resident("Zoë", "Kabongo", 40, SupportLevel.BASIC);
        long referral = service.referrals().proposeReferral(id, null, "POZAH", "Ernstige verwardheid", Set.of(), null);
        f.as("leen");
        assertThat(validation(() -> service.referrals().overrideConsent(referral, "")).errors()).containsKey("override");
        service.referrals().overrideConsent(referral, "Acuut gevaar; bewoner niet aanspreekbaar.");
        service.referrals().setReferralState(referral, ReferralState.ONGOING, null);
        assertThat(service.records().file(id).referrals().get(0).state()).isEqualTo(ReferralState.ONGOING);
        assertThat(f.services.database().dsl().fetchCount(AUDIT_EVENT,
                AUDIT_EVENT.ACTION.eq("REFERRAL_CONSENT_OVERRIDDEN"))).isEqualTo(1);
    }

    @Test
    void referralsWaitingLongerThanTheSettingShowOnToday() {
        long id = f.resident("Zoë", "Kabongo", 90, SupportLevel.BASIC);
        long longWait = service.referrals().proposeReferral(id, null, "Solentra", "Trauma", Set.of(), null);
        long shortWait = service.referrals().proposeReferral(id, null, "CAW", "Papieren", Set.of(), null);
        service.referrals().recordConsent(longWait, Consent.GIVEN, null);
        service.referrals().recordConsent(shortWait, Consent.GIVEN, null);
        service.referrals().setReferralState(longWait, ReferralState.WAITING, f.today().minusDays(40));
        service.referrals().setReferralState(shortWait, ReferralState.WAITING, f.today().minusDays(20));
        assertThat(service.today(false).waitingLong()).singleElement().satisfies(w -> {
            assertThat(w.referral().id()).isEqualTo(longWait);
            assertThat(w.waitingDays()).isEqualTo(40);
        });
    }

    // ---- for other features ------------------------------------------------------------------------

    @Test
    void otherFeaturesSearchByCodeOrNameAndGetNoNamesUnlessAllowed() {
        long id = f.resident("Zoë", "Kabongo", 40, SupportLevel.INTENSIVE);
        List<ResidentRef> refs = service.searchVisible("zoe", 10);
        assertThat(refs).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(id);
            assertThat(r.level()).isEqualTo(SupportLevel.INTENSIVE);
        });
        String code = refs.get(0).code();
        assertThat(service.searchVisible(code.substring(3), 10)).hasSize(1);
        assertThat(service.summary(id)).hasValueSatisfying(s -> assertThat(s.name()).isNull());
        assertThat(service.summary(id, true)).hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("Zoë Kabongo"));
        f.as("tom");
        assertThat(service.summary(id, true)).hasValueSatisfying(s -> assertThat(s.name()).isNull());
        f.as("admin");
        assertThat(service.searchVisible("zoe", 10)).isEmpty();
    }

    @Test
    void wildcardsTypedInTheSearchMatchOnlyThemselves() {
        f.resident("Zoë", "Kabongo", 40, SupportLevel.INTENSIVE);
        f.resident("Amir", "Nouri", 30, SupportLevel.BASIC);
        assertThat(service.searchVisible("%%", 10)).isEmpty();
        assertThat(service.searchVisible("_", 10)).isEmpty();
        assertThat(service.searchVisible("z%o", 10)).isEmpty();
        assertThat(service.searchVisible("kabongo", 10)).hasSize(1);
    }

    @Test
    void anotherFeatureAddsAnActionAndReadsItsState() {
        long id = f.resident("Zoë", "Kabongo", 40, SupportLevel.BASIC);
        f.as("leen");
        long action = service.addActionFor(new ActionRequest(id, "Tolk regelen voor gesprek", f.id("sara"),
                f.today().minusDays(2), PreventionTier.SECONDARY, new ActionOrigin(f.today().minusDays(3), 12)));
        assertThat(service.actionStatus(action)).hasValueSatisfying(s -> {
            assertThat(s.state()).isEqualTo(ActionState.OPEN);
            assertThat(s.overdue()).isTrue();
        });
        assertThat(service.records().file(id).actions().get(0).origin())
                .isEqualTo(new ActionOrigin(f.today().minusDays(3), 12));
        TeamMeetingOverview meeting = service.teamMeeting(f.today().minusDays(14), false);
        assertThat(meeting.overdueActions()).extracting(PlanAction::id).containsExactly(action);
        // Arrived 40 days ago without a needs assessment: the review is due, with one overdue action.
        assertThat(meeting.reviewsDue()).extracting(ResidentSummary::overdueActions).containsExactly(1);
        f.as("tom");
        assertThatThrownBy(() -> service.addActionFor(new ActionRequest(id, "x", null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theTeamMeetingListsFlaggedResidentsLevelChangesAndWaitingReferrals() {
        long a = f.resident("Zoë", "Kabongo", 40, SupportLevel.BASIC);
        long b = f.resident("Amina", "Yusuf", 40, SupportLevel.BASIC);
        service.records().setTeamDiscussion(a, true);
        service.records().changeLevel(b, SupportLevel.HEIGHTENED, "Meer signalen", true);
        long referral = service.referrals().proposeReferral(b, null, "CGG", "Slaap", Set.of(), null);
        service.referrals().recordConsent(referral, Consent.GIVEN, null);
        service.referrals().setReferralState(referral, ReferralState.WAITING, f.today().minusDays(50));
        f.as("leen");
        TeamMeetingOverview meeting = service.teamMeeting(null, true);
        assertThat(meeting.flaggedForDiscussion()).extracting(ResidentSummary::id).containsExactly(a);
        assertThat(meeting.flaggedForDiscussion().get(0).name()).isEqualTo("Zoë Kabongo");
        assertThat(meeting.levelChanges()).singleElement().satisfies(c ->
                assertThat(c.change().to()).isEqualTo(SupportLevel.HEIGHTENED));
        assertThat(meeting.waitingReferrals()).singleElement().satisfies(w ->
                assertThat(w.waitingDays()).isEqualTo(50));
    }
}
