package ai.hrflow.connectors.jsonl;

import ai.hrflow.connectors.api.errors.ConnectorException;
import ai.hrflow.connectors.api.spi.Check;
import ai.hrflow.connectors.api.spi.ReadRequest;
import ai.hrflow.connectors.api.spi.WriteRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The checks of a JSON Lines file: readable before a read, writable (or creatable) before a write. */
final class JsonLinesChecks {
    private JsonLinesChecks() {
    }

    static List<Check> read(ReadRequest request) {
        Path path = Path.of(request.parameters().string(JsonLinesWarehouse.PATH));
        return List.of(new Check("file " + path + " is readable", () -> {
            if (!Files.isRegularFile(path)) {
                throw new ConnectorException(Files.exists(path) ? path + " is not a regular file"
                        : path + " does not exist");
            }
            if (!Files.isReadable(path)) {
                throw new ConnectorException(path + " is not readable by this user");
            }
        }));
    }

    static List<Check> write(WriteRequest request) {
        Path path = Path.of(request.parameters().string(JsonLinesWarehouse.PATH)).toAbsolutePath();
        return List.of(new Check("file " + path + " can be written", () -> {
            if (Files.exists(path)) {
                if (!Files.isRegularFile(path) || !Files.isWritable(path)) {
                    throw new ConnectorException(path + " exists and is not a file this user can write");
                }
                return;
            }
            // Missing directories are created by the writer: the nearest existing one must let us do that.
            Path dir = path.getParent();
            while (dir != null && !Files.exists(dir)) {
                dir = dir.getParent();
            }
            if (dir == null || !Files.isDirectory(dir) || !Files.isWritable(dir)) {
                throw new ConnectorException("cannot create " + path + ": " + (dir == null ? "no parent directory"
                        : dir + " is not a directory this user can write"));
            }
        }));
    }
}
