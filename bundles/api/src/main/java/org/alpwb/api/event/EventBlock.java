package org.alpwb.api.event;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A block of events in columnar form: one primitive array per particle attribute, with
 * {@code offsets[i]..offsets[i+1]} the particles of event i. Immutable once built; the arrays
 * returned by the accessors are the block's own and must not be modified.
 *
 * <p>The binary form ({@link #toBytes()}, format {@value #FORMAT_VERSION}) is the one stored in the
 * result cache.
 */
public final class EventBlock {
    public static final int FORMAT_VERSION = 1;
    private static final int MAGIC = 0x45564231; // "EVB1"

    private final long firstEventNumber;
    private final int[] offsets;
    private final double[] weightsPb;
    private final int[] diagramClassIndex;
    private final String[] diagramClasses;
    private final int[] pdgId;
    private final byte[] status;
    private final int[] mother1;
    private final int[] mother2;
    private final double[] e;
    private final double[] px;
    private final double[] py;
    private final double[] pz;

    private EventBlock(long firstEventNumber, int[] offsets, double[] weightsPb, int[] diagramClassIndex,
            String[] diagramClasses, int[] pdgId, byte[] status, int[] mother1, int[] mother2, double[] e,
            double[] px, double[] py, double[] pz) {
        this.firstEventNumber = firstEventNumber;
        this.offsets = offsets;
        this.weightsPb = weightsPb;
        this.diagramClassIndex = diagramClassIndex;
        this.diagramClasses = diagramClasses;
        this.pdgId = pdgId;
        this.status = status;
        this.mother1 = mother1;
        this.mother2 = mother2;
        this.e = e;
        this.px = px;
        this.py = py;
        this.pz = pz;
    }

    public int eventCount() {
        return weightsPb.length;
    }

    public int particleCount() {
        return pdgId.length;
    }

    public long firstEventNumber() {
        return firstEventNumber;
    }

    /** Index of the first particle of event {@code i}; {@code offsets()[eventCount()]} is the total. */
    public int[] offsets() {
        return offsets;
    }

    public double[] weightsPb() {
        return weightsPb;
    }

    public double sumOfWeightsPb() {
        double sum = 0;
        for (double w : weightsPb) {
            sum += w;
        }
        return sum;
    }

    public String diagramClass(int event) {
        return diagramClasses[diagramClassIndex[event]];
    }

    public int[] pdgIds() {
        return pdgId;
    }

    /** LHE status codes, see {@link ParticleStatus#lheCode()}. */
    public byte[] statusCodes() {
        return status;
    }

    public int[] mother1() {
        return mother1;
    }

    public int[] mother2() {
        return mother2;
    }

    public double[] energies() {
        return e;
    }

    public double[] px() {
        return px;
    }

    public double[] py() {
        return py;
    }

    public double[] pz() {
        return pz;
    }

    /** Four-momentum of particle {@code index} (a global index into the particle columns). */
    public FourMomentum momentum(int index) {
        return new FourMomentum(e[index], px[index], py[index], pz[index]);
    }

    /** Materialises event {@code i} as an object graph (for the edges, not for hot loops). */
    public Event event(int i) {
        List<Particle> particles = new ArrayList<>(offsets[i + 1] - offsets[i]);
        for (int k = offsets[i]; k < offsets[i + 1]; k++) {
            particles.add(new Particle(pdgId[k], ParticleStatus.ofLheCode(status[k]), momentum(k),
                    mother1[k], mother2[k]));
        }
        return new Event(firstEventNumber + i, weightsPb[i], diagramClass(i), particles);
    }

    public List<Event> events() {
        List<Event> events = new ArrayList<>(eventCount());
        for (int i = 0; i < eventCount(); i++) {
            events.add(event(i));
        }
        return events;
    }

    /** A copy of this block with every weight multiplied by {@code factor} (e.g. to renormalise). */
    public EventBlock withWeightsScaled(double factor) {
        double[] scaled = weightsPb.clone();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] *= factor;
        }
        return new EventBlock(firstEventNumber, offsets, scaled, diagramClassIndex, diagramClasses, pdgId,
                status, mother1, mother2, e, px, py, pz);
    }

    public static EventBlock of(List<Event> events) {
        Builder builder = builder(events.isEmpty() ? 0 : events.get(0).number());
        events.forEach(builder::add);
        return builder.build();
    }

    public static Builder builder(long firstEventNumber) {
        return new Builder(firstEventNumber);
    }

    // ---- binary form -------------------------------------------------------------------------

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + particleCount() * 50 + eventCount() * 16);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT_VERSION);
            out.writeLong(firstEventNumber);
            out.writeInt(diagramClasses.length);
            for (String name : diagramClasses) {
                out.writeUTF(name);
            }
            int n = eventCount();
            int m = particleCount();
            out.writeInt(n);
            out.writeInt(m);
            for (int i = 0; i < n; i++) {
                out.writeInt(offsets[i + 1] - offsets[i]);
                out.writeDouble(weightsPb[i]);
                out.writeShort(diagramClassIndex[i]);
            }
            for (int k = 0; k < m; k++) {
                out.writeInt(pdgId[k]);
                out.writeByte(status[k]);
                out.writeShort(mother1[k]);
                out.writeShort(mother2[k]);
                out.writeDouble(e[k]);
                out.writeDouble(px[k]);
                out.writeDouble(py[k]);
                out.writeDouble(pz[k]);
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    /** Reads the binary form; throws {@link IllegalArgumentException} on foreign or corrupt bytes. */
    public static EventBlock fromBytes(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("not an event block");
            }
            int version = in.readInt();
            if (version != FORMAT_VERSION) {
                throw new IllegalArgumentException("event block format " + version + " unsupported; allowed: "
                        + FORMAT_VERSION);
            }
            long first = in.readLong();
            String[] classes = new String[in.readInt()];
            for (int c = 0; c < classes.length; c++) {
                classes[c] = in.readUTF();
            }
            int n = in.readInt();
            int m = in.readInt();
            int[] offsets = new int[n + 1];
            double[] weights = new double[n];
            int[] classIndex = new int[n];
            for (int i = 0; i < n; i++) {
                offsets[i + 1] = offsets[i] + in.readInt();
                weights[i] = in.readDouble();
                classIndex[i] = in.readShort();
            }
            int[] pdg = new int[m];
            byte[] status = new byte[m];
            int[] m1 = new int[m];
            int[] m2 = new int[m];
            double[] e = new double[m];
            double[] px = new double[m];
            double[] py = new double[m];
            double[] pz = new double[m];
            for (int k = 0; k < m; k++) {
                pdg[k] = in.readInt();
                status[k] = in.readByte();
                m1[k] = in.readShort();
                m2[k] = in.readShort();
                e[k] = in.readDouble();
                px[k] = in.readDouble();
                py[k] = in.readDouble();
                pz[k] = in.readDouble();
            }
            return new EventBlock(first, offsets, weights, classIndex, classes, pdg, status, m1, m2, e, px, py, pz);
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated event block", e);
        }
    }

    /** Appends events particle by particle; not thread-safe. */
    public static final class Builder {
        private final long firstEventNumber;
        private final List<String> classes = new ArrayList<>(List.of(""));
        private int events;
        private int particles;
        private int[] offsets = new int[64];
        private double[] weights = new double[64];
        private int[] classIndex = new int[64];
        private int[] pdg = new int[256];
        private byte[] status = new byte[256];
        private int[] m1 = new int[256];
        private int[] m2 = new int[256];
        private double[] e = new double[256];
        private double[] px = new double[256];
        private double[] py = new double[256];
        private double[] pz = new double[256];

        private Builder(long firstEventNumber) {
            this.firstEventNumber = firstEventNumber;
        }

        public Builder add(Event event) {
            for (Particle p : event.particles()) {
                FourMomentum q = p.momentum();
                particle(p.pdgId(), p.status(), p.mother1(), p.mother2(), q.e(), q.px(), q.py(), q.pz());
            }
            return endEvent(event.weightPb(), event.diagramClass());
        }

        /** Adds a particle to the event being built. */
        public Builder particle(int pdgId, ParticleStatus particleStatus, int mother1, int mother2, double energy,
                double momentumX, double momentumY, double momentumZ) {
            if (particles == pdg.length) {
                int size = particles * 2;
                pdg = Arrays.copyOf(pdg, size);
                status = Arrays.copyOf(status, size);
                m1 = Arrays.copyOf(m1, size);
                m2 = Arrays.copyOf(m2, size);
                e = Arrays.copyOf(e, size);
                px = Arrays.copyOf(px, size);
                py = Arrays.copyOf(py, size);
                pz = Arrays.copyOf(pz, size);
            }
            pdg[particles] = pdgId;
            status[particles] = (byte) particleStatus.lheCode();
            m1[particles] = mother1;
            m2[particles] = mother2;
            e[particles] = energy;
            px[particles] = momentumX;
            py[particles] = momentumY;
            pz[particles] = momentumZ;
            particles++;
            return this;
        }

        /** Closes the event being built. */
        public Builder endEvent(double weightPb, String diagramClass) {
            if (events + 1 >= offsets.length) {
                int size = offsets.length * 2;
                offsets = Arrays.copyOf(offsets, size);
                weights = Arrays.copyOf(weights, size);
                classIndex = Arrays.copyOf(classIndex, size);
            }
            String name = diagramClass == null ? "" : diagramClass;
            int index = classes.indexOf(name);
            if (index < 0) {
                classes.add(name);
                index = classes.size() - 1;
            }
            weights[events] = weightPb;
            classIndex[events] = index;
            events++;
            offsets[events] = particles;
            return this;
        }

        public int eventCount() {
            return events;
        }

        public EventBlock build() {
            return new EventBlock(firstEventNumber, Arrays.copyOf(offsets, events + 1), Arrays.copyOf(weights, events),
                    Arrays.copyOf(classIndex, events), classes.toArray(String[]::new), Arrays.copyOf(pdg, particles),
                    Arrays.copyOf(status, particles), Arrays.copyOf(m1, particles), Arrays.copyOf(m2, particles),
                    Arrays.copyOf(e, particles), Arrays.copyOf(px, particles), Arrays.copyOf(py, particles),
                    Arrays.copyOf(pz, particles));
        }
    }
}
