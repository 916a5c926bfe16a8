package be.toppsy.desk.socialmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.toppsy.desk.App;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.security.AccessDeniedException;
import be.toppsy.desk.security.Role;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.TestServices;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SocialMapServiceTest {

    @TempDir
    Path folder;
    private App.Services services;
    private SocialMapService service;

    @BeforeEach
    void setUp() {
        services = TestServices.withAdmin(folder.resolve("db"), MutableClock.at("2026-11-22T09:00:00Z"));
        service = services.features().stream().filter(f -> f instanceof SocialMapFeature)
                .map(f -> ((SocialMapFeature) f).service()).findFirst().orElseThrow();
    }

    @AfterEach
    void tearDown() {
        services.database().close();
    }

    @Test
    void theFirstStartFillsTheMapWithTheServicesOfTheSourcesToVerifyAndTheCrisisContacts() {
        List<SocialService> all = service.search(SocialServiceFilter.all());
        assertThat(all).hasSizeGreaterThan(50).allMatch(SocialService::toVerify);
        assertThat(all).extracting(SocialService::name).contains("Solentra vzw (PACCT)", "Ulysse (SSM)",
                "De DrugLijn", "Babel (Vlaamse Tolkentelefoon)", "Medimmigrant", "Pigment vzw");
        assertThat(service.crisisContacts()).extracting(SocialService::phone)
                .containsExactlyInAnyOrder("112", "1813", "0800 32 123", "106");
        assertThat(all).allSatisfy(s -> assertThat(s.source()).isNotBlank());
    }

    @Test
    void crisisContactNotesShownToEveryoneCarryNoReferenceToTheSourceFiles() {
        assertThat(service.crisisContacts()).allSatisfy(s -> assertThat(s.notes()).doesNotContainIgnoringCase("seed"));
    }

    @Test
    void filtersFindByTextKindAndRegion() {
        assertThat(service.search(new SocialServiceFilter("tolk", null, null, false, false)))
                .extracting(SocialService::name).contains("Babel (Vlaamse Tolkentelefoon)");
        assertThat(service.search(new SocialServiceFilter(null, ServiceKind.SUBSTANCE, "BRU", false, false)))
                .allMatch(s -> s.kind() == ServiceKind.SUBSTANCE && "BRU".equals(s.region())).isNotEmpty();
        // A typed wildcard matches only itself, so "%" does not list every service.
        assertThat(service.search(new SocialServiceFilter("%", null, null, false, false))).isEmpty();
        assertThat(service.search(new SocialServiceFilter("TOLK", null, null, false, false)))
                .extracting(SocialService::name).contains("Babel (Vlaamse Tolkentelefoon)");
    }

    @Test
    void savingChecksTheFieldsAndVerifyingRecordsWhoAndWhen() {
        SocialService blank = SocialService.blank();
        ValidationException e = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class, () ->
                service.save(new SocialService(null, " ", ServiceKind.OTHER, "XX", null, null, null, null, null, null,
                        null, null, "geen-mail", null, null, null, false, true, null, null, null)));
        assertThat(e.errors()).containsKeys("name", "region", "email");
        long id = service.save(new SocialService(null, "CGG Mandel en Leie", ServiceKind.MENTAL_HEALTH, "VL",
                "Roeselare", "NL, FR", "Volwassenen", "Via de medische dienst", "3 maanden", true, "Gratis",
                "051 00 00 00", "info@example.org", null, null, "Notitie met é en محمد", false, true, null, null,
                null));
        service.markVerified(id);
        SocialService saved = service.find(id).orElseThrow();
        assertThat(saved.toVerify()).isFalse();
        assertThat(saved.lastVerifiedOn()).hasToString("2026-11-22");
        assertThat(saved.lastVerifiedBy()).isEqualTo("Anna Beheer");
        assertThat(saved.notes()).isEqualTo("Notitie met é en محمد");
        assertThat(blank.toVerify()).isTrue();
    }

    @Test
    void aMedewerkerReadsButDoesNotChangeTheMap() {
        TestServices.loginAsNewUser(services, "tom", Role.STAFF);
        assertThat(service.search(SocialServiceFilter.all())).isNotEmpty();
        assertThatThrownBy(() -> service.save(SocialService.blank())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.importCsv("name\nX")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void importKeepsTheGoodRowsAndReportsEachBadRowWithItsLine() {
        String csv = String.join("\r\n",
                "name;kind;region;city;notes;last_verified_on;interpreter",
                "Dienst Een;MENTAL_HEALTH;VL;Gent;\"Met een ; puntkomma\";01/02/2026;ja",
                ";WELFARE;VL;Gent;naam ontbreekt;;",
                "Dienst Twee;ONBEKEND;VL;Gent;;;",
                "\"Dienst Drie\";LEGAL;BRU;Brussel;\"twee",
                "regels\";;nee",
                "Dienst Vier;LEGAL;BRU;Brussel;;31/02/2026;",
                "Dienst Vijf;LEGAL;BRU;Brussel;;;misschien",
                "Dienst Zes;LEGAL;BRU;Brussel;;;;extra",
                "Dienst Zeven;;;;;;",
                "");
        int before = service.search(SocialServiceFilter.all()).size();
        ImportReport report = service.importCsv(csv);
        assertThat(report.added()).isEqualTo(3);
        assertThat(report.problems()).extracting(ImportReport.Problem::line).containsExactly(3, 4, 7, 8, 9);
        assertThat(report.problems()).extracting(ImportReport.Problem::messageKey).containsExactly(
                "socialmap.error.nameRequired", "socialmap.import.error.kind", "socialmap.import.error.date",
                "socialmap.import.error.yesNo", "socialmap.import.error.columns");
        assertThat(service.search(SocialServiceFilter.all())).hasSize(before + 3);
        SocialService one = service.search(new SocialServiceFilter("Dienst Een", null, null, false, false)).get(0);
        assertThat(one.notes()).isEqualTo("Met een ; puntkomma");
        assertThat(one.interpreterAvailable()).isTrue();
        SocialService three = service.search(new SocialServiceFilter("Dienst Drie", null, null, false, false)).get(0);
        assertThat(three.notes()).isEqualTo("twee\nregels");
        assertThat(service.search(new SocialServiceFilter("Dienst Zeven", null, null, false, false)).get(0).kind())
                .isEqualTo(ServiceKind.OTHER);
    }

    @Test
    void commaSeparatedFilesAndAnUnclosedQuoteAreHandled() {
        ImportReport commas = service.importCsv("name,city,notes\nKomma Dienst,Leuven,\"a, b\"\n");
        assertThat(commas.added()).isEqualTo(1);
        assertThat(service.search(new SocialServiceFilter("Komma Dienst", null, null, false, false)).get(0).notes())
                .isEqualTo("a, b");
        ImportReport broken = service.importCsv("name;notes\nGoed;ok\nKapot;\"nooit gesloten\nNog;iets\n");
        // Nothing after the bad quote is dropped silently: the bad line is reported, the next one kept.
        assertThat(broken.added()).isEqualTo(2);
        assertThat(service.search(new SocialServiceFilter("Nog", null, null, false, false))).hasSize(1);
        assertThat(broken.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.messageKey()).isEqualTo("socialmap.import.error.quote");
        });
        assertThat(service.importCsv("city;notes\nGent;x").problems()).extracting(ImportReport.Problem::messageKey)
                .containsExactly("socialmap.import.error.header");
    }

    @Test
    void anExportReadsBackAsUpdatesWithoutDuplicates() throws Exception {
        Path file = folder.resolve("kaart.csv");
        int exported = service.exportCsv(file, SocialServiceFilter.all());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFname;kind;region");
        ImportReport report = service.importCsv(file);
        assertThat(report.problems()).isEmpty();
        assertThat(report.added()).isZero();
        assertThat(report.updated()).isEqualTo(exported);
        assertThat(service.search(SocialServiceFilter.all())).hasSize(exported);
    }

    @Test
    void formulasAreDefusedOnExportAndRestoredOnImport() {
        ImportReport report = service.importCsv("name;notes\nFormule;'=1+1\n");
        assertThat(report.added()).isEqualTo(1);
        assertThat(service.search(new SocialServiceFilter("Formule", null, null, false, false)).get(0).notes())
                .isEqualTo("=1+1");
    }

    @Test
    void anExportedPhoneNumberOrSumIsDefusedAndReadsBackUnchanged() throws Exception {
        service.save(new SocialService(null, "Formuledienst", ServiceKind.OTHER, null, "Gent", null, null, null,
                null, null, null, "+1-2", null, null, null, "=HYPERLINK(\"x\")", false, true, null, null, null));
        Path file = folder.resolve("formules.csv");
        service.exportCsv(file, new SocialServiceFilter("Formuledienst", null, null, false, false));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(";'+1-2;").contains("\"'=HYPERLINK(\"\"x\"\")\"");
        service.importCsv(file);
        SocialService back = service.search(new SocialServiceFilter("Formuledienst", null, null, false, false)).get(0);
        assertThat(back.phone()).isEqualTo("+1-2");
        assertThat(back.notes()).isEqualTo("=HYPERLINK(\"x\")");
    }

    @Test
    void aWindows1252FileIsReadWithItsAccents() throws Exception {
        Path file = Files.write(folder.resolve("excel.csv"), "name;city\nMédecins Zürich;Liège\n"
                .getBytes(Csv.WINDOWS_1252));
        assertThat(service.previewCsv(file, 5).encoding()).isEqualTo("windows-1252");
        assertThat(service.importCsv(file).added()).isEqualTo(1);
        assertThat(service.search(new SocialServiceFilter("Médecins Zürich", null, null, false, false)).get(0).city())
                .isEqualTo("Liège");
    }

    @Test
    void aUtf16FileWithItsByteOrderMarkIsRead() throws Exception {
        byte[] text = "name;city\nDienst Één;Ieper\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);
        Path file = Files.write(folder.resolve("unicode.csv"), bytes);
        ImportReport report = service.importCsv(file);
        assertThat(report.problems()).isEmpty();
        assertThat(service.search(new SocialServiceFilter("Dienst Één", null, null, false, false))).hasSize(1);
    }

    @Test
    void thePreviewShowsTheFirstRowsAndStoresNothing() throws Exception {
        int before = service.search(SocialServiceFilter.all()).size();
        Path file = Files.writeString(folder.resolve("voorbeeld.csv"),
                "name;city\nA;Gent\nB;Brugge\nC;\"kapot\nD;Aalst\nE;Mol\n", StandardCharsets.UTF_8);
        ImportPreview preview = service.previewCsv(file, 2);
        assertThat(preview.encoding()).isEqualTo("UTF-8");
        assertThat(preview.header()).containsExactly("name", "city");
        assertThat(preview.rows()).containsExactly(List.of("A", "Gent"), List.of("B", "Brugge"));
        assertThat(preview.rowCount()).isEqualTo(4);
        assertThat(preview.unreadableLines()).isEqualTo(1);
        assertThat(service.search(SocialServiceFilter.all())).hasSize(before);
    }

    @Test
    void tooFewColumnsAreReportedWithTheLine() {
        ImportReport report = service.importCsv("name;city;notes\nVolledig;Gent;x\nKort;Gent\n");
        assertThat(report.added()).isEqualTo(1);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.messageKey()).isEqualTo("socialmap.import.error.columns");
        });
    }

    @Test
    void theScreenImportsOnlyAfterThePreviewIsAccepted() throws Exception {
        Path file = Files.writeString(folder.resolve("kaart.csv"), "name;city\nVoorbeelddienst;Gent\n",
                StandardCharsets.UTF_8);
        SocialMapViewModel model = new SocialMapViewModel(service, be.toppsy.desk.common.TaskRunner.direct(),
                services.messages());
        java.util.List<String> shown = new java.util.ArrayList<>();
        model.importFrom(file, preview -> shown.add(preview) && false);
        assertThat(shown).singleElement().asString().contains("UTF-8").contains("Voorbeelddienst | Gent");
        assertThat(service.search(new SocialServiceFilter("Voorbeelddienst", null, null, false, false))).isEmpty();
        model.importFrom(file, preview -> true);
        assertThat(service.search(new SocialServiceFilter("Voorbeelddienst", null, null, false, false))).hasSize(1);
    }
}
