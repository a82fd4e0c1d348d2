package ai.hrflow.connectors.cli.serve;

import ai.hrflow.connectors.api.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable queue: one JSON file per accepted event in a directory, written to a temporary file, forced to disk,
 * then renamed into place (and the directory forced), so an event the server answered 2xx for survives a crash.
 * Files are named by a sequence that keeps arrival order across restarts. An event's file is deleted once its run is
 * done (or given up on, when it moves to {@code dead/}).
 */
public final class EventSpool {
    private static final Logger LOG = LoggerFactory.getLogger(EventSpool.class);
    private final Path dir;
    private final Path dead;
    private final int capacity;
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicLong sequence;
    private final java.util.Map<String, Path> files = new java.util.concurrent.ConcurrentHashMap<>();

    public EventSpool(Path dir, int capacity) {
        this.dir = dir;
        this.dead = dir.resolve("dead");
        this.capacity = capacity;
        try {
            Files.createDirectories(dead);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the event spool " + dir, e);
        }
        List<SpooledEvent> pending = pending();
        size.set(pending.size());
        this.sequence = new AtomicLong(System.currentTimeMillis() * 1000);
    }

    /** Events waiting in the spool. */
    public int size() {
        return size.get();
    }

    /**
     * Persists {@code event}; returns false, writing nothing, when the spool holds {@code capacity} events already.
     *
     * @throws UncheckedIOException when the disk refuses the write (the caller answers 5xx: nothing accepted)
     */
    public boolean append(SpooledEvent event) {
        if (size.incrementAndGet() > capacity) {
            size.decrementAndGet();
            return false;
        }
        String name = String.format("%020d-%s.json", sequence.incrementAndGet(), event.id());
        Path tmp = dir.resolve(name + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(Json.MAPPER.writeValueAsBytes(event)));
                channel.force(true);
            }
            move(tmp, dir.resolve(name));
            forceDirectory();
            files.put(event.id(), dir.resolve(name));
            return true;
        } catch (IOException e) {
            size.decrementAndGet();
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the temporary file is skipped on replay
            }
            throw new UncheckedIOException("cannot persist the event", e);
        }
    }

    /** The events in the spool, oldest first (what a restart replays). */
    public List<SpooledEvent> pending() {
        List<SpooledEvent> events = new ArrayList<>();
        try (Stream<Path> listing = Files.list(dir)) {
            for (Path file : listing.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                try {
                    SpooledEvent event = Json.MAPPER.readValue(file.toFile(), SpooledEvent.class);
                    files.put(event.id(), file);
                    events.add(event);
                } catch (IOException e) {
                    LOG.error("unreadable spooled event {} moved to {}: {}", file.getFileName(), dead, e.getMessage());
                    move(file, dead.resolve(file.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the event spool " + dir, e);
        }
        return events;
    }

    /** Removes a done event. */
    public void remove(SpooledEvent event) {
        fileOf(event).ifPresent(file -> {
            try {
                Files.deleteIfExists(file);
                size.decrementAndGet();
            } catch (IOException e) {
                LOG.error("cannot delete spooled event {}: {}", file.getFileName(), e.getMessage());
            }
        });
    }

    /** Moves an event whose run was given up on to {@code dead/}, where an operator can inspect it. */
    public void bury(SpooledEvent event) {
        fileOf(event).ifPresent(file -> {
            try {
                move(file, dead.resolve(file.getFileName()));
                size.decrementAndGet();
            } catch (IOException e) {
                LOG.error("cannot move spooled event {}: {}", file.getFileName(), e.getMessage());
            }
        });
    }

    private java.util.Optional<Path> fileOf(SpooledEvent event) {
        return java.util.Optional.ofNullable(files.remove(event.id()));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void forceDirectory() {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some file systems (and Windows) cannot open a directory; the file itself is forced.
            LOG.debug("cannot force the spool directory: {}", e.getMessage());
        }
    }
}
