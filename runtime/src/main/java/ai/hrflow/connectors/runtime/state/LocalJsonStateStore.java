package ai.hrflow.connectors.runtime.state;

import ai.hrflow.connectors.api.Json;
import ai.hrflow.connectors.runtime.RunResult;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The default {@link StateStore}: JSON files in a local directory, one file per workflow and per
 * credential key. {@link StateStores#fromEnvironment} builds it for the CLI; the engine loads and saves
 * run results and takes the workflow lock through it; the {@code state} command lists and resets.
 *
 * <pre>
 * &lt;dir&gt;/workflows/&lt;encoded workflow id&gt;.json   last RunResult of the workflow
 * &lt;dir&gt;/credentials/&lt;encoded key&gt;.json       rotated credentials (a JSON object)
 * &lt;dir&gt;/parked/&lt;encoded workflow id&gt;.json     parked items and failure streaks ({@link ParkingLot})
 * &lt;dir&gt;/locks/&lt;encoded workflow id&gt;.lock      OS file lock held during a run
 * </pre>
 *
 * Ids are encoded with {@link StateFileNames}. Every write replaces the file atomically, so a crash or
 * a concurrent reader never sees half a file, and several processes may share the directory. The temporary
 * file a crash leaves behind is deleted when the workflow is next locked. On POSIX
 * file systems directories are {@code 0700} and files {@code 0600} from the moment they exist.
 * Unlike the reference's single {@code store.json}, a damaged file only affects its own workflow.
 */
public final class LocalJsonStateStore implements StateStore {
    private static final String JSON = ".json";
    private static final String LOCK = ".lock";
    private static final ObjectReader RUN_READER =
            Json.MAPPER.readerFor(RunResult.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final ObjectReader PARKING_READER =
            Json.MAPPER.readerFor(ParkingLot.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final ObjectReader TREE_READER =
            Json.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    // Indented: people read these files when a run does not do what they expect.
    private static final ObjectWriter WRITER = Json.MAPPER.writerWithDefaultPrettyPrinter();

    private final Path directory;
    private final Path workflows;
    private final Path credentials;
    private final Path locks;
    private final Path parked;

    /**
     * Opens the store, creating the directory and its sub-directories ({@code 0700}) when missing.
     *
     * @throws StateStoreException when the directories cannot be created
     */
    public LocalJsonStateStore(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
        this.workflows = this.directory.resolve("workflows");
        this.credentials = this.directory.resolve("credentials");
        this.locks = this.directory.resolve("locks");
        this.parked = this.directory.resolve("parked");
        for (Path dir : List.of(workflows, credentials, locks, parked)) {
            ensureDirectory(dir);
        }
    }

    /** The absolute state directory. */
    public Path directory() {
        return directory;
    }

    @Override
    public String describe() {
        return "localjson:" + directory;
    }

    @Override
    public Optional<RunResult> lastRun(String workflowId) {
        Path file = workflowFile(workflowId);
        byte[] bytes = read(file);
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            RunResult result = RUN_READER.readValue(bytes);
            if (result == null) {
                throw new StateStoreException(corrupt(file, "it holds null instead of a run result", workflowId));
            }
            return Optional.of(result);
        } catch (IOException e) {
            // A run result carries no secret, so the parser's own words can help whoever repairs it.
            String why = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
            throw new StateStoreException(corrupt(file, why, workflowId), e);
        }
    }

    @Override
    public void saveRun(String workflowId, RunResult result) {
        Objects.requireNonNull(result, "result");
        write(workflowFile(workflowId), result);
    }

    @Override
    public boolean reset(String workflowId) {
        // The lock file stays: deleting it while a run holds it would let a second run lock a new file.
        Path file = workflowFile(workflowId);
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw ioFailure("delete", file, e);
        }
    }

    @Override
    public ParkingLot parking(String workflowId) {
        Path file = parked.resolve(StateFileNames.encode(workflowId) + JSON);
        byte[] bytes = read(file);
        if (bytes == null) {
            return ParkingLot.empty();
        }
        try {
            ParkingLot lot = PARKING_READER.readValue(bytes);
            return lot == null ? ParkingLot.empty() : lot;
        } catch (JsonProcessingException e) {
            // Only the position: parked items hold personal data the parser's message could quote.
            throw new StateStoreException("Parked items file " + file + " is corrupt (invalid JSON"
                    + where(e.getLocation()) + "). Repair or restore it; while it is unreadable the workflow's "
                    + "runs stop before reading.", e);
        } catch (IOException e) {
            throw ioFailure("read", file, e);
        }
    }

    @Override
    public void saveParking(String workflowId, ParkingLot lot) {
        Objects.requireNonNull(lot, "parking");
        Path file = parked.resolve(StateFileNames.encode(workflowId) + JSON);
        if (lot.isEmpty()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw ioFailure("delete", file, e);
            }
            return;
        }
        write(file, lot);
    }

    @Override
    public Optional<ObjectNode> loadCredentials(String key) {
        Path file = credentialsFile(key);
        byte[] bytes = read(file);
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            JsonNode node = TREE_READER.readTree(bytes);
            if (node instanceof ObjectNode object) {
                return Optional.of(object);
            }
            throw new StateStoreException(corruptCredentials(file, "it does not hold a JSON object"));
        } catch (JsonProcessingException e) {
            // Only the position: the parser's message quotes file content, which may be a secret.
            throw new StateStoreException(corruptCredentials(file, "invalid JSON" + where(e.getLocation())), e);
        } catch (IOException e) {
            throw ioFailure("read", file, e);
        }
    }

    @Override
    public void saveCredentials(String key, ObjectNode credentials) {
        Objects.requireNonNull(credentials, "credentials");
        write(credentialsFile(key), credentials);
    }

    /**
     * Takes the workflow's lock, or fails at once if a run in this or another process holds it.
     * Close the returned lock (try-with-resources) when the run ends; a process that dies releases it.
     */
    @Override
    public WorkflowLock lock(String workflowId) throws WorkflowLockedException {
        String name = StateFileNames.encode(workflowId) + LOCK;
        ensureDirectory(locks);
        Path lockFile;
        try {
            // Keyed by real path so two stores reaching this directory by different paths still exclude
            // each other inside one JVM (see FileWorkflowLock).
            lockFile = locks.toRealPath().resolve(name);
        } catch (IOException e) {
            throw ioFailure("resolve", locks, e);
        }
        WorkflowLock lock;
        try {
            lock = FileWorkflowLock.acquire(workflowId, lockFile);
        } catch (IOException e) {
            throw ioFailure("lock", lockFile, e);
        }
        // Only the lock holder writes the workflow's file: what a killed run left half-written can go.
        Path file = workflowFile(workflowId);
        try {
            int deleted = PrivateFiles.deleteLeftoverTemps(file);
            if (deleted > 0) {
                org.slf4j.LoggerFactory.getLogger(LocalJsonStateStore.class).info(
                        "Deleted {} temporary file(s) an interrupted save of {} left", deleted, file);
            }
        } catch (IOException e) {
            lock.close();
            throw ioFailure("clean up temporary files of", file, e);
        }
        return lock;
    }

    /** Ids of the workflows that have a saved result, sorted; files that are not state are skipped. */
    public List<String> workflowIds() {
        List<String> ids = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(workflows, "*" + JSON)) {
            for (Path file : files) {
                String fileName = file.getFileName().toString();
                String name = fileName.substring(0, fileName.length() - JSON.length());
                if (StateFileNames.isEncoded(name) && Files.isRegularFile(file)) {
                    ids.add(StateFileNames.decode(name));
                }
            }
        } catch (java.nio.file.NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw ioFailure("list", workflows, e);
        }
        Collections.sort(ids);
        return ids;
    }

    @Override
    public String toString() {
        return describe();
    }

    private Path workflowFile(String workflowId) {
        return workflows.resolve(StateFileNames.encode(workflowId) + JSON);
    }

    private Path credentialsFile(String key) {
        return credentials.resolve(StateFileNames.encode(key) + JSON);
    }

    private static byte[] read(Path file) {
        try {
            return PrivateFiles.readIfExists(file);
        } catch (IOException e) {
            throw ioFailure("read", file, e);
        }
    }

    private static void write(Path file, Object value) {
        byte[] bytes;
        try {
            bytes = WRITER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new StateStoreException("Could not serialise the state for " + file + ": " + e.getOriginalMessage(), e);
        }
        // Recreated if someone removed the state directory while this process was running.
        ensureDirectory(file.getParent());
        try {
            PrivateFiles.writeAtomically(file, bytes);
        } catch (IOException e) {
            throw ioFailure("write", file, e);
        }
    }

    private static void ensureDirectory(Path dir) {
        try {
            PrivateFiles.createDirectories(dir);
        } catch (IOException e) {
            throw ioFailure("create directory", dir, e);
        }
    }

    private static String corrupt(Path file, String why, String workflowId) {
        return "State file " + file + " is corrupt (" + why + "). To recover, run `hrflow-connectors state reset "
                + shellQuoted(workflowId) + "` (the next incremental run of the workflow then starts from the beginning),"
                + " or restore the file from a backup.";
    }

    /** The id as one shell word, so the recovery command can be pasted as it is. */
    static String shellQuoted(String id) {
        return id.matches("[A-Za-z0-9._/:@=+-]+") ? id : "'" + id.replace("'", "'\\''") + "'";
    }

    private static String corruptCredentials(Path file, String why) {
        return "Credentials file " + file + " is corrupt (" + why + "). To recover, delete it and configure the"
                + " connector's credentials again (its next run starts from the configured ones).";
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 0
                ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static StateStoreException ioFailure(String action, Path path, IOException e) {
        String cause = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
        return new StateStoreException("Could not " + action + " " + path + " (" + cause + ")", e);
    }
}
