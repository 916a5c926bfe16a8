package be.toppsy.desk.reports;

import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.reports.IntervisionReportData.CaseReport;
import be.toppsy.desk.reports.IntervisionReportData.PhaseNote;
import be.toppsy.desk.reports.MeetingPackData.Action;
import be.toppsy.desk.reports.MeetingPackData.IntervisionCase;
import be.toppsy.desk.reports.MeetingPackData.Observation;
import be.toppsy.desk.reports.MeetingPackData.Reason;
import be.toppsy.desk.reports.MeetingPackData.ResidentForDiscussion;
import be.toppsy.desk.reports.MeetingPackData.TrainingLine;
import be.toppsy.desk.reports.MeetingPackData.WaitingReferral;
import be.toppsy.desk.reports.TrainingOverviewData.ModuleProgress;
import be.toppsy.desk.reports.TrainingOverviewData.PersonTraining;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Realistic input for every document, for tests, the benchmark and looking at the pages. */
public final class SampleDocuments {

    public static final LocalDate MEETING = LocalDate.of(2026, 11, 24);

    /** Names that must print, and one no embedded font can show. */
    public static final List<String> NAMES = List.of("Ömer Çelik", "Nguyễn Thị Mai", "Đorđe Petrović", "Zoë Maes",
            "Ðào Văn Minh", "Amina Yusuf", "Tesfay Gebremedhin", "Giorgi Beridze", "Mariam Haidari", "Ahmad Rahimi");

    private static final String[] UNITS = {"Vleugel A", "Vleugel B", "Gezinsunit", "NBMV-unit"};
    private static final SupportLevel[] LEVELS = SupportLevel.values();
    private static final String[] STAFF = {"Sara Peeters", "Youssef El Amrani", "Elif Yılmaz", "Leen Claes",
            "Tom Janssens", "Aïcha Benali"};
    private static final String[] OBSERVATIONS = {
        "Slaapt slecht sinds het gesprek met de advocaat; ligt 's nachts vaak wakker en is overdag moe. Vraagt zelf om een gesprek.",
        "Neemt weer deel aan de Nederlandse les en helpt andere bewoners met vertalen. Positieve evolutie.",
        "Trekt zich terug op de kamer, eet weinig. Huisgenoot maakt zich zorgen. Verder opvolgen bij de medische dienst.",
        "Conflict aan de keuken over het gebruik van de kookplaten; na bemiddeling rustig.",
        "Heeft een afspraak bij de huisarts gemist omdat de brief niet vertaald was.",
    };
    private static final String[] ACTIONS = {
        "Afspraak maken bij de huisarts en tolk reserveren", "Opvolggesprek met referentiebegeleider plannen",
        "Contact opnemen met de school over afwezigheden", "Doorverwijzing naar het CGG bespreken met bewoner",
        "Brief van de advocaat samen doornemen", "Evaluatie van het begeleidingsplan voorbereiden",
    };

    private SampleDocuments() {
    }

    static ResidentRef resident(int i) {
        return new ResidentRef(String.format("BW-%04d", 1040 + i), NAMES.get(i % NAMES.size()));
    }

    /** A meeting pack of the given size; all sections. */
    public static MeetingPackData meetingPack(int residentCount, int actionCount) {
        List<ResidentForDiscussion> residents = new ArrayList<>();
        for (int i = 0; i < residentCount; i++) {
            List<Observation> observations = new ArrayList<>();
            for (int o = 0; o < 2 + i % 3; o++) {
                observations.add(new Observation(MEETING.minusDays(2 + o * 3L + i % 5), STAFF[(i + o) % STAFF.length],
                        OBSERVATIONS[(i + o) % OBSERVATIONS.length]));
            }
            Set<Reason> reasons = EnumSet.noneOf(Reason.class);
            reasons.add(Reason.values()[i % 3]);
            if (i % 4 == 0) {
                reasons.add(Reason.REVIEW_DUE);
            }
            residents.add(new ResidentForDiscussion(resident(i), UNITS[i % UNITS.length], LEVELS[i % LEVELS.length],
                    reasons, observations));
        }
        List<Action> actions = new ArrayList<>();
        for (int a = 0; a < actionCount; a++) {
            int owner = residentCount == 0 ? a : a % Math.max(residentCount, 1);
            actions.add(new Action(resident(owner), ACTIONS[(a + a / Math.max(residentCount, 1)) % ACTIONS.length], STAFF[a % STAFF.length],
                    MEETING.plusDays(a % 9 - 5L)));
        }
        List<WaitingReferral> referrals = new ArrayList<>();
        String[] services = {"CGG Vlaams-Brabant – volwassenen", "Solentra (transcultureel)", "Huisartsenpraktijk De Brug",
            "Centrum voor Algemeen Welzijnswerk", "Kinderpsychiater UZ (wachtlijst)"};
        for (int r = 0; r < Math.min(12, residentCount + 3); r++) {
            referrals.add(new WaitingReferral(resident(r), services[r % services.length], MEETING.minusDays(9L + r * 11L)));
        }
        List<IntervisionCase> cases = List.of(
                new IntervisionCase("C-2026-014", "Hoe blijven we in contact met een jongere die elke afspraak afzegt?", "Sara Peeters"),
                new IntervisionCase("C-2026-015", "Wat doen we met signalen van middelengebruik in de gezinsunit?", "Youssef El Amrani"));
        List<TrainingLine> training = List.of(
                new TrainingLine("Sara Peeters", "Psychosociale noden herkennen", 5, 5, MEETING.minusDays(20)),
                new TrainingLine("Youssef El Amrani", "Psychosociale noden herkennen", 3, 5, null),
                new TrainingLine("Elif Yılmaz", "Werken met tolken", 5, 5, MEETING.minusDays(3)),
                new TrainingLine("Tom Janssens", "Stepped care in de opvang", 1, 5, null));
        return new MeetingPackData(MEETING, "Vleugel A en B", MEETING.minusDays(14), MEETING.minusDays(1),
                List.of("Leen Claes (voorzitter)", "Sara Peeters", "Youssef El Amrani", "Elif Yılmaz", "Omer Demir (medische dienst)"),
                List.of("Opening en verslag vorig overleg", "Bewoners ter bespreking", "Acties over tijd",
                        "Wachtende doorverwijzingen", "Voorbereiding intervisie", "Varia"),
                residents, actions, referrals, cases, training, MeetingPackData.Section.all());
    }

