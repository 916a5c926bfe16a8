package be.toppsy.desk.intervision;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.intervision.board.AttachedContent;
import be.toppsy.desk.intervision.board.BoardViewModel;
import be.toppsy.desk.intervision.board.CaseColumn;
import be.toppsy.desk.intervision.board.CaseViewModel;
import be.toppsy.desk.intervision.board.IntervisionCase;
import be.toppsy.desk.intervision.methods.MethodsViewModel;
import be.toppsy.desk.intervision.sessions.AgendaItem;
import be.toppsy.desk.intervision.sessions.IntervisionSession;
import be.toppsy.desk.intervision.sessions.SessionEditorViewModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board, case, session and method screens' behaviour, without a screen. */
class IntervisionViewModelsTest {

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

    private TaskRunner tasks() {
        return TaskRunner.direct();
    }

    @Test
    void theBoardFiltersByPresenterTagAndLevelAndMovesADroppedCard() {
        f.as("sara");
        IntervisionCase a = f.kase("Een", SupportLevel.BASIC, "slaap");
        IntervisionCase b = f.kase("Twee", SupportLevel.INTENSIVE, "crisis");
        f.as("tom");
        IntervisionCase c = f.kase("Drie", SupportLevel.BASIC, "slaap");
        BoardViewModel board = new BoardViewModel(f.cases, f.access, tasks(), f.services.messages());
        board.load();
        assertThat(board.column(CaseColumn.BROUGHT_IN)).hasSize(3);
        assertThat(board.presenters()).extracting(Person::id).containsExactlyInAnyOrder(f.id("sara"), f.id("tom"));
        assertThat(board.tags()).containsExactly("crisis", "slaap");

        board.tagFilterProperty().set("slaap");
        assertThat(board.column(CaseColumn.BROUGHT_IN)).extracting(card -> card.kase().id())
                .containsExactlyInAnyOrder(a.id(), c.id());
        board.levelFilterProperty().set(SupportLevel.BASIC);
        board.presenterFilterProperty().set(board.presenters().stream().filter(p -> p.id() == f.id("tom"))
                .findFirst().orElseThrow());
        assertThat(board.column(CaseColumn.BROUGHT_IN)).extracting(card -> card.kase().id()).containsExactly(c.id());
        assertThat(board.summaryProperty().get()).isEqualTo("Casussen: 1 van 3");
        board.clearFilters();

        // Tom drops his own card on "closed", and tries Sara's.
        assertThat(board.mayMove(board.column(CaseColumn.BROUGHT_IN).stream()
                .filter(card -> card.kase().id() == a.id()).findFirst().orElseThrow())).isFalse();
        board.move(c.id(), CaseColumn.CLOSED);
        assertThat(board.column(CaseColumn.CLOSED)).extracting(card -> card.kase().id()).containsExactly(c.id());
        board.move(a.id(), CaseColumn.CLOSED);
        assertThat(board.messageProperty().get()).contains("Alleen wie de casus inbracht");
        assertThat(board.column(CaseColumn.BROUGHT_IN)).extracting(card -> card.kase().id())
                .containsExactlyInAnyOrder(a.id(), b.id());
    }

    @Test
    void aCaseFormKeepsWhatWasTypedWhenSavingFails() {
        f.as("sara");
        CaseViewModel model = new CaseViewModel(f.cases, f.access, tasks(), f.services.messages());
        model.startNew();
        String longSituation = "x".repeat(10_001);
        model.titleProperty().set("Jonge vrouw slaapt slecht");
        model.situationProperty().set(longSituation);
        model.save();
        assertThat(model.errorOf("question").get()).isEqualTo("Schrijf je vraag aan de groep.");
        assertThat(model.errorOf("situation").get()).contains("10000");
        assertThat(model.situationProperty().get()).isEqualTo(longSituation);
        assertThat(model.caseIdProperty().get()).isNull();
        model.situationProperty().set("Kort.");
        model.questionProperty().set("Wat doe ik?");
        model.tagsProperty().set("slaap; stress ,");
        model.save();
        assertThat(model.caseIdProperty().get()).isNotNull();
        assertThat(f.cases.kase(model.caseIdProperty().get()).tags()).containsExactly("slaap", "stress");
        // Without the tracker, the form says it is not available.
        f.followUp.available = false;
        model.load(model.caseIdProperty().get());
        assertThat(model.residentTextProperty().get()).contains("nog niet beschikbaar");
    }

