package be.toppsy.desk.residents;

import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.residents.observations.Concern;
import be.toppsy.desk.residents.observations.ObservationCategory;
import be.toppsy.desk.residents.plan.ActionState;
import be.toppsy.desk.residents.plan.PreventionTier;
import be.toppsy.desk.residents.referrals.Barrier;
import be.toppsy.desk.residents.referrals.Consent;
import be.toppsy.desk.residents.referrals.ReferralState;
import be.toppsy.desk.residents.reviews.ReviewKind;
import be.toppsy.desk.residents.record.Gender;
import be.toppsy.desk.residents.record.ResidentCodes;
import be.toppsy.desk.residents.record.ResidentDraft;
import be.toppsy.desk.residents.record.ResidentState;
import be.toppsy.desk.ui.DemoData;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.jooq.DSLContext;

/**
 * About sixty fictional residents in varied situations, so every screen shows something real at
 * first start: mixed origins, ages and families; names in several scripts; observations over the
 * past months, level changes, actions (some overdue), referrals (some waiting long, some without
 * consent yet), reviews due and screenings. Every name is invented.
 */
final class ResidentDemoData {

    private record Person(String given, String family, Gender gender, int age, String unit, String languages) {
    }

    private static final List<Person> PEOPLE = List.of(
            new Person("محمد", "الأحمد", Gender.MALE, 34, "A", "Arabisch"),
            new Person("Nguyễn Văn", "An", Gender.MALE, 27, "B", "Vietnamees,Engels"),
            new Person("Zoë", "Kabongo", Gender.FEMALE, 19, "Gezinnen", "Frans,Lingala"),
            new Person("Đorđe", "Petrović", Gender.MALE, 45, "C", "Servisch,Russisch"),
            new Person("Amina", "Yusuf", Gender.FEMALE, 31, "Gezinnen", "Somali,Arabisch"),
            new Person("Abdi", "Yusuf", Gender.MALE, 9, "Gezinnen", "Somali"),
            new Person("Hawa", "Yusuf", Gender.FEMALE, 6, "Gezinnen", "Somali"),
            new Person("Ahmad Shah", "Popal", Gender.MALE, 17, "NBMV", "Pasjtoe,Dari"),
            new Person("Zahra", "Hosseini", Gender.FEMALE, 38, "Gezinnen", "Dari,Farsi"),
            new Person("Mehdi", "Hosseini", Gender.MALE, 41, "Gezinnen", "Dari,Farsi"),
            new Person("Yonas", "Tesfay", Gender.MALE, 23, "A", "Tigrinya,Amhaars"),
            new Person("Selam", "Gebremedhin", Gender.FEMALE, 26, "B", "Tigrinya"),
            new Person("Olena", "Kovalenko", Gender.FEMALE, 52, "C", "Oekraïens,Russisch"),
            new Person("Giorgi", "Beridze", Gender.MALE, 36, "A", "Georgisch,Russisch"),
            new Person("Fatoumata", "Diallo", Gender.FEMALE, 22, "B", "Frans"),
            new Person("Mamadou", "Bah", Gender.MALE, 29, "A", "Frans"),
            new Person("Rojda", "Aydın", Gender.FEMALE, 33, "Gezinnen", "Koerdisch (Kurmanji),Turks"),
            new Person("Serhat", "Aydın", Gender.MALE, 12, "Gezinnen", "Koerdisch (Kurmanji),Turks"),
            new Person("Hêvî", "Barzani", Gender.FEMALE, 28, "B", "Koerdisch (Sorani),Arabisch"),
            new Person("Bilal", "Khan", Gender.MALE, 31, "C", "Urdu,Punjabi,Engels"),
            new Person("Rahim", "Uddin", Gender.MALE, 25, "A", "Bengaals"),
            new Person("Arben", "Krasniqi", Gender.MALE, 48, "C", "Albanees"),
            new Person("Blerta", "Krasniqi", Gender.FEMALE, 44, "C", "Albanees"),
            new Person("José Luis", "Ramírez", Gender.MALE, 39, "A", "Spaans"),
            new Person("María Fernanda", "Gómez", Gender.FEMALE, 30, "B", "Spaans"),
            new Person("Chantal", "Uwimana", Gender.FEMALE, 35, "Gezinnen", "Kinyarwanda,Frans,Swahili"),
            new Person("Jean-Pierre", "Habimana", Gender.MALE, 40, "Gezinnen", "Kinyarwanda,Frans"),
            new Person("Grâce", "Habimana", Gender.FEMALE, 8, "Gezinnen", "Kinyarwanda,Frans"),
            new Person("Samir", "Haddad", Gender.MALE, 55, "C", "Arabisch,Frans"),
            new Person("Lina", "Haddad", Gender.FEMALE, 20, "B", "Arabisch,Engels"),
            new Person("Mustafa", "Nazari", Gender.MALE, 16, "NBMV", "Dari"),
            new Person("Bashir", "Ahmadzai", Gender.MALE, 17, "NBMV", "Pasjtoe"),
            new Person("Farid", "Sultani", Gender.MALE, 16, "NBMV", "Dari,Farsi"),
            new Person("Kidane", "Haile", Gender.MALE, 17, "NBMV", "Tigrinya"),
            new Person("Ayaan", "Mohamed", Gender.FEMALE, 24, "B", "Somali"),
            new Person("Tamar", "Lomidze", Gender.FEMALE, 29, "B", "Georgisch"),
            new Person("Yusuf", "Çelik", Gender.MALE, 33, "A", "Turks"),
            new Person("Elif", "Şahin", Gender.FEMALE, 27, "B", "Turks,Engels"),
            new Person("Oumar", "Traoré", Gender.MALE, 21, "A", "Frans"),
            new Person("Aïssatou", "Sow", Gender.FEMALE, 32, "Gezinnen", "Frans"),
            new Person("Ibrahima", "Sow", Gender.MALE, 4, "Gezinnen", "Frans"),
            new Person("Nadia", "Rahimi", Gender.FEMALE, 46, "C", "Farsi"),
            new Person("Reza", "Karimi", Gender.MALE, 37, "A", "Farsi,Engels"),
            new Person("Sipho", "Dlamini", Gender.MALE, 28, "A", "Engels"),
            new Person("Mariam", "Touré", Gender.FEMALE, 19, "B", "Frans"),
            new Person("Daniel", "Mekonnen", Gender.MALE, 30, "A", "Amhaars,Oromo"),
            new Person("Tsion", "Alemu", Gender.FEMALE, 27, "B", "Amhaars"),
            new Person("Kamal", "Hussain", Gender.MALE, 61, "C", "Bengaals,Engels"),
            new Person("Leyla", "Mammadova", Gender.FEMALE, 34, "B", "Russisch,Turks"),
            new Person("Ivan", "Horbunov", Gender.MALE, 58, "C", "Oekraïens,Russisch"),
            new Person("Thị Hoa", "Trần", Gender.FEMALE, 24, "B", "Vietnamees"),
            new Person("خالد", "العمر", Gender.MALE, 42, "A", "Arabisch"),
            new Person("فاطمة", "حسن", Gender.FEMALE, 37, "Gezinnen", "Arabisch"),
            new Person("Omar", "Hassan", Gender.MALE, 11, "Gezinnen", "Arabisch"),
            new Person("Priya", "Raman", Gender.FEMALE, 31, "B", "Tamil,Engels"),
            new Person("Emmanuel", "Okafor", Gender.MALE, 35, "A", "Engels"),
            new Person("Alex", "Moreau", Gender.OTHER, 26, "B", "Frans,Engels"),
            new Person("Sandra", "Mbeki", Gender.FEMALE, 43, "C", "Lingala,Frans"),
            new Person("Ana", "Costa", Gender.FEMALE, 50, "C", "Portugees"),
            new Person("Hamid", "Noori", Gender.MALE, 18, "A", "Dari"),
            new Person("Noor", "Al-Sayed", Gender.FEMALE, 15, "NBMV", "Arabisch"));

