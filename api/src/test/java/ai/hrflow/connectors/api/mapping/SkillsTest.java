package ai.hrflow.connectors.api.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SkillsTest {
    @Test
    void splitsOnTheSeparatorsPeopleUse() {
        assertThat(Skills.split("Java, SQL; Go | Docker / Kubernetes\nPython"))
                .containsExactly("Java", "SQL", "Go", "Docker", "Kubernetes", "Python");
    }

    @Test
    void readsBulletedLists() {
        assertThat(Skills.split("• Java\n• Spring Boot\n- e-commerce\n* C#\n· Node.js"))
                .containsExactly("Java", "Spring Boot", "e-commerce", "C#", "Node.js");
        assertThat(Skills.split("Java • SQL · Go")).containsExactly("Java", "SQL", "Go");
    }

    @Test
    void trimsDropsBlanksAndRepeatsIgnoringCaseAndAccents() {
        assertThat(Skills.split(" Java ,, ;  java | JAVA\n\n Café  Culture , cafe culture, Résumé writing, resume WRITING"))
                .containsExactly("Java", "Café Culture", "Résumé writing");
    }

    @Test
    void keepsAcronymPairsWithASlash() {
        assertThat(Skills.split("CI/CD, PL/SQL, TCP/IP, UI/UX, Java/Python"))
                .containsExactly("CI/CD", "PL/SQL", "TCP/IP", "UI/UX", "Java", "Python");
    }

    @Test
    void deduplicatesAcrossValues() {
        assertThat(Skills.splitAll(List.of("Java, SQL", "sql", "Go"))).containsExactly("Java", "SQL", "Go");
        assertThat(Skills.split(null)).isEmpty();
        assertThat(Skills.split(" \n ")).isEmpty();
    }
}
