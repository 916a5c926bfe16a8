package be.toppsy.desk;

import static be.toppsy.desk.storage.jooq.Tables.PLAN_ACTION;
import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.content.ContentCatalog;
import be.toppsy.desk.content.ContentService;
import be.toppsy.desk.intervision.ContentLink;
import be.toppsy.desk.intervision.FollowUpLink;
import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.residents.ResidentsUi;
import be.toppsy.desk.residents.plan.ActionOrigin;
import be.toppsy.desk.residents.plan.ActionState;
import be.toppsy.desk.residents.plan.PlanAction;
import be.toppsy.desk.residents.record.ResidentFile;
import be.toppsy.desk.residents.record.TimelineEntry;
import be.toppsy.desk.residents.record.TimelineKind;
import be.toppsy.desk.residents.record.Gender;
import be.toppsy.desk.residents.record.ResidentDraft;
import be.toppsy.desk.residents.ResidentService;
import be.toppsy.desk.residents.record.ResidentState;
import be.toppsy.desk.residents.ResidentsFeature;
import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.security.Role;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.TestServices;
import be.toppsy.desk.ui.DelegatingNavigator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The intervision board reaches the tracker and the guide only through these links. */
class FeatureLinksTest {

    @TempDir
    Path folder;
    private App.Services services;
    private ResidentService residents;

    @BeforeEach
    void setUp() {
        services = TestServices.withAdmin(folder, MutableClock.at("2026-11-22T09:00:00Z"));
        TestServices.loginAsNewUser(services, "sara", Role.SUPPORT_WORKER, Role.STAFF);
        residents = services.features().stream().filter(ResidentsFeature.class::isInstance)
                .map(f -> ((ResidentsFeature) f).service()).findFirst().orElseThrow();
    }

    @AfterEach
    void tearDown() {
        services.database().close();
    }

    private long resident() {
        return residents.records().create(new ResidentDraft("Nguyễn Văn", "An", 1991, Gender.UNKNOWN, "A", "12",
                LocalDate.of(2026, 10, 1), List.of("Vietnamees"), true, false, null, null, null,
                ResidentState.PRESENT, null, false), SupportLevel.HEIGHTENED);
    }

    @Test
    void anActionPointAboutAResidentBecomesAnOpenPlanAction() {
        long id = resident();
        FollowUpLink link = FeatureLinks.followUp(residents);
        String code = residents.summary(id).orElseThrow().code();

        assertThat(link.findResidents(code, 5)).singleElement()
                .satisfies(r -> assertThat(r.supportLevel()).isEqualTo(SupportLevel.HEIGHTENED));
        long actionId = link.addPlanAction(id, "Gesprek met tolk plannen", null, LocalDate.of(2026, 12, 1),
                new FollowUpLink.SessionOrigin(LocalDate.of(2026, 11, 20), 3));

        assertThat(residents.actionStatus(actionId)).hasValueSatisfying(a -> {
            assertThat(a.residentId()).isEqualTo(id);
            assertThat(a.state()).isEqualTo(ActionState.OPEN);
        });
        assertThat(link.actionState(actionId)).hasValueSatisfying(s -> assertThat(s.state()).isEqualTo("open"));
    }

    @Test
    void whereAnActionComesFromIsStoredAsDataAndShownInTheReadersLanguage() {
        long id = resident();
        FeatureLinks.followUp(residents).addPlanAction(id, "Gesprek met tolk plannen", null, null,
                new FollowUpLink.SessionOrigin(LocalDate.of(2026, 11, 20), 4));

        ResidentFile file = residents.records().file(id);
        PlanAction action = file.actions().get(0);
        assertThat(action.origin()).isEqualTo(new ActionOrigin(LocalDate.of(2026, 11, 20), 4));
        assertThat(action.sourceNote()).isNull();
        assertThat(ResidentsUi.origin(action, new Messages(Language.NL)))
                .isEqualTo("Teamintervisie 20/11/2026, casus #4");
        assertThat(ResidentsUi.origin(action, new Messages(Language.FR)))
                .isEqualTo("Intervision d'équipe du 20/11/2026, cas n° 4");
        assertThat(ResidentsUi.origin(action, new Messages(Language.EN))).isEqualTo("Team intervision 20/11/2026, case #4");
        TimelineEntry added = file.timeline().stream().filter(e -> e.kind() == TimelineKind.ACTION).findFirst()
                .orElseThrow();
        assertThat(ResidentsUi.note(added, new Messages(Language.FR))).isEqualTo("Intervision d'équipe du 20/11/2026, cas n° 4");
    }

    @Test
    void anOlderActionKeepsTheTextItWasStoredWith() {
        long id = resident();
        long actionId = FeatureLinks.followUp(residents).addPlanAction(id, "Gesprek plannen", null, null,
                new FollowUpLink.SessionOrigin(LocalDate.of(2026, 3, 12), 4));
        // As written by versions before the origin columns.
        services.database().dsl().update(PLAN_ACTION).set(PLAN_ACTION.SOURCE_NOTE, "Teamintervisie 12/03/2026, casus #4")
                .setNull(PLAN_ACTION.ORIGIN_SESSION_DATE).setNull(PLAN_ACTION.ORIGIN_CASE_ID)
                .where(PLAN_ACTION.ID.eq(actionId)).execute();

        PlanAction action = residents.records().file(id).actions().get(0);
        assertThat(action.origin()).isNull();
        assertThat(ResidentsUi.origin(action, new Messages(Language.EN))).isEqualTo("Teamintervisie 12/03/2026, casus #4");
    }

    @Test
    void theNameCheckGetsTheNamesButNothingShowsThem() {
        long id = resident();
        FollowUpLink link = FeatureLinks.followUp(residents);
        assertThat(link.names(id)).containsExactly("Nguyễn Văn", "An");
        assertThat(link.resident(id)).hasValueSatisfying(r -> assertThat(r.code()).doesNotContain("Nguy"));
    }

    @Test
    void theGuideOffersChaptersAndLessonsWithTheBoardsLevels() {
        ContentService content = services.content();
        ContentLink link = FeatureLinks.content(new ContentCatalog(content, new DelegatingNavigator()));
        List<ContentLink.ContentRef> all = link.all();
        assertThat(all).filteredOn(r -> r.kind().equals(ContentLink.ContentRef.CHAPTER)).hasSize(5);
        assertThat(all).filteredOn(r -> r.kind().equals(ContentLink.ContentRef.LESSON)).hasSizeGreaterThanOrEqualTo(12);
        assertThat(all).filteredOn(r -> r.id().equals("g2")).singleElement()
                .satisfies(r -> assertThat(r.levels()).contains(SupportLevel.HEIGHTENED));
    }
}
