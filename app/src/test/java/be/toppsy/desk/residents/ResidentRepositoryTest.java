package be.toppsy.desk.residents;

import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.residents.record.Gender;
import be.toppsy.desk.residents.record.Page;
import be.toppsy.desk.residents.record.ResidentCodes;
import be.toppsy.desk.residents.record.ResidentDraft;
import be.toppsy.desk.residents.record.ResidentFilter;
import be.toppsy.desk.residents.record.ResidentRow;
import be.toppsy.desk.residents.record.ResidentState;
import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.storage.Database;
import be.toppsy.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The residents list on a real H2 with 3,000 residents: every filter, alone and combined, returns
 * exactly the residents it should, and paging goes through all of them once. (No timing: speed
 * comes from paged queries and indexes, and is measured by hand, not asserted.)
 */
class ResidentRepositoryTest {

    private static final int COUNT = 3000;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 22, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime QUIET_SINCE = NOW.minusDays(14);
    private static final String[] UNITS = {"A", "B", "C", "Gezinnen"};

    @TempDir
    static Path folder;
    private static Database database;
    private static final ResidentRepository REPOSITORY = new ResidentRepository();
    private static final List<Expected> EXPECTED = new ArrayList<>();

    private record Expected(long id, String name, SupportLevel level, long keyWorker, String unit,
            ResidentState state, boolean discuss, boolean medical, LocalDate due, OffsetDateTime lastObservation) {
    }

