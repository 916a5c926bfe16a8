package be.toppsy.desk.intervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Keeping residents' names out of intervision texts. */
class NameCheckTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Gesprek met Zoë over slaap | true",
        "gesprek met ZOE over slaap | true",
        "Zoëlle komt niet | false",
        "Mevrouw Ndiaye-Ba belde | true",
        "Vader van drie kinderen | false",
        "De familie El Amrani | true",
        "Al drie weken stil | false",
    })
    void theLinkedResidentsNamesAreFoundAsWholeWordsIgnoringCaseAndAccents(String text, boolean found) {
        assertThat(NameCheck.containsName(text, List.of("Zoë", "Ndiaye", "El Amrani", "Al"))).isEqualTo(found);
    }

    @Test
    void namesInOtherScriptsAreFoundToo() {
        assertThat(NameCheck.containsName("حديث مع أحمد اليوم", List.of("أحمد"))).isTrue();
        assertThat(NameCheck.containsName("Gặp Nguyễn Thị Mai hôm nay", List.of("Nguyễn Thị Mai"))).isTrue();
        assertThat(NameCheck.containsName("Gặp nguyen thi mai", List.of("Nguyễn Thị Mai"))).isTrue();
    }

    @Test
    void maskingReplacesEveryNameAndKeepsTheRestAsTyped() {
        assertThat(NameCheck.mask("Zoë sliep niet; ZOE en mevrouw Ndiaye praatten. Zoëlle niet.",
                List.of("Zoë Ndiaye"))).isEqualTo("[…] sliep niet; […] en mevrouw […] praatten. Zoëlle niet.");
        assertThat(NameCheck.mask("Niets te maskeren", List.of())).isEqualTo("Niets te maskeren");
        assertThat(NameCheck.mask(null, List.of("x"))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Gesprek met Ahmed over slaap | Ahmed",
        "Jonge vader trekt zich terug | ''",
        "Ahmed weigert medicatie | ''",
        "Conflict na bezoek van de CAW-medewerker | ''",
        "Sinds maandag in Mei geen contact: Fedasil belde | ''",
        "Crisis in de nacht. Daarna stil | ''",
        "Moeder en Samira op de gang | Samira",
    })
    void capitalisedWordsInsideATitleAreSuspectedNames(String title, String suspects) {
        List<String> expected = suspects.isEmpty() ? List.of() : List.of(suspects.split(","));
        assertThat(NameCheck.suspectedNames(title)).isEqualTo(expected);
    }
}
