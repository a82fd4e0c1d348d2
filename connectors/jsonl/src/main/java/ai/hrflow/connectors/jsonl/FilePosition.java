package ai.hrflow.connectors.jsonl;

/**
 * A position in a JSON Lines file, right after a line: the byte offset to seek to, and how many lines come
 * before it (so line numbers in failure messages stay those of the file when a read starts half-way).
 * Written as {@code "<byteOffset>:<lineNumber>"}; used both as incremental token and as page cursor.
 */
record FilePosition(long offset, long line) {
    static final FilePosition START = new FilePosition(0, 0);

    FilePosition {
        if (offset < 0 || line < 0 || line > offset) {
            // Every line before the offset takes at least its newline byte.
            throw new IllegalArgumentException("invalid file position " + offset + ":" + line);
        }
    }

    /** @throws IllegalArgumentException when {@code text} is not {@code "<byteOffset>:<lineNumber>"} */
    static FilePosition parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("'" + text + "' is not <byte offset>:<line number>");
        }
        try {
            long offset = Long.parseLong(text.substring(0, colon));
            return new FilePosition(offset, Long.parseLong(text.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not <byte offset>:<line number>", e);
        }
    }

    @Override
    public String toString() {
        return offset + ":" + line;
    }
}
