package org.alpwb.api.classifier;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.alpwb.api.InvalidInputException;

/**
 * The binary form of a trained classifier: magic {@code ACM1}, the classifier id, the classifier's codec version
 * and its opaque body (the classifier's own format for that version). Payload of artifacts of type
 * {@value #ARTIFACT_TYPE}.
 *
 * @param classifierId the {@code alpwb.id} of the classifier that wrote it
 * @param codecVersion version of the body format, one of that classifier's {@link Classifier#codecVersions()}
 * @param body         the classifier's bytes (not copied: do not modify)
 */
public record ModelBytes(String classifierId, int codecVersion, byte[] body) {
    public static final String ARTIFACT_TYPE = "alpwb/trained-classifier";
    private static final int MAGIC = 0x41434d31; // "ACM1"

    public ModelBytes {
        Objects.requireNonNull(classifierId, "classifierId");
        Objects.requireNonNull(body, "body");
    }

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length + 64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeUTF(classifierId);
            out.writeInt(codecVersion);
            out.writeInt(body.length);
            out.write(body);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    /** Reads {@link #toBytes()}; {@code source} names the input in the error if the bytes are not a model. */
    public static ModelBytes fromBytes(byte[] data, String source) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            if (in.readInt() != MAGIC) {
                throw new InvalidInputException(source, "payload", "not a trained classifier",
                        "an artifact of type " + ARTIFACT_TYPE);
            }
            String id = in.readUTF();
            int version = in.readInt();
            int length = in.readInt();
            byte[] body = in.readNBytes(length);
            if (body.length != length) {
                throw new InvalidInputException(source, "payload", "truncated trained classifier", length + " bytes");
            }
            return new ModelBytes(id, version, body);
        } catch (IOException e) {
            throw new InvalidInputException(source, "payload", "truncated trained classifier", "a complete model");
        }
    }
}