    @Test
    void aCaseCanBeLinkedToAResidentAndGetsSuggestionsAttached() {
        f.followUp.add(5, "B-0005", SupportLevel.HEIGHTENED, "Amal");
        f.as("sara");
        CaseViewModel model = new CaseViewModel(f.cases, f.access, tasks(), f.services.messages());
        model.startNew();
        model.titleProperty().set("Moeder trekt zich terug");
        model.questionProperty().set("Hoe blijf ik in contact?");
        model.levelProperty().set(SupportLevel.HEIGHTENED);
        model.tagsProperty().set("terugtrekking");
        model.residentQueryProperty().set("B-00");
        model.searchResidents();
        assertThat(model.residentResults()).extracting(FollowUpLink.ResidentRef::code).containsExactly("B-0005");
        model.linkResident(model.residentResults().get(0));
        model.save();
        assertThat(model.residentTextProperty().get()).contains("B-0005");
        assertThat(model.suggestions()).extracting(s -> s.content().id()).first().isEqualTo("g2");
        model.attach(model.suggestions().get(0).content());
        assertThat(model.attached()).extracting(AttachedContent::contentId).containsExactly("g2");
        model.detach(model.attached().get(0));
        assertThat(model.attached()).isEmpty();
    }

    @Test
    void planningASessionShowsErrorsNextToTheFieldsAndPutsCasesOnTheAgenda() {
        f.as("sara");
        IntervisionCase c = f.kase("Een", SupportLevel.BASIC);
        f.as("leen");
        SessionEditorViewModel model = new SessionEditorViewModel(f.sessions, f.methods, f.cases, f.access, tasks(), f.services.messages());
        model.load(null);
        assertThat(model.methodProperty().get().builtinKey()).isEqualTo("toppsy");
        model.dateProperty().set("31/02/2026");
        model.save();
        assertThat(model.errorOf("heldOn").get()).contains("Geen geldige datum");
        model.dateProperty().set("17/03/2026");
        model.teamProperty().set("");
        model.save();
        assertThat(model.errorOf("team").get()).isEqualTo("Vul het team in.");
        assertThat(model.errorOf("facilitator").get()).isEqualTo("Kies een gespreksleider.");
        model.teamProperty().set("Team A");
        model.facilitatorProperty().set(model.staff().stream().filter(p -> p.id() == f.id("leen")).findFirst()
                .orElseThrow());
        model.participant(f.id("tom")).set(true);
        model.addToAgenda(model.available().get(0));
        long[] saved = {0};
        model.setOnSaved(id -> saved[0] = id);
        model.save();
        assertThat(saved[0]).isPositive();
        IntervisionSession s = f.sessions.session(saved[0]);
        assertThat(s.agenda()).extracting(AgendaItem::caseId).containsExactly(c.id());
        assertThat(s.participants()).extracting(Person::id).containsExactlyInAnyOrder(f.id("leen"), f.id("tom"));
    }

    @Test
    void savingAMethodThatASessionUsedSaysANewVersionWasMade() {
        f.as("leen");
        IntervisionCase c = f.kase("Een", SupportLevel.BASIC);
        IntervisionSession s = f.session(f.today(), List.of(c.id()), "");
        f.runs.startSession(s.id());
        MethodsViewModel model = new MethodsViewModel(f.methods, f.access, tasks(), f.services.messages());
        model.load(null);
        assertThat(model.selectedProperty().get().builtinKey()).isEqualTo("toppsy");
        assertThat(model.versionTextProperty().get()).contains("gebruikt in sessies: 1");
        model.phases().get(1).nameProperty().set("Stap 1 zoals wij het leerden");
        model.phases().get(2).minutesProperty().set("nul");
        model.save();
        assertThat(model.errorOf("phase3.minutes").get()).contains("1 tot 240");
        model.phases().get(2).minutesProperty().set("20");
        model.addPhase();
        model.save();
        assertThat(model.errorOf("phase9.name").get()).isEqualTo("Geef de fase een naam.");
        model.removePhase(model.phases().get(8));
        model.save();
        assertThat(model.messageProperty().get()).isEqualTo("Opgeslagen als versie 2. Voorbije sessies houden versie 1.");
        assertThat(model.selectedProperty().get().version()).isEqualTo(2);
        assertThat(f.sessions.material(s.id()).method().phases().get(1).name()).isEqualTo("Casus en vraag");
    }

    @Test
    void staffReadMethodsButCannotChangeThem() {
        f.as("tom");
        MethodsViewModel model = new MethodsViewModel(f.methods, f.access, tasks(), f.services.messages());
        model.load(null);
        assertThat(model.mayManageProperty().get()).isFalse();
        assertThat(model.methods()).hasSize(5);
        model.save();
        assertThat(model.messageProperty().get()).contains("Dat mag je niet");
    }
}