    private static final String[][] OBSERVATIONS = {
        {"SLEEP", "MEDIUM", "Slaapt slecht volgens kamergenoot; zit 's nachts vaak in de gemeenschappelijke ruimte."},
        {"APPETITE", "MEDIUM", "Komt de laatste dagen niet naar het middagmaal. Zegt dat hij geen honger heeft."},
        {"WITHDRAWAL", "MEDIUM", "Blijft meestal op de kamer, komt niet meer naar de taalles."},
        {"IRRITABILITY", "MEDIUM", "Snel geïrriteerd aan de balie bij vragen over de post; daarna excuses aangeboden."},
        {"PHYSICAL", "LOW", "Klaagt over hoofdpijn en rugpijn. Doorverwezen naar de medische dienst voor afspraak."},
        {"ANXIETY", "HIGH", "Erg ongerust na brief van het CGVS; piekert veel en kan zich niet concentreren."},
        {"SUBSTANCE", "MEDIUM", "Rook alcohol na de avondronde; rustig gesprek gehad, geen incident."},
        {"STRENGTH", "LOW", "Helpt andere bewoners met vertalen bij de balie. Lijkt daar zichtbaar energie uit te halen."},
        {"STRENGTH", "LOW", "Doet mee aan de voetbalactiviteit en lacht meer. Vraagt naar vrijwilligerswerk."},
        {"OTHER", "LOW", "Vraagt hulp bij het inschrijven van de kinderen in de school."},
        {"ANXIETY", "MEDIUM", "Schrikt hevig bij harde geluiden in de gang; vertelde over nachtmerries."},
        {"WITHDRAWAL", "HIGH", "Praat nauwelijks nog, ook niet met landgenoten. Eet weinig. Graag bespreken in team."},
    };

