package ai.hrflow.connectors.api.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PersonNameTest {
    @Test
    void collapsesWhitespaceBeforeSplittingOnTheLastSpace() {
        assertThat(PersonName.of(null, null, "  Mary \t Ann\u00A0 Smith \n", null, "x"))
                .isEqualTo(new PersonName("Mary Ann Smith", "Mary Ann", "Smith"));
    }

    @Test
    void oneWordIsAFirstName() {
        assertThat(PersonName.of(null, null, "Madonna", null, "x")).isEqualTo(new PersonName("Madonna", "Madonna", null));
    }

    @Test
    void partsWinOverTheFullName() {
        assertThat(PersonName.of(" Jean-Luc ", " de  la Tour", null, null, "x"))
                .isEqualTo(new PersonName("Jean-Luc de la Tour", "Jean-Luc", "de la Tour"));
        assertThat(PersonName.of(" ", "Lee", "", null, "x")).isEqualTo(new PersonName("Lee", null, "Lee"));
        assertThat(PersonName.of("Ann", null, "Ann  Lee", null, "x")).isEqualTo(new PersonName("Ann Lee", "Ann", "Lee"));
    }

    @Test
    void blankNameFallsBackToTheEmailLocalPart() {
        assertThat(PersonName.of(" ", "\t", "  ", " jane.doe@example.com ", "x"))
                .isEqualTo(new PersonName("jane.doe", null, "jane.doe"));
    }

    @Test
    void noNameAndNoEmailIsAFailureWithAReason() {
        assertThatThrownBy(() -> PersonName.of(null, " ", "", "not-an-email", "Zoho candidate 7"))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("Zoho candidate 7 has no name");
    }
}
