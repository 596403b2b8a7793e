package org.alpwb.api.event;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Derives independent random seeds from (study seed, task key, chunk index) by SHA-256, so that
 * work split into chunks gives the same numbers whatever the number of threads. Feed the result
 * to a generator such as Commons RNG's {@code RandomSource.XO_RO_SHI_RO_256_PP.create(long[])}.
 */
public record SeedSequence(long studySeed, String taskKey) {

    /** Four 64-bit words of seed material for chunk {@code chunkIndex}. */
    public long[] seed(long chunkIndex) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(ByteBuffer.allocate(16).putLong(studySeed).putLong(chunkIndex).array());
            sha.update(taskKey.getBytes(StandardCharsets.UTF_8));
            ByteBuffer digest = ByteBuffer.wrap(sha.digest());
            return new long[] {digest.getLong(), digest.getLong(), digest.getLong(), digest.getLong()};
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** A sequence for a sub-stream, e.g. one mass point of a scan. */
    public SeedSequence child(String name) {
        return new SeedSequence(studySeed, taskKey + "/" + name);
    }
}