    private final ResidentRepository residents;
    private final ObservationRepository observations;
    private final PlanRepository plans;
    private final ReferralRepository referrals;
    private final ReviewRepository reviews;
    private final MedicalNoteRepository notes;
    private final ResidentCodes codes;
    private final Clock clock;
    private final DemoData demo;
    private final Random random = new Random(20261122L);

    ResidentDemoData(ResidentRepository residents, ObservationRepository observations, PlanRepository plans,
            ReferralRepository referrals, ReviewRepository reviews, MedicalNoteRepository notes, ResidentCodes codes,
            Clock clock, DemoData demo) {
        this.residents = residents;
        this.observations = observations;
        this.plans = plans;
        this.referrals = referrals;
        this.reviews = reviews;
        this.notes = notes;
        this.codes = codes;
        this.clock = clock;
        this.demo = demo;
    }

    int load(DSLContext tx) {
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long[] keyWorkers = {id("sara"), id("youssef"), id("elif")};
        long[] observers = {id("tom"), id("aicha"), id("bram"), id("sara"), id("youssef"), id("elif"), id("leen")};
        long leen = id("leen");
        long omer = id("omer");
        long mai = id("mai");
        int n = 0;
        for (int i = 0; i < PEOPLE.size(); i++) {
            Person p = PEOPLE.get(i);
            LocalDate arrival = today.minusDays(10 + random.nextInt(400));
            ResidentState state = i % 23 == 22 ? ResidentState.TRANSFERRED : i % 29 == 28 ? ResidentState.LEFT
                    : ResidentState.PRESENT;
            LocalDate departure = state == ResidentState.PRESENT ? null : today.minusDays(random.nextInt(9) + 1);
            Long keyWorker = p.age() < 3 ? null : keyWorkers[(i / 3) % keyWorkers.length];
            boolean interpreter = !p.languages().contains("Frans") && !p.languages().contains("Engels")
                    && !p.languages().contains("Nederlands");
            ResidentDraft draft = new ResidentDraft(p.given(), p.family(), today.getYear() - p.age(), p.gender(),
                    p.unit(), String.valueOf(100 + i * 3 % 60), arrival, List.of(p.languages().split(",")),
                    interpreter, i % 5 == 0, keyWorker, strengths(i), ownWords(i), state, departure, false);
            String code = nextCode(tx);
            long id = residents.insert(tx, code, draft, ResidentRecordService.searchKey(draft, code),
                    SupportLevel.BASIC, now.minusDays(today.toEpochDay() - arrival.toEpochDay()));
            n++;
            SupportLevel level = i % 9 == 0 ? SupportLevel.INTENSIVE : i % 3 == 0 ? SupportLevel.HEIGHTENED
                    : SupportLevel.BASIC;
            long daysHere = today.toEpochDay() - arrival.toEpochDay();
            if (level != SupportLevel.BASIC) {
                LocalDate stepUp = arrival.plusDays(Math.min(daysHere - 1, 5 + random.nextInt(20)));
                residents.insertLevelChange(tx, id, stepUp.atTime(10, 30).atZone(clock.getZone()).toOffsetDateTime(),
                        keyWorker == null ? leen : keyWorker, SupportLevel.BASIC, SupportLevel.HEIGHTENED,
                        "Meerdere signalen van onrust en slecht slapen; besproken op het teamoverleg.", true);
                residents.setLevel(tx, id, SupportLevel.HEIGHTENED, stepUp, now);
                if (level == SupportLevel.INTENSIVE) {
                    LocalDate up = stepUp.plusDays(Math.max(1, Math.min(daysHere - (stepUp.toEpochDay()
                            - arrival.toEpochDay()) - 1, 10)));
                    residents.insertLevelChange(tx, id, up.atTime(14, 0).atZone(clock.getZone()).toOffsetDateTime(),
                            leen, SupportLevel.HEIGHTENED, SupportLevel.INTENSIVE,
                            "Signalen nemen toe ondanks steun; medische dienst betrokken, doorverwijzing gestart.",
                            true);
                    residents.setLevel(tx, id, SupportLevel.INTENSIVE, up, now);
                }
            }
            // Observations over the past months.
            int count = level == SupportLevel.BASIC ? random.nextInt(3) : 2 + random.nextInt(5);
            boolean quiet = level != SupportLevel.BASIC && i % 4 == 0;
            for (int k = 0; k < count; k++) {
                String[] o = OBSERVATIONS[random.nextInt(OBSERVATIONS.length)];
                int ago = quiet ? 20 + random.nextInt(60) : k == 0 && level != SupportLevel.BASIC
                        ? random.nextInt(10) : random.nextInt((int) Math.max(1, Math.min(daysHere, 120)));
                OffsetDateTime at = now.minusDays(ago).minusHours(random.nextInt(8));
                addObservation(tx, id, at, observers[random.nextInt(observers.length)], o[0], o[1], o[2]);
            }
            if (i == 9 || i == 41) {
                OffsetDateTime at = now.minusDays(i == 9 ? 1 : 3).minusHours(2);
                addObservation(tx, id, at, observers[i % observers.length], "SUICIDAL", "HIGH",
                        "Zei aan de balie dat het leven geen zin meer heeft en dat hij/zij er niet meer wil zijn. "
                        + "Collega bleef bij de bewoner; medische dienst gebeld.");
                residents.setMedicalFlag(tx, id, true, at);
                residents.setTeamDiscussion(tx, id, true);
            }
            if (i % 7 == 3) {
                residents.setTeamDiscussion(tx, id, true);
            }
            // Reviews: most residents had their needs assessment; some are overdue.
            if (daysHere > 20 && i % 6 != 1) {
                LocalDate held = arrival.plusDays(Math.min(daysHere - 1, 14 + random.nextInt(14)));
                reviews.insertReview(tx, id, ReviewKind.NEEDS_ASSESSMENT, held, keyWorker,
                        "Behoeften besproken met de bewoner en de tolk. Sterktes en wensen genoteerd.", now);
                if (daysHere > 200 && i % 2 == 0) {
                    reviews.insertReview(tx, id, ReviewKind.PERIODIC, held.plusMonths(6), keyWorker,
                            "Halfjaarlijkse evaluatie: situatie stabiel, plan bijgestuurd.", now);
                }
            }
            // Most residents at verhoogd or intensief had a recent level review.
            if (level != SupportLevel.BASIC && i % 4 != 0 && daysHere > 10) {
                int interval = level == SupportLevel.INTENSIVE ? 7 : 30;
                reviews.insertReview(tx, id, ReviewKind.LEVEL, today.minusDays(random.nextInt(interval)), keyWorker,
                        "Opvolging besproken met de bewoner; plan ongewijzigd.", now);
            }
            // Screening from the arrival centre.
            if (i % 4 == 1) {
                int score = 4 + random.nextInt(40);
                reviews.insertScreening(tx, id, "RHS-15", arrival.minusDays(7), score, score >= 12, keyWorker, now);
            }
            // Support plan.
            if (level != SupportLevel.BASIC || i % 5 == 2) {
                long a1 = plans.insertAction(tx, id, "Wekelijks contactmoment met referentiebegeleider",
                        keyWorker, today.plusDays(random.nextInt(10) - 3), PreventionTier.SECONDARY, null, now, leen);
                if (i % 3 == 0) {
                    plans.closeAction(tx, a1, ActionState.DONE, "Contact vond plaats; bewoner vond het fijn.",
                            now.minusDays(1));
                }
                String[] titles = {"Deelname aan ontspanningsgroep voorstellen", "Taalles Nederlands helpen zoeken",
                    "Gesprek met tolk plannen over slaap en piekeren", "Kinderen inschrijven voor de speelpleinwerking",
                    "Afspraak huisarts helpen maken", "Informeren over vrijwilligerswerk in de buurt"};
                long a2 = plans.insertAction(tx, id, titles[i % titles.length],
                        observers[i % observers.length], today.minusDays(random.nextInt(25) - 8),
                        i % 2 == 0 ? PreventionTier.PRIMARY : PreventionTier.SECONDARY, null, now.minusDays(30), leen);
                if (i % 4 == 1) {
                    plans.closeAction(tx, a2, ActionState.DONE, "Besproken met de bewoner; gaat volgende week.",
                            now.minusDays(2));
                }
                if (level == SupportLevel.INTENSIVE) {
                    plans.insertAction(tx, id, "Afspraak medische dienst opvolgen", i % 2 == 0 ? omer : mai,
                            today.plusDays(2), PreventionTier.TERTIARY, null, now, leen);
                }
            }
            // Referrals: some waiting long, some without consent yet.
            if (level == SupportLevel.INTENSIVE || i % 8 == 5) {
                String[] services = {"Solentra vzw (PACCT)", "CGG (Centrum Geestelijke Gezondheidszorg), lokaal",
                    "Ulysse (SSM)", "Eerstelijnspsycholoog (ELP)", "Mind-Spring (via CAW)"};
                String service = services[i % services.length];
                long ref = referrals.insertReferral(tx, id, null, service,
                        "Aanhoudende slaapproblemen en piekeren; bewoner vraagt zelf om iemand om mee te praten.",
                        today.minusDays(20 + random.nextInt(120)), EnumSet.of(Barrier.WAITING_LIST, Barrier.LANGUAGE),
                        "Wekelijks gesprek met de referentiebegeleider; ontspanningsoefeningen (Care4refugees).",
                        keyWorker, now);
                if (i % 3 != 2) {
                    referrals.setConsent(tx, ref, Consent.GIVEN, today.minusDays(100));
                    LocalDate requested = today.minusDays(15 + random.nextInt(100));
                    referrals.setReferralState(tx, ref, ReferralState.WAITING, requested, null, null);
                }
            }
            if (i % 11 == 4) {
                referrals.insertReferral(tx, id, null, "Medimmigrant",
                        "Vragen over medische kosten na een beslissing in de procedure.", today.minusDays(5),
                        EnumSet.of(Barrier.LEGAL_STATUS), null, keyWorker, now);
            }
            if (i == 0 || i == 9) {
                notes.insertMedicalNote(tx, id, now.minusDays(1), i == 0 ? omer : mai,
                        "Consult: slaapproblemen en hoofdpijn. Afspraak huisarts gepland. Opvolging over twee weken.");
            }
        }
        return n;
    }