    @BeforeAll
    static void fill() {
        database = TestDatabases.open(folder);
        Random random = new Random(7);
        ResidentCodes codes = new ResidentCodes(random);
        database.transactionWithoutResult(tx -> {
            Set<String> used = new HashSet<>();
            for (int i = 0; i < COUNT; i++) {
                String code;
                do {
                    code = codes.next();
                } while (!used.add(code));
                String given = i % 500 == 0 ? "Zoë" : "Persoon" + i;
                String unit = UNITS[random.nextInt(UNITS.length)];
                ResidentState state = i % 10 == 0 ? ResidentState.LEFT : ResidentState.PRESENT;
                long keyWorker = 1 + random.nextInt(5);
                ResidentDraft d = new ResidentDraft(given, "Test", 1990, Gender.UNKNOWN, unit, null,
                        TODAY.minusDays(random.nextInt(300)), List.of(), false, false, keyWorker, null, null, state,
                        state == ResidentState.PRESENT ? null : TODAY, i % 7 == 0);
                long id = REPOSITORY.insert(tx, code, d, ResidentRecordService.searchKey(d, code), SupportLevel.BASIC, NOW);
                SupportLevel level = SupportLevel.values()[random.nextInt(3)];
                if (level != SupportLevel.BASIC) {
                    REPOSITORY.setLevel(tx, id, level, TODAY, NOW);
                }
                boolean medical = i % 13 == 0;
                if (medical) {
                    REPOSITORY.setMedicalFlag(tx, id, true, NOW);
                }
                LocalDate due = TODAY.plusDays(random.nextInt(60) - 30);
                REPOSITORY.setNextReviewDue(tx, id, due);
                OffsetDateTime last = i % 3 == 0 ? null : NOW.minusDays(random.nextInt(30));
                if (last != null) {
                    REPOSITORY.setLastObservation(tx, id, last);
                }
                EXPECTED.add(new Expected(id, given + " Test", level, keyWorker, unit, state, i % 7 == 0, medical, due,
                        last));
            }
        });
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static ResidentFilter filter(String query, SupportLevel level, Long keyWorker, String unit,
            ResidentState state, boolean discuss, boolean medical, boolean overdue, boolean quiet) {
        return new ResidentFilter(query, level, keyWorker, unit, state, discuss, medical, overdue, quiet, 0, 50);
    }

    /** Every page of a filter, collected. */
    private static List<Long> all(ResidentFilter f) {
        List<Long> ids = new ArrayList<>();
        Page<ResidentRow> page = REPOSITORY.page(database.dsl(), f, TODAY, QUIET_SINCE, true, id -> "kw" + id);
        ids.addAll(page.items().stream().map(ResidentRow::id).toList());
        for (int p = 1; p < page.pageCount(); p++) {
            ids.addAll(REPOSITORY.page(database.dsl(), f.withPage(p), TODAY, QUIET_SINCE, true, id -> "kw" + id)
                    .items().stream().map(ResidentRow::id).toList());
        }
        assertThat(ids).as("no resident twice over the pages").doesNotHaveDuplicates();
        assertThat(ids).hasSize(page.total());
        return ids;
    }

    private static List<Long> expected(Predicate<Expected> p) {
        return EXPECTED.stream().filter(p).map(Expected::id).toList();
    }

    @Test
    void withoutFiltersEveryResidentIsListedOnceOverThePages() {
        assertThat(all(filter(null, null, null, null, null, false, false, false, false)))
                .containsExactlyInAnyOrderElementsOf(expected(e -> true));
    }

    @Test
    void eachFilterReturnsExactlyItsResidents() {
        assertThat(all(filter(null, SupportLevel.INTENSIVE, null, null, null, false, false, false, false)))
                .containsExactlyInAnyOrderElementsOf(expected(e -> e.level() == SupportLevel.INTENSIVE));
        assertThat(all(filter(null, null, 3L, null, null, false, false, false, false)))
                .containsExactlyInAnyOrderElementsOf(expected(e -> e.keyWorker() == 3));
        assertThat(all(filter(null, null, null, "Gezinnen", null, false, false, false, false)))
                .containsExactlyInAnyOrderElementsOf(expected(e -> e.unit().equals("Gezinnen")));
        assertThat(all(filter(null, null, null, null, ResidentState.LEFT, false, false, false, false)))
                .containsExactlyInAnyOrderElementsOf(expected(e -> e.state() == ResidentState.LEFT));
        assertThat(all(filter(null, null, null, null, null, true, false, false, false)))
                .containsExactlyInAnyOrderElementsOf(expected(Expected::discuss));
        assertThat(all(filter(null, null, null, null, null, false, true, false, false)))
                .containsExactlyInAnyOrderElementsOf(expected(Expected::medical));
        assertThat(all(filter(null, null, null, null, null, false, false, true, false)))
                .containsExactlyInAnyOrderElementsOf(expected(e -> e.due().isBefore(TODAY)));
        assertThat(all(filter(null, null, null, null, null, false, false, false, true)))
                .containsExactlyInAnyOrderElementsOf(expected(e -> e.level() != SupportLevel.BASIC
                        && e.state() == ResidentState.PRESENT
                        && (e.lastObservation() == null || e.lastObservation().isBefore(QUIET_SINCE))));
    }

    @Test
    void filtersCombine() {
        assertThat(all(filter(null, SupportLevel.HEIGHTENED, 2L, "A", ResidentState.PRESENT, false, false, true,
                false))).containsExactlyInAnyOrderElementsOf(expected(e -> e.level() == SupportLevel.HEIGHTENED
                && e.keyWorker() == 2 && e.unit().equals("A") && e.state() == ResidentState.PRESENT
                && e.due().isBefore(TODAY)));
    }

    @Test
    void searchFindsNamesWithoutAccentsAndCodes() {
        assertThat(all(filter("zoe", null, null, null, null, false, false, false, false)))
                .containsExactlyInAnyOrderElementsOf(expected(e -> e.name().startsWith("Zoë")));
        ResidentRow first = REPOSITORY.page(database.dsl(), filter(null, null, null, null, null, false, false, false,
                false), TODAY, QUIET_SINCE, true, id -> "").items().get(0);
        assertThat(all(filter(first.code(), null, null, null, null, false, false, false, false)))
                .containsExactly(first.id());
    }

    @Test
    void theListIsOrderedIntensiveFirstAndNamesAreLeftOutWhenAsked() {
        Page<ResidentRow> page = REPOSITORY.page(database.dsl(), filter(null, null, null, null, null, false, false,
                false, false), TODAY, QUIET_SINCE, false, id -> "");
        assertThat(page.items().get(0).level()).isEqualTo(SupportLevel.INTENSIVE);
        assertThat(page.items()).allSatisfy(r -> assertThat(r.name()).isNull());
        assertThat(page.total()).isEqualTo(COUNT);
    }
}