    public static IntervisionReportData intervision() {
        return new IntervisionReportData(MEETING, "Vleugel A en B", "Incidentmethode", "Katrien Wouters",
                List.of("Sara Peeters", "Youssef El Amrani", "Elif Yılmaz", "Tom Janssens"),
                List.of(new CaseReport("C-2026-014", "Sara Peeters",
                        "Hoe blijven we in contact met een jongere die elke afspraak afzegt?",
                        List.of(new PhaseNote("Verhelderen", "De jongere (17) zegt sinds drie weken elke afspraak af. Hij is wel aanwezig op de unit en praat met andere begeleiders."),
                                new PhaseNote("Analyseren", "Mogelijk wantrouwen na een slechte ervaring met een tolk; schaamte over schoolresultaten."),
                                new PhaseNote("Adviezen", "Laagdrempelig contact tijdens activiteiten; vaste begeleider; geen formele afspraken voorlopig.")),
                        "Ik probeer het contact informeel op te bouwen tijdens de voetbaltraining en vraag de voogd om mee te denken.",
                        List.of("Sara bespreekt met de voogd (voor 1 december)", "Evaluatie op het volgende teamoverleg")),
                        new CaseReport("C-2026-015", "Youssef El Amrani",
                                "Wat doen we met signalen van middelengebruik in de gezinsunit?",
                                List.of(new PhaseNote("Verhelderen", "Twee signalen in één week; ouders ontkennen."),
                                        new PhaseNote("Adviezen", "Gebruik het protocol middelengebruik; betrek de medische dienst.")),
                                "", List.of())));
    }

    public static ResidentSummaryData residentSummary() {
        return new ResidentSummaryData(resident(1), "Gezinsunit", SupportLevel.HEIGHTENED, "Sara Peeters", LocalDate.of(2026, 3, 2),
                "Overdracht naar LOI Leuven", List.of("Stabiel slaappatroon binnen zes weken", "Wekelijkse deelname aan de Nederlandse les",
                        "Aanmelding bij het CGG en eerste intake"),
                meetingPack(2, 4).residents().get(1).recentObservations(), meetingPack(2, 4).openActions(),
                List.of(new ResidentSummaryData.Referral("CGG Vlaams-Brabant", LocalDate.of(2026, 10, 2), "wachtlijst")),
                List.of(new ResidentSummaryData.Review(LocalDate.of(2026, 9, 15), "Zorgniveau verhoogd na melding van slaapproblemen.")),
                EnumSet.allOf(ResidentSummaryData.Section.class));
    }

    public static CertificateData certificate() {
        return new CertificateData("Elif Yılmaz", "Psychosociale noden herkennen bij verzoekers om internationale bescherming",
                LocalDate.of(2026, 11, 20), 5, 90, "Opvangcentrum Kapellen", "Katrien Wouters, trainer");
    }

    public static TrainingOverviewData trainingOverview() {
        List<PersonTraining> people = new ArrayList<>();
        String[] modules = {"Psychosociale noden herkennen", "Werken met tolken", "Stepped care in de opvang"};
        for (int p = 0; p < STAFF.length; p++) {
            List<ModuleProgress> progress = new ArrayList<>();
            for (int m = 0; m < modules.length; m++) {
                int done = (p + m * 2) % 6;
                progress.add(new ModuleProgress(modules[m], Math.min(done, 5), 5,
                        done >= 5 ? MEETING.minusDays(p * 7L + m) : null, done >= 5 ? 70 + (p * 7 + m * 3) % 30 : null));
            }
            people.add(new PersonTraining(STAFF[p], p == 3 ? "teamverantwoordelijke" : "begeleider", progress));
        }
        return new TrainingOverviewData("Vleugel A en B", MEETING, people);
    }

    public static HandoutData handout() {
        return new HandoutData("Stress en slaapproblemen herkennen", "Gids · hoofdstuk 2",
                List.of(new HandoutData.Text("Veel bewoners slapen slecht in de eerste maanden na aankomst. Dat is meestal een normale reactie op een abnormale situatie, maar het kan ook een signaal zijn dat iemand meer steun nodig heeft."),
                        new HandoutData.Heading("Signalen"),
                        new HandoutData.Bullets(List.of("moeilijk inslapen of vaak wakker worden", "nachtmerries, overdag moe en prikkelbaar",
                                "terugtrekken uit activiteiten en contacten")),
                        new HandoutData.Callout("Let op", "Spreekt iemand over niet meer willen leven, neem dit altijd ernstig en schakel dezelfde dag de medische dienst in."),
                        new HandoutData.Heading("Wat kan je doen?"),
                        new HandoutData.Text("Vraag rustig door, normaliseer de klachten en bied psycho-educatie aan in een taal die de bewoner begrijpt. Gebruik een tolk wanneer nodig."),
                        new HandoutData.Callout("Tip", "Een vaste dagstructuur helpt vaak meer dan slaapmedicatie.")),
                "TOPPSY-gids, versie 2026");
    }
}