    private void addObservation(DSLContext tx, long residentId, OffsetDateTime at, long author, String category,
            String concern, String body) {
        ObservationCategory c = ObservationCategory.valueOf(category);
        Concern level = Concern.valueOf(concern);
        boolean discuss = level == Concern.HIGH;
        observations.insertObservation(tx, residentId, at, author, c, level, discuss, body);
        residents.setLastObservation(tx, residentId, at);
        if (discuss) {
            residents.setTeamDiscussion(tx, residentId, true);
        }
    }

    private String nextCode(DSLContext tx) {
        String code;
        do {
            code = codes.next();
        } while (residents.codeExists(tx, code));
        return code;
    }

    private long id(String username) {
        return demo.byUsername(username).id();
    }

    private static String strengths(int i) {
        String[] s = {"Spreekt vier talen en helpt graag met vertalen.", "Sterk netwerk van landgenoten in de stad.",
            "Kookt graag en doet mee in de keukenploeg.", "Zorgzame ouder; de kinderen gaan graag naar school.",
            "Sportief: voetbal en lopen geven rust.", null};
        return s[i % s.length];
    }

    private static String ownWords(int i) {
        String[] s = {"\"Ik wil vooral weer kunnen slapen.\"", "\"Ik wil Nederlands leren en werken.\"",
            "\"Ik wil dat mijn kinderen hier veilig zijn.\"", null, "\"Ik wil iemand om mee te praten, niet een dokter.\""};
        return s[i % s.length];
    }
}
