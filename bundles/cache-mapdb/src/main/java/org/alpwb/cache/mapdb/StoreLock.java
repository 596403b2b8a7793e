package org.alpwb.cache.mapdb;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exclusive, advisory lock on a cache, held for the life of the store: {@code <store>.lock}, locked
 * with {@link FileChannel#tryLock} (which the operating system releases when the holder dies, so a
 * lock left by a crashed process is never "stale"). The holder writes its pid into the file so that
 * a second process can name it. The locked byte lies far beyond the pid text, so the pid stays
 * readable on platforms with mandatory locks.
 */
final class StoreLock implements AutoCloseable {

    private static final long LOCK_POSITION = Long.MAX_VALUE - 1;
    /**
     * Lock files held by this JVM. Checked before a second channel is opened on the same file,
     * because closing any channel of a file releases the process' POSIX locks on it.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code store} without waiting.
     *
     * @throws CacheInUseException if another process or another store of this process holds it
     */
    static StoreLock acquire(Path store) throws IOException {
        Path lockFile = lockFileOf(store).toAbsolutePath().normalize();
        if (!HELD.add(lockFile)) {
            throw new CacheInUseException(store, OptionalLong.of(ProcessHandle.current().pid()), true);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock(LOCK_POSITION, 1, false);
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new CacheInUseException(store, readPid(channel), false);
            }
            byte[] pid = (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(pid), 0);
            channel.force(true);
            return new StoreLock(lockFile, channel, lock);
        } catch (IOException | RuntimeException | Error e) {
            HELD.remove(lockFile);
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException closing) {
                    e.addSuppressed(closing);
                }
            }
            throw e;
        }
    }

    static Path lockFileOf(Path store) {
        return store.resolveSibling(store.getFileName() + ".lock");
    }

    private static OptionalLong readPid(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            channel.read(buffer, 0);
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).trim();
            return text.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(text));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    Path file() {
        return lockFile;
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } finally {
            HELD.remove(lockFile);
        }
    }
}
