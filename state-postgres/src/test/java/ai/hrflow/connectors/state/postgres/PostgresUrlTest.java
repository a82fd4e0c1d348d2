package ai.hrflow.connectors.state.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostgresUrlTest {
    @Test
    void libpqFormGivesAJdbcUrlWithoutCredentials() {
        PostgresUrl url = PostgresUrl.parse("postgresql://hr:s%40cret@db.internal:6432/state?sslmode=require");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6432/state?sslmode=require");
        assertThat(url.user()).isEqualTo("hr");
        assertThat(url.password()).isEqualTo("s@cret");
        assertThat(url.schema()).isEqualTo("public");
        assertThat(url.toString()).isEqualTo("postgresql://hr@db.internal:6432/state").doesNotContain("cret");
    }

    @Test
    void jdbcFormWithUserAndPasswordParameters() {
        PostgresUrl url = PostgresUrl.parse(
                "jdbc:postgresql://h1:5432,h2:5433/state?user=hr&password=p+w&currentSchema=hrflow");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h1:5432,h2:5433/state?currentSchema=hrflow");
        assertThat(url.user()).isEqualTo("hr");
        assertThat(url.password()).isEqualTo("p+w");
        assertThat(url.schema()).isEqualTo("hrflow");
        assertThat(url.redacted()).doesNotContain("p+w");
    }

    @Test
    void postgresSchemeAndNoPasswordAreAccepted() {
        PostgresUrl url = PostgresUrl.parse("postgres://hr@localhost/state");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/state");
        assertThat(url.password()).isNull();
    }

    @Test
    void badUrlsAreRefusedWithAReasonAndNeverThePassword() {
        assertThatThrownBy(() -> PostgresUrl.parse("mysql://hr:topsecret@h/db"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a PostgreSQL URL")
                .hasMessageNotContaining("topsecret");
        assertThatThrownBy(() -> PostgresUrl.parse("postgresql://hr:topsecret@h:99999/db"))
                .hasMessageContaining("a port is not a number").hasMessageNotContaining("topsecret");
        assertThatThrownBy(() -> PostgresUrl.parse("postgresql://hr:topsecret/db"))
                .hasMessageContaining("a port is not a number").hasMessageNotContaining("topsecret");
        assertThatThrownBy(() -> PostgresUrl.parse("postgresql://hr:topsecret@h:5432"))
                .hasMessageContaining("without a database").hasMessageNotContaining("topsecret");
        assertThatThrownBy(() -> PostgresUrl.parse("postgresql://:topsecret@h/db"))
                .hasMessageContaining("without a user").hasMessageNotContaining("topsecret");
        assertThatThrownBy(() -> PostgresUrl.parse("postgresql://hr:top%ZZsecret@h/db"))
                .hasMessageContaining("password has a bad percent-encoding").hasMessageNotContaining("top");
        assertThatThrownBy(() -> PostgresUrl.parse("postgresql://hr:topsecret@h/db?currentSchema=a;drop"))
                .hasMessageContaining("plain identifier").hasMessageNotContaining("topsecret");
    }
}
