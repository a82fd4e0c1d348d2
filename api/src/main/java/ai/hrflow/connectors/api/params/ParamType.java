package ai.hrflow.connectors.api.params;

/** The value types a declared parameter can take. */
public enum ParamType {
    STRING("string", "str"),
    INTEGER("integer", "int"),
    NUMBER("number", "float"),
    BOOLEAN("boolean", "bool"),
    STRING_LIST("array", "typing.List[str]"),
    INTEGER_LIST("array", "typing.List[int]"),
    /** A list of any JSON values. */
    LIST("array", "typing.List"),
    OBJECT("object", "typing.Dict"),
    /** A function (logics, format, callback): given from Java, or by class name in a config file. */
    FUNCTION("Callable", "typing.Callable");

    private final String jsonType;
    private final String pythonType;

    ParamType(String jsonType, String pythonType) {
        this.jsonType = jsonType;
        this.pythonType = pythonType;
    }

    /** JSON Schema {@code type} (v2 docs show this). */
    public String jsonType() {
        return jsonType;
    }

    /** The Python typing name the reference's v1 docs show. */
    public String pythonType() {
        return pythonType;
    }

    public boolean isList() {
        return this == STRING_LIST || this == INTEGER_LIST || this == LIST;
    }
}
