package ai.hrflow.connectors.runtime.state;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * File operations of {@link LocalJsonStateStore}: private directories and files, atomic replacement.
 *
 * <p>State files hold incremental tokens and rotated OAuth credentials, so on POSIX file systems every
 * directory is created {@code 0700} and every file {@code 0600} by the call that creates it. Setting
 * the mode afterwards would leave a moment where another user can open the file and keep the handle.
 *
 * <p>Content goes through streams, not {@code FileChannel}: a channel closes itself when the calling
 * thread is interrupted, and a run that is being cancelled must still be able to save where it got to
 * (a test saves and loads on an interrupted thread).
 */
final class PrivateFiles {
    /** Temporary files start with a dot, which no encoded name does, so they never look like state. */
    static final String TEMP_PREFIX = ".tmp-";
    static final String TEMP_SUFFIX = ".tmp";

    private static final FileAttribute<?>[] NONE = new FileAttribute<?>[0];

    private PrivateFiles() {
    }

    /** Creates the directory and missing parents, each {@code 0700}; existing ones are left as they are. */
    static void createDirectories(Path dir) throws IOException {
        Files.createDirectories(dir, ownerOnly(dir.getFileSystem(), "rwx------"));
    }

    /**
     * Replaces {@code target} with {@code content} so that readers see the old or the new content, never
     * a mix, even if the process dies half-way: a temporary file in the same directory is written and
     * forced to disk, then renamed over the target. The temporary file is removed on any failure.
     */
    static void writeAtomically(Path target, byte[] content) throws IOException {
        Path dir = target.getParent();
        Path temp = Files.createTempFile(dir, tempPrefix(target), TEMP_SUFFIX,
                ownerOnly(dir.getFileSystem(), "rw-------"));
        try {
            try (FileOutputStream out = new FileOutputStream(temp.toFile())) {
                out.write(content);
                out.getFD().sync();
            }
            move(temp, target);
        } catch (Throwable e) {
            deleteQuietly(temp, e);
            throw e;
        }
        syncDirectory(dir);
    }

    /** Temporary files of {@code target} start with this: a crash's leftovers can be found by their target. */
    static String tempPrefix(Path target) {
        return TEMP_PREFIX + target.getFileName() + ".";
    }

    /**
     * Deletes the temporary files an interrupted {@link #writeAtomically} left for {@code target}; call it only
     * when no one else can be writing the target (e.g. under the workflow's lock). Returns how many.
     */
    static int deleteLeftoverTemps(Path target) throws IOException {
        int deleted = 0;
        String prefix = tempPrefix(target);
        try (var files = Files.newDirectoryStream(target.getParent(),
                f -> f.getFileName().toString().startsWith(prefix) && f.getFileName().toString().endsWith(TEMP_SUFFIX))) {
            for (Path file : files) {
                if (Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
        } catch (NoSuchFileException e) {
            return 0;
        }
        return deleted;
    }

    /** The whole content of the file, or null when it does not exist. */
    static byte[] readIfExists(Path file) throws IOException {
        // Files.newInputStream rather than FileInputStream: only it tells "missing" (NoSuchFileException)
        // from "cannot open", without a second look that races with a concurrent rename.
        try (InputStream in = Files.newInputStream(file)) {
            return in.readAllBytes();
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Opens (creating it {@code 0600} if needed) a file for reading and writing, e.g. a lock file. */
    static FileChannel openReadWrite(Path file) throws IOException {
        Set<OpenOption> options = Set.of(StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.CREATE);
        return FileChannel.open(file, options, ownerOnly(file.getFileSystem(), "rw-------"));
    }

    private static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (certain network mounts) cannot rename atomically; a plain replace is
            // the best they offer and still never leaves a half-written target.
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable; not every platform can open a directory, hence best effort. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // The content is on disk already; at worst a crash right now brings back the previous file.
        }
    }

    private static void deleteQuietly(Path file, Throwable primary) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            primary.addSuppressed(e);
        }
    }

    private static FileAttribute<?>[] ownerOnly(FileSystem fs, String permissions) {
        if (!fs.supportedFileAttributeViews().contains("posix")) {
            return NONE;
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))};
    }
}
