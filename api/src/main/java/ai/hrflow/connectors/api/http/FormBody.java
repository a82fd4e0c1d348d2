package ai.hrflow.connectors.api.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An {@code application/x-www-form-urlencoded} body: OAuth token requests, legacy endpoints. Fields keep
 * their order and may repeat.
 */
public final class FormBody implements RequestBody {
    private final List<Map.Entry<String, String>> fields;

    private FormBody(List<Map.Entry<String, String>> fields) {
        this.fields = List.copyOf(fields);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The fields, in order. */
    public List<Map.Entry<String, String>> fields() {
        return fields;
    }

    /** First value of {@code name}, or null. */
    public String value(String name) {
        return fields.stream().filter(f -> f.getKey().equals(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    @Override
    public String contentType() {
        return "application/x-www-form-urlencoded";
    }

    @Override
    public byte[] bytes() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> field : fields) {
            out.append(out.length() == 0 ? "" : "&").append(Urls.formComponent(field.getKey()))
                    .append('=').append(Urls.formComponent(field.getValue()));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String describe(Redactor redactor) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> field : fields) {
            String value = Redactor.isSensitiveName(field.getKey()) ? Redactor.MASK
                    : redactor.redactSecrets(field.getValue());
            out.append(out.length() == 0 ? "" : "&").append(field.getKey()).append('=').append(value);
        }
        return out.toString();
    }

    /** Collects fields; a null value is skipped, the way the reference's HTTP library drops {@code None}. */
    public static final class Builder {
        private final List<Map.Entry<String, String>> fields = new ArrayList<>();

        private Builder() {
        }

        public Builder add(String name, String value) {
            Objects.requireNonNull(name, "name");
            if (value != null) {
                fields.add(Map.entry(name, value));
            }
            return this;
        }

        public FormBody build() {
            return new FormBody(fields);
        }
    }
}
