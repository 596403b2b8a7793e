package org.alpwb.api.study;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The result of a task: a typed payload (decoded by whoever knows {@code type}, e.g.
 * {@code alpwb/event-block} with {@code EventBlock.fromBytes}) plus named files the engine writes
 * into the study's output directory under the task's name. Values are kept as given: callers must
 * not modify arrays after construction.
 */
public final class Artifact {
    private static final int MAGIC = 0x41525431; // "ART1"

    private final String type;
    private final byte[] payload;
    private final Map<String, byte[]> files;

    public Artifact(String type, byte[] payload, Map<String, byte[]> files) {
        this.type = Objects.requireNonNull(type, "type");
        this.payload = Objects.requireNonNull(payload, "payload");
        this.files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    public static Artifact of(String type, byte[] payload) {
        return new Artifact(type, payload, Map.of());
    }

    public String type() {
        return type;
    }

    public byte[] payload() {
        return payload;
    }

    /** Relative file names (forward slashes) to contents. */
    public Map<String, byte[]> files() {
        return files;
    }

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + 64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeUTF(type);
            out.writeInt(payload.length);
            out.write(payload);
            out.writeInt(files.size());
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                out.writeUTF(file.getKey());
                out.writeInt(file.getValue().length);
                out.write(file.getValue());
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    public static Artifact fromBytes(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("not an artifact");
            }
            String type = in.readUTF();
            byte[] payload = in.readNBytes(in.readInt());
            int count = in.readInt();
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                files.put(name, in.readNBytes(in.readInt()));
            }
            return new Artifact(type, payload, files);
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated artifact", e);
        }
    }
}
