package be.toppsy.desk.intervision;

import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.intervision.board.ActionPointState;
import be.toppsy.desk.intervision.board.CaseColumn;
import be.toppsy.desk.intervision.board.CaseDraft;
import be.toppsy.desk.intervision.methods.BuiltInMethods;
import be.toppsy.desk.intervision.methods.Method;
import be.toppsy.desk.intervision.methods.Phase;
import be.toppsy.desk.intervision.runner.ActionPointDraft;
import be.toppsy.desk.intervision.sessions.PhaseNote;
import be.toppsy.desk.intervision.sessions.SessionDraft;
import be.toppsy.desk.ui.DemoData;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The demo board: three past sessions of one team with cases, notes, conclusions and action
 * points, one planned session, and a few cases waiting. Fictitious; no resident names anywhere
 * and no resident links (the tracker's demo residents are not linked here).
 */
public final class IntervisionDemo {

    static final String TEAM = "Begeleidingsteam";

    private final DemoData demo;

    public IntervisionDemo(DemoData demo) {
        this.demo = demo;
    }

    private long id(String username) {
        return demo.byUsername(username).id();
    }

    void load(DSLContext tx, IntervisionServices iv, LocalDate today, OffsetDateTime now) {
        Method toppsyMethod = iv.methods().builtIn(BuiltInMethods.DEFAULT_KEY).orElseThrow();
        Method incidentMethod = iv.methods().builtIn("incident").orElse(toppsyMethod);
        long toppsy = toppsyMethod.id();
        long incident = incidentMethod.id();
        List<Phase> toppsyPhases = toppsyMethod.phases();
        List<Phase> incidentPhases = incidentMethod.phases();

        // Session 1, nine weeks ago: a young man withdrawing after a negative decision.
        LocalDate d1 = today.minusDays(63);
        long c1 = kase(tx, iv, "youssef", at(d1.minusDays(6)),
                "Jonge man trekt zich terug na een negatieve beslissing",
                "Sinds de negatieve beslissing op zijn verzoek komt een jonge man uit de kamer op de tweede verdieping "
                        + "nauwelijks nog naar buiten. Hij eet onregelmatig, mist afspraken en zegt dat praten toch niets "
                        + "verandert. Collega's van de nachtdienst zien hem vaak wakker.",
                "Hoe blijf ik in contact zonder aan te dringen, en wanneer moet ik meer doen dan een gesprek?",
                SupportLevel.HEIGHTENED, List.of("terugtrekking", "slaap", "negatieve beslissing"));
        long s1 = session(tx, iv, d1, toppsy, "leen", "sara", "", List.of("sara", "youssef", "elif", "tom", "aicha",
                "omer"), List.of(c1));
        note(tx, iv, s1, null, "p1", toppsyPhases, "Eerste sessie: nog geen actiepunten om te overlopen.", d1);
        note(tx, iv, s1, c1, "p2", toppsyPhases, "Vraag scherper gemaakt: wat is mijn rol als referentiebegeleider "
                + "wanneer hij zelf geen hulp vraagt?", d1);
        note(tx, iv, s1, c1, "p3", toppsyPhases, "Vragen over slaap, eten, contact met familie, eerdere steunfiguren. "
                + "Hij heeft wel contact met één medebewoner.", d1);
        note(tx, iv, s1, c1, "p4", toppsyPhases, "Rouw om verloren perspectief; schaamte; mogelijk slaaptekort dat "
                + "alles zwaarder maakt. Team herkent eigen machteloosheid.", d1);
        note(tx, iv, s1, c1, "p5", toppsyPhases, "Gids hoofdstuk 2 (tekenen van nood) en module 2 (verhoogde "
                + "ondersteuning) besproken.", d1);
        note(tx, iv, s1, c1, "p6", toppsyPhases, "Kleine, voorspelbare contactmomenten; aanbod via de medische dienst "
                + "voor slaap; medebewoner als brug.", d1);
        iv.runs().concludeDemoCase(tx, s1, c1, "Ik blijf contact zoeken, kort en voorspelbaar, zonder te duwen. Ik stel de "
                + "medische dienst voor als hulp bij het slapen.");
        long a1 = action(tx, iv, s1, c1, "Wekelijks een kort gesprek plannen met de referentiebegeleider", "youssef",
                d1.plusDays(14), d1);
        long a2 = action(tx, iv, s1, c1, "Medische dienst vragen om een gesprek over slaap aan te bieden", "omer",
                d1.plusDays(7), d1);
        finish(tx, iv, s1, d1);

        // Session 2, five weeks ago, incident method: two incidents brought, both discussed.
        LocalDate d2 = today.minusDays(35);
        long c2 = kase(tx, iv, "aicha", at(d2.minusDays(3)), "Conflict over de wasbeurten op de gang",
                "Op de eerste verdieping loopt een discussie over de wasmachines uit de hand. Een moeder voelt zich "
                        + "niet gehoord en roept; andere bewoners lachen. Ik stond ertussen en wist niet wie ik eerst "
                        + "moest kalmeren.",
                "Hoe kom ik tussen in een conflict zonder partij te kiezen?", SupportLevel.BASIC,
                List.of("conflict", "gedeelde ruimtes", "communicatie"));
        long c3 = kase(tx, iv, "tom", at(d2.minusDays(2)), "Machteloos na een crisis tijdens de nachtdienst",
                "Tijdens een nachtdienst had een bewoner een paniekaanval. De ambulance kwam pas na lange tijd. Ik "
                        + "bleef alleen bij hem en slaap sindsdien zelf slecht.",
                "Wat had ik nodig gehad, en hoe zorgen we als team voor elkaar na zo'n nacht?", null,
                List.of("zelfzorg", "nachtdienst", "crisis"));
        long s2 = session(tx, iv, d2, incident, "elif", "tom", "", List.of("sara", "youssef", "leen", "tom", "aicha",
                "bram", "mai"), List.of(c2, c3));
        note(tx, iv, s2, null, "p1", incidentPhases, "Actiepunten van de vorige sessie: het wekelijkse gesprek loopt; "
                + "de medische dienst heeft een gesprek over slaap gehad.", d2);
        iv.cases().reviewDemoActionPoint(tx, a1, ActionPointState.DONE, "Loopt, drie gesprekken gehad.", s2, at(d2));
        iv.cases().reviewDemoActionPoint(tx, a2, ActionPointState.DONE, "Gesprek gehad, opvolging bij de medische dienst.", s2,
                at(d2));
        note(tx, iv, s2, c2, "p4", incidentPhases, "Feiten: drukke zaterdag, geen planning zichtbaar, geen tolk "
                + "aanwezig.", d2);
        note(tx, iv, s2, c2, "p6", incidentPhases, "Eerst veiligheid en rust, dan apart luisteren; planning zichtbaar "
                + "maken in meerdere talen.", d2);
        iv.runs().concludeDemoCase(tx, s2, c2, "Ik neem de planning mee naar het bewonersoverleg en vraag een bemiddelaar.");
        action(tx, iv, s2, c2, "Wasplanning samen met bewoners herbekijken in het bewonersoverleg", "bram",
                today.plusDays(7), d2);
        action(tx, iv, s2, c2, "Intercultureel bemiddelaar vragen voor een groepsgesprek", "aicha", today.minusDays(5),
                d2);
        note(tx, iv, s2, c3, "p5", incidentPhases, "Alleen staan in de nacht; geen debriefing; schuldgevoel.", d2);
        iv.runs().concludeDemoCase(tx, s2, c3, "Ik vraag een debriefing na zware nachten en praat erover met de "
                + "teamverantwoordelijke.");
        long a5 = action(tx, iv, s2, c3, "Debriefing na een crisis in de nacht vast op de agenda van het teamoverleg",
                "leen", d2.plusDays(14), d2);
        finish(tx, iv, s2, d2);

        // Session 3, two weeks ago: a teenage girl avoiding school.
        LocalDate d3 = today.minusDays(14);
        long c4 = kase(tx, iv, "sara", at(d3.minusDays(5)), "Tienermeisje mijdt school en groepsactiviteiten",
                "Een meisje van vijftien gaat sinds enkele weken niet meer naar school en komt niet naar de "
                        + "jongerenactiviteiten. Haar moeder zegt dat ze buikpijn heeft. Op de kamer is ze stil.",
                "Hoe kan ik haar en haar moeder benaderen, en wie betrekken we?", SupportLevel.HEIGHTENED,
                List.of("terugtrekking", "jongeren", "school"));
        long s3 = session(tx, iv, d3, toppsy, "leen", "elif", "", List.of("sara", "youssef", "elif", "tom", "omer",
                "mai", "bram"), List.of(c4));
        iv.cases().reviewDemoActionPoint(tx, a5, ActionPointState.DONE, "Staat vast op de agenda.", s3, at(d3));
        note(tx, iv, s3, null, "p1", toppsyPhases, "Debriefing na nachtelijke crisis staat nu op de agenda. De "
                + "wasplanning en de bemiddelaar lopen nog.", d3);
        note(tx, iv, s3, c4, "p2", toppsyPhases, "Vraag: hoe benader ik haar zonder haar moeder te passeren?", d3);
        note(tx, iv, s3, c4, "p4", toppsyPhases, "Buikpijn als taal voor stress? Schoolangst? Zorg voor jongere "
                + "broertjes? Nood aan een veilige volwassene buiten het gezin.", d3);
        note(tx, iv, s3, c4, "p5", toppsyPhases, "Les over signalen van psychisch lijden bij jongeren; gids hoofdstuk 2.",
                d3);
        iv.runs().concludeDemoCase(tx, s3, c4, "Ik spreek eerst met de moeder, met een tolk, en stel samen met haar contact "
                + "met de school voor.");
        action(tx, iv, s3, c4, "Gesprek met de moeder plannen, met tolk", "sara", today.plusDays(3), d3);
        action(tx, iv, s3, c4, "Contact met de school via de referentiebegeleider", "sara", today.plusDays(10), d3);
        action(tx, iv, s3, c4, "Les over signalen van psychisch lijden herbekijken in het teamoverleg", "leen",
                today.plusDays(5), d3);
        finish(tx, iv, s3, d3);

        // Waiting on the board, and one planned session next week.
        long c5 = kase(tx, iv, "elif", at(today.minusDays(6)), "Vader vraagt steeds opnieuw naar zijn dossier",
                "Een vader komt elke dag naar het onthaal met dezelfde vraag over zijn procedure. Hij wordt boos als we "
                        + "niets nieuws weten. Collega's aan het onthaal raken uitgeput.",
                "Hoe gaan we om met onzekerheid die we niet kunnen wegnemen?", SupportLevel.BASIC,
                List.of("onzekerheid procedure", "communicatie", "stress"));
        kase(tx, iv, "omer", at(today.minusDays(4)), "Slaapproblemen en nachtmerries bij verschillende bewoners",
                "De medische dienst krijgt veel vragen om slaapmedicatie. Vaak gaat het over nachtmerries en piekeren.",
                "Wat kunnen begeleiders zelf doen voordat we naar medicatie kijken?", SupportLevel.HEIGHTENED,
                List.of("slaap", "stress"));
        kase(tx, iv, "youssef", at(today.minusDays(3)), "Hoe reageren op uitspraken over zelfdoding?",
                "In een gesprek zei een bewoner terloops dat het allemaal geen zin meer heeft. Ik heb doorgevraagd en "
                        + "de medische dienst verwittigd, maar twijfel of ik het goed deed.",
                "Welke stappen zetten we als team, en wie doet wat?", SupportLevel.INTENSIVE,
                List.of("crisis", "zelfdoding", "doorverwijzing"));
        kase(tx, iv, "bram", at(today.minusDays(1)), "Taalbarrière bij het eerste onthaalgesprek",
                "Bij aankomst was er geen tolk voor het eerste gesprek. We hebben met handen en een vertaalapp gewerkt.",
                "Hoe maken we een eerste gesprek veilig en duidelijk zonder tolk?", SupportLevel.BASIC,
                List.of("tolk", "communicatie", "onthaal"));
        session(tx, iv, today.plusDays(7), toppsy, "leen", "youssef", "", List.of("sara", "youssef", "elif", "tom",
                "aicha", "omer", "bram"), List.of(c5));
        iv.cases().moveDemoCase(tx, c1, CaseColumn.CLOSED, at(today.minusDays(20)));
        iv.cases().moveDemoCase(tx, c3, CaseColumn.DISCUSSED, at(d2));
        iv.cases().moveDemoCase(tx, c2, CaseColumn.ACTIONS_RUNNING, at(d2));
        iv.cases().moveDemoCase(tx, c4, CaseColumn.ACTIONS_RUNNING, at(d3));
        iv.cases().moveDemoCase(tx, c5, CaseColumn.CHOSEN, now);
    }

    private static OffsetDateTime at(LocalDate date) {
        return OffsetDateTime.of(date, LocalTime.of(14, 0), ZoneOffset.ofHours(1));
    }

    private long kase(DSLContext tx, IntervisionServices iv, String presenter, OffsetDateTime when, String title,
            String situation, String question, SupportLevel level, List<String> tags) {
        return iv.cases().insertDemoCase(tx, id(presenter),
                new CaseDraft(null, title, situation, question, level, tags, null), when);
    }

    private long session(DSLContext tx, IntervisionServices iv, LocalDate date, long method, String facilitator,
            String noteTaker, String external, List<String> participants, List<Long> cases) {
        SessionDraft draft = new SessionDraft(date, TEAM, id(facilitator), id(noteTaker),
                participants.stream().map(this::id).toList(), external, method, cases);
        return iv.sessions().insertDemoSession(tx, draft, at(date.minusDays(10)), id("leen"));
    }

    private void note(DSLContext tx, IntervisionServices iv, long session, Long caseId, String step,
            List<Phase> phases, String text, LocalDate date) {
        int order = Integer.parseInt(step.substring(1));
        String name = phases.stream().filter(p -> p.order() == order).map(Phase::name).findFirst().orElse(step);
        Phase phase = phases.stream().filter(p -> p.order() == order).findFirst().orElseThrow();
        iv.runs().saveDemoNote(tx, session, new PhaseNote(caseId, step, name, text, phase.minutes() * 60), at(date));
    }

    private long action(DSLContext tx, IntervisionServices iv, long session, long caseId, String title,
            String owner, LocalDate due, LocalDate date) {
        return iv.runs().insertDemoActionPoint(tx, session, caseId, new ActionPointDraft(title, id(owner), due, false),
                at(date), id("leen"));
    }

    private static void finish(DSLContext tx, IntervisionServices iv, long session, LocalDate date) {
        iv.runs().finishDemoSession(tx, session, at(date));
    }
}
