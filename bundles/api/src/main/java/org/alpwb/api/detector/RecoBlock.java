package org.alpwb.api.detector;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import org.alpwb.api.event.FourMomentum;

/**
 * Reconstructed events in columnar form: per event a range of tracks and a range of ECL clusters
 * ({@code trackOffsets()[i]..trackOffsets()[i+1]}, same for clusters). Immutable; arrays returned by
 * accessors belong to the block and must not be modified. Track and cluster indices
 * ({@link #matchedCluster()}, {@link #matchedTrack()}) are global indices into this block's columns.
 *
 * <p><b>Frame and units</b>: laboratory frame (z along the electron beam, origin at the nominal
 * interaction point), GeV, cm, ns, rad. Event weights are in pb, copied from the generator.
 *
 * <p><b>Tracks</b>: {@code charge} (+1/-1); momentum {@code px, py, pz} at the point of closest
 * approach to the z axis; helix parameters in the basf2 convention, five per track
 * ({@code d0} = signed transverse distance of closest approach = {@code dr} (cm), {@code phi0} (rad),
 * {@code omega} = signed curvature (1/cm, positive for positive charge in +1.5 T), {@code z0} = {@code dz} (cm),
 * {@code tanLambda} = cot(theta)) with their 5x5 covariance packed as the upper triangle row by row
 * (15 numbers: (0,0),(0,1)..(0,4),(1,1)..(4,4)); the (p, theta, phi) covariance packed as
 * pp, p-theta, p-phi, theta-theta, theta-phi, phi-phi; electron-ID score in [0, 1]; E/p with the matched
 * cluster (NaN without one); the matched cluster (-1 if none); whether the helix reaches the ECL and the
 * polar and azimuthal angles of the point where it enters it (NaN if it does not); truth (particle
 * index in the source event, PDG id of the particle that made the track, origin).
 *
 * <p><b>Clusters</b>: energy; theta and phi of the cluster position seen from the origin; the position
 * (x, y, z in cm) on the ECL inner surface; time relative to the collision and its error (ns); the
 * distance (cm) from the cluster position to the nearest track's ECL entry point (NaN if no track of the
 * event reaches the ECL); a beam-background score in [0, 1] (1 = collision photon, 0 = beam background,
 * like the basf2 BB-MVA); the matched track (-1 if none, i.e. a photon candidate); truth as for tracks.
 *
 * <p>The binary form ({@link #toBytes()}, format {@value #FORMAT_VERSION}) is stored in the result
 * cache as artifact type {@value #ARTIFACT_TYPE}.
 */
public final class RecoBlock {
    public static final int FORMAT_VERSION = 1;
    public static final String ARTIFACT_TYPE = "alpwb/reco-block";
    private static final int MAGIC = 0x52434231; // "RCB1"

    private final String detectorId;
    private final String condition;
    private final FourMomentum beamLab;
    private final long firstEventNumber;
    // events
    private final int[] sourceEvent;
    private final double[] weightsPb;
    private final int[] trackOffsets;
    private final int[] clusterOffsets;
    // tracks
    private final byte[] charge;
    private final double[] trackPx;
    private final double[] trackPy;
    private final double[] trackPz;
    private final double[] helix;
    private final double[] helixCovariance;
    private final double[] momentumCovariance;
    private final double[] electronId;
    private final double[] eOverP;
    private final int[] matchedCluster;
    private final byte[] reachesEcl;
    private final double[] eclEntryTheta;
    private final double[] eclEntryPhi;
    private final int[] trackTruthIndex;
    private final int[] trackTruthPdg;
    private final byte[] trackOrigin;
    // clusters
    private final double[] clusterEnergy;
    private final double[] clusterTheta;
    private final double[] clusterPhi;
    private final double[] clusterX;
    private final double[] clusterY;
    private final double[] clusterZ;
    private final double[] clusterTime;
    private final double[] clusterTimeError;
    private final double[] distanceToTrack;
    private final double[] beamBackgroundScore;
    private final int[] matchedTrack;
    private final int[] clusterTruthIndex;
    private final int[] clusterTruthPdg;
    private final byte[] clusterOrigin;

    private RecoBlock(String detectorId, String condition, FourMomentum beamLab, long firstEventNumber,
            int[] sourceEvent, double[] weightsPb, int[] trackOffsets, int[] clusterOffsets, byte[] charge,
            double[] trackPx, double[] trackPy, double[] trackPz, double[] helix, double[] helixCovariance,
            double[] momentumCovariance, double[] electronId, double[] eOverP, int[] matchedCluster,
            byte[] reachesEcl, double[] eclEntryTheta, double[] eclEntryPhi, int[] trackTruthIndex,
            int[] trackTruthPdg, byte[] trackOrigin, double[] clusterEnergy, double[] clusterTheta,
            double[] clusterPhi, double[] clusterX, double[] clusterY, double[] clusterZ, double[] clusterTime,
            double[] clusterTimeError, double[] distanceToTrack, double[] beamBackgroundScore, int[] matchedTrack,
            int[] clusterTruthIndex, int[] clusterTruthPdg, byte[] clusterOrigin) {
        this.detectorId = detectorId;
        this.condition = condition;
        this.beamLab = beamLab;
        this.firstEventNumber = firstEventNumber;
        this.sourceEvent = sourceEvent;
        this.weightsPb = weightsPb;
        this.trackOffsets = trackOffsets;
        this.clusterOffsets = clusterOffsets;
        this.charge = charge;
        this.trackPx = trackPx;
        this.trackPy = trackPy;
        this.trackPz = trackPz;
        this.helix = helix;
        this.helixCovariance = helixCovariance;
        this.momentumCovariance = momentumCovariance;
        this.electronId = electronId;
        this.eOverP = eOverP;
        this.matchedCluster = matchedCluster;
        this.reachesEcl = reachesEcl;
        this.eclEntryTheta = eclEntryTheta;
        this.eclEntryPhi = eclEntryPhi;
        this.trackTruthIndex = trackTruthIndex;
        this.trackTruthPdg = trackTruthPdg;
        this.trackOrigin = trackOrigin;
        this.clusterEnergy = clusterEnergy;
        this.clusterTheta = clusterTheta;
        this.clusterPhi = clusterPhi;
        this.clusterX = clusterX;
        this.clusterY = clusterY;
        this.clusterZ = clusterZ;
        this.clusterTime = clusterTime;
        this.clusterTimeError = clusterTimeError;
        this.distanceToTrack = distanceToTrack;
        this.beamBackgroundScore = beamBackgroundScore;
        this.matchedTrack = matchedTrack;
        this.clusterTruthIndex = clusterTruthIndex;
        this.clusterTruthPdg = clusterTruthPdg;
        this.clusterOrigin = clusterOrigin;
    }

    // ---- header and events --------------------------------------------------------------------

    /** The {@code alpwb.id} of the detector model that made this block. */
    public String detectorId() {
        return detectorId;
    }

    /** The run condition simulated. */
    public String condition() {
        return condition;
    }

    /** Nominal total beam four-momentum in the lab (GeV), the constraint of a 4C fit. */
    public FourMomentum beamLab() {
        return beamLab;
    }

    /** Event number of the first event of the source {@code EventBlock}. */
    public long firstEventNumber() {
        return firstEventNumber;
    }

    public int eventCount() {
        return weightsPb.length;
    }

    public int trackCount() {
        return charge.length;
    }

    public int clusterCount() {
        return clusterEnergy.length;
    }

    /** Index of each event in the source {@code EventBlock}. */
    public int[] sourceEvent() {
        return sourceEvent;
    }

    public double[] weightsPb() {
        return weightsPb;
    }

    /** Tracks of event i are {@code trackOffsets()[i] .. trackOffsets()[i+1]-1}; length eventCount()+1. */
    public int[] trackOffsets() {
        return trackOffsets;
    }

    /** Clusters of event i are {@code clusterOffsets()[i] .. clusterOffsets()[i+1]-1}; length eventCount()+1. */
    public int[] clusterOffsets() {
        return clusterOffsets;
    }

    // ---- tracks -------------------------------------------------------------------------------

    public byte[] charge() {
        return charge;
    }

    public double[] trackPx() {
        return trackPx;
    }

    public double[] trackPy() {
        return trackPy;
    }

    public double[] trackPz() {
        return trackPz;
    }

    /** Five helix parameters per track (d0, phi0, omega, z0, tanLambda); track k at {@code 5k}. */
    public double[] helix() {
        return helix;
    }

    /** Packed upper triangle of the 5x5 helix covariance, 15 per track at {@code 15k}. */
    public double[] helixCovariance() {
        return helixCovariance;
    }

    /** Packed (p, theta, phi) covariance, 6 per track at {@code 6k}: pp, pt, pf, tt, tf, ff. */
    public double[] momentumCovariance() {
        return momentumCovariance;
    }

    public double[] electronId() {
        return electronId;
    }

    public double[] eOverP() {
        return eOverP;
    }

    public int[] matchedCluster() {
        return matchedCluster;
    }

    /** 1 if the track's helix reaches the ECL, else 0. */
    public byte[] reachesEcl() {
        return reachesEcl;
    }

    public double[] eclEntryTheta() {
        return eclEntryTheta;
    }

    public double[] eclEntryPhi() {
        return eclEntryPhi;
    }

    public int[] trackTruthIndex() {
        return trackTruthIndex;
    }

    public int[] trackTruthPdg() {
        return trackTruthPdg;
    }

    /** {@link TruthOrigin#code()} per track. */
    public byte[] trackOrigin() {
        return trackOrigin;
    }

    /** Signed transverse impact parameter dr = d0 of track k (cm). */
    public double dr(int k) {
        return helix[5 * k];
    }

    /** Longitudinal impact parameter dz = z0 of track k (cm). */
    public double dz(int k) {
        return helix[5 * k + 3];
    }

    public double drError(int k) {
        return Math.sqrt(helixCovarianceElement(k, 0, 0));
    }

    public double dzError(int k) {
        return Math.sqrt(helixCovarianceElement(k, 3, 3));
    }

    /** Element (row, column) of the 5x5 helix covariance of track k. */
    public double helixCovarianceElement(int k, int row, int column) {
        return helixCovariance[15 * k + packedIndex(Math.min(row, column), Math.max(row, column))];
    }

    /** The (p, theta, phi) covariance of track k as a 3x3 matrix. */
    public double[][] momentumCovarianceMatrix(int k) {
        double[] c = momentumCovariance;
        int o = 6 * k;
        return new double[][] {{c[o], c[o + 1], c[o + 2]}, {c[o + 1], c[o + 3], c[o + 4]},
            {c[o + 2], c[o + 4], c[o + 5]}};
    }

    public RecoTrack track(int k) {
        return new RecoTrack(k, charge[k], trackPx[k], trackPy[k], trackPz[k], dr(k), dz(k), drError(k), dzError(k),
                electronId[k], eOverP[k], matchedCluster[k], reachesEcl[k] != 0, eclEntryTheta[k], eclEntryPhi[k],
                trackTruthIndex[k], trackTruthPdg[k], TruthOrigin.ofCode(trackOrigin[k]));
    }

    // ---- clusters -----------------------------------------------------------------------------

    public double[] clusterEnergy() {
        return clusterEnergy;
    }

    public double[] clusterTheta() {
        return clusterTheta;
    }

    public double[] clusterPhi() {
        return clusterPhi;
    }

    public double[] clusterX() {
        return clusterX;
    }

    public double[] clusterY() {
        return clusterY;
    }

    public double[] clusterZ() {
        return clusterZ;
    }

    /** Cluster time relative to the collision (ns). */
    public double[] clusterTime() {
        return clusterTime;
    }

    public double[] clusterTimeError() {
        return clusterTimeError;
    }

    /** Distance to the nearest track's ECL entry point (cm), NaN if no track reaches the ECL. */
    public double[] distanceToTrack() {
        return distanceToTrack;
    }

    /** 1 = collision photon, 0 = beam background. */
    public double[] beamBackgroundScore() {
        return beamBackgroundScore;
    }

    public int[] matchedTrack() {
        return matchedTrack;
    }

    public int[] clusterTruthIndex() {
        return clusterTruthIndex;
    }

    public int[] clusterTruthPdg() {
        return clusterTruthPdg;
    }

    public byte[] clusterOrigin() {
        return clusterOrigin;
    }

    /** Truth flag: the cluster comes from the beam-background overlay. */
    public boolean isBeamBackground(int c) {
        return clusterOrigin[c] == TruthOrigin.BEAM_BACKGROUND.code();
    }

    public RecoCluster cluster(int c) {
        return new RecoCluster(c, clusterEnergy[c], clusterTheta[c], clusterPhi[c], clusterX[c], clusterY[c],
                clusterZ[c], clusterTime[c], clusterTimeError[c], distanceToTrack[c], beamBackgroundScore[c],
                matchedTrack[c], clusterTruthIndex[c], clusterTruthPdg[c], TruthOrigin.ofCode(clusterOrigin[c]));
    }

    static int packedIndex(int row, int column) {
        // upper triangle row by row: row r starts at r*5 - r*(r-1)/2
        return row * 5 - row * (row - 1) / 2 + (column - row);
    }

    // ---- binary form --------------------------------------------------------------------------

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128 + trackCount() * 300 + clusterCount() * 110
                + eventCount() * 24);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT_VERSION);
            out.writeUTF(detectorId);
            out.writeUTF(condition);
            writeDoubles(out, new double[] {beamLab.e(), beamLab.px(), beamLab.py(), beamLab.pz()});
            out.writeLong(firstEventNumber);
            out.writeInt(eventCount());
            out.writeInt(trackCount());
            out.writeInt(clusterCount());
            writeInts(out, sourceEvent);
            writeDoubles(out, weightsPb);
            writeInts(out, trackOffsets);
            writeInts(out, clusterOffsets);
            out.write(charge);
            for (double[] column : new double[][] {trackPx, trackPy, trackPz, helix, helixCovariance,
                momentumCovariance, electronId, eOverP}) {
                writeDoubles(out, column);
            }
            writeInts(out, matchedCluster);
            out.write(reachesEcl);
            writeDoubles(out, eclEntryTheta);
            writeDoubles(out, eclEntryPhi);
            writeInts(out, trackTruthIndex);
            writeInts(out, trackTruthPdg);
            out.write(trackOrigin);
            for (double[] column : new double[][] {clusterEnergy, clusterTheta, clusterPhi, clusterX, clusterY,
                clusterZ, clusterTime, clusterTimeError, distanceToTrack, beamBackgroundScore}) {
                writeDoubles(out, column);
            }
            writeInts(out, matchedTrack);
            writeInts(out, clusterTruthIndex);
            writeInts(out, clusterTruthPdg);
            out.write(clusterOrigin);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    /** Reads the binary form; throws {@link IllegalArgumentException} on foreign, corrupt or newer bytes. */
    public static RecoBlock fromBytes(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("not a reco block");
            }
            int version = in.readInt();
            if (version != FORMAT_VERSION) {
                throw new IllegalArgumentException("reco block format " + version + " unsupported; allowed: "
                        + FORMAT_VERSION);
            }
            String detector = in.readUTF();
            String condition = in.readUTF();
            double[] beam = readDoubles(in, 4);
            long first = in.readLong();
            int n = in.readInt();
            int t = in.readInt();
            int c = in.readInt();
            // 279, 93, 20: bytes per track, cluster, event in the columns below
            if (n < 0 || t < 0 || c < 0 || (long) t * 279 + (long) c * 93 + n * 20L > data.length) {
                throw new IllegalArgumentException("corrupt reco block: counts " + n + ", " + t + ", " + c);
            }
            int[] source = readInts(in, n);
            double[] weights = readDoubles(in, n);
            int[] trackOffsets = readInts(in, n + 1);
            int[] clusterOffsets = readInts(in, n + 1);
            byte[] charge = readBytes(in, t);
            double[] px = readDoubles(in, t);
            double[] py = readDoubles(in, t);
            double[] pz = readDoubles(in, t);
            double[] helix = readDoubles(in, 5 * t);
            double[] helixCov = readDoubles(in, 15 * t);
            double[] momCov = readDoubles(in, 6 * t);
            double[] eid = readDoubles(in, t);
            double[] eop = readDoubles(in, t);
            int[] matchedCluster = readInts(in, t);
            byte[] reaches = readBytes(in, t);
            double[] entryTheta = readDoubles(in, t);
            double[] entryPhi = readDoubles(in, t);
            int[] trackTruth = readInts(in, t);
            int[] trackPdg = readInts(in, t);
            byte[] trackOrigin = readBytes(in, t);
            double[][] cl = new double[10][];
            for (int k = 0; k < cl.length; k++) {
                cl[k] = readDoubles(in, c);
            }
            int[] matchedTrack = readInts(in, c);
            int[] clusterTruth = readInts(in, c);
            int[] clusterPdg = readInts(in, c);
            byte[] clusterOrigin = readBytes(in, c);
            if (trackOffsets[n] != t || clusterOffsets[n] != c) {
                throw new IllegalArgumentException("corrupt reco block: offsets do not match counts");
            }
            return new RecoBlock(detector, condition, new FourMomentum(beam[0], beam[1], beam[2], beam[3]), first,
                    source, weights, trackOffsets, clusterOffsets, charge, px, py, pz, helix, helixCov, momCov, eid,
                    eop, matchedCluster, reaches, entryTheta, entryPhi, trackTruth, trackPdg, trackOrigin, cl[0],
                    cl[1], cl[2], cl[3], cl[4], cl[5], cl[6], cl[7], cl[8], cl[9], matchedTrack, clusterTruth,
                    clusterPdg, clusterOrigin);
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated reco block", e);
        }
    }

    private static void writeDoubles(DataOutputStream out, double[] values) throws IOException {
        for (double v : values) {
            out.writeDouble(v);
        }
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        for (int v : values) {
            out.writeInt(v);
        }
    }

    private static double[] readDoubles(DataInputStream in, int n) throws IOException {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = in.readDouble();
        }
        return values;
    }

    private static int[] readInts(DataInputStream in, int n) throws IOException {
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = in.readInt();
        }
        return values;
    }

    private static byte[] readBytes(DataInputStream in, int n) throws IOException {
        byte[] values = new byte[n];
        in.readFully(values);
        return values;
    }

    /**
     * Joins blocks end to end (e.g. chunks simulated in parallel), shifting track and cluster indices.
     * All blocks must come from the same detector, condition, beams and source block.
     */
    public static RecoBlock concat(java.util.List<RecoBlock> blocks) {
        return concat(blocks, false);
    }

    /**
     * As {@link #concat(java.util.List)}; with {@code rebaseSourceEvents} the blocks are taken to be made
     * from consecutive slices of one source block, and each block's source-event indices are shifted by
     * the number of events in the blocks before it.
     */
    public static RecoBlock concat(java.util.List<RecoBlock> blocks, boolean rebaseSourceEvents) {
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("nothing to concatenate");
        }
        RecoBlock head = blocks.get(0);
        int n = 0;
        int t = 0;
        int c = 0;
        for (RecoBlock b : blocks) {
            if (!b.detectorId.equals(head.detectorId) || !b.condition.equals(head.condition)
                    || !b.beamLab.equals(head.beamLab) || b.firstEventNumber != head.firstEventNumber) {
                throw new IllegalArgumentException("cannot concatenate reco blocks of different detector, condition,"
                        + " beams or source: " + head.detectorId + "/" + head.condition + " and " + b.detectorId + "/"
                        + b.condition);
            }
            n += b.eventCount();
            t += b.trackCount();
            c += b.clusterCount();
        }
        Builder out = builder(head.detectorId, head.condition, head.beamLab, head.firstEventNumber);
        out.reserve(n, t, c);
        int shift = 0;
        for (RecoBlock b : blocks) {
            out.append(b, shift);
            shift += rebaseSourceEvents ? b.eventCount() : 0;
        }
        return out.build();
    }

    // ---- building -----------------------------------------------------------------------------

    public static Builder builder(String detectorId, String condition, FourMomentum beamLab, long firstEventNumber) {
        return new Builder(detectorId, condition, beamLab, firstEventNumber);
    }

    /** Mutable staging area for one track; the builder copies it, so one instance can be reused. */
    public static final class TrackDraft {
        public int charge;
        public double px;
        public double py;
        public double pz;
        /** d0, phi0, omega, z0, tanLambda. */
        public final double[] helix = new double[5];
        /** Packed upper triangle of the 5x5 helix covariance. */
        public final double[] helixCovariance = new double[15];
        /** pp, p-theta, p-phi, theta-theta, theta-phi, phi-phi. */
        public final double[] momentumCovariance = new double[6];
        public double electronId;
        public double eOverP = Double.NaN;
        public boolean reachesEcl;
        public double eclEntryTheta = Double.NaN;
        public double eclEntryPhi = Double.NaN;
        public int truthIndex = -1;
        public int truthPdg;
        public TruthOrigin origin = TruthOrigin.PRIMARY;
    }

    /** Mutable staging area for one cluster; the builder copies it, so one instance can be reused. */
    public static final class ClusterDraft {
        public double energyGeV;
        public double theta;
        public double phi;
        public double xCm;
        public double yCm;
        public double zCm;
        public double timeNs;
        public double timeErrorNs;
        public double distanceToTrackCm = Double.NaN;
        public double beamBackgroundScore;
        public int truthIndex = -1;
        public int truthPdg;
        public TruthOrigin origin = TruthOrigin.PRIMARY;
    }

    /** Appends events: {@code addCluster}/{@code addTrack}/{@code link} ..., then {@code endEvent}. Not thread-safe. */
    public static final class Builder {
        private final String detectorId;
        private final String condition;
        private final FourMomentum beamLab;
        private final long firstEventNumber;
        private int events;
        private int tracks;
        private int clusters;
        private int[] sourceEvent = new int[64];
        private double[] weights = new double[64];
        private int[] trackOffsets = new int[65];
        private int[] clusterOffsets = new int[65];
        private byte[] charge = new byte[64];
        private double[] px = new double[64];
        private double[] py = new double[64];
        private double[] pz = new double[64];
        private double[] helix = new double[5 * 64];
        private double[] helixCov = new double[15 * 64];
        private double[] momCov = new double[6 * 64];
        private double[] eid = new double[64];
        private double[] eop = new double[64];
        private int[] matchedCluster = new int[64];
        private byte[] reaches = new byte[64];
        private double[] entryTheta = new double[64];
        private double[] entryPhi = new double[64];
        private int[] trackTruth = new int[64];
        private int[] trackPdg = new int[64];
        private byte[] trackOrigin = new byte[64];
        private double[][] cl = new double[10][64];
        private int[] matchedTrack = new int[64];
        private int[] clusterTruth = new int[64];
        private int[] clusterPdg = new int[64];
        private byte[] clusterOrigin = new byte[64];

        private Builder(String detectorId, String condition, FourMomentum beamLab, long firstEventNumber) {
            this.detectorId = Objects.requireNonNull(detectorId, "detectorId");
            this.condition = Objects.requireNonNull(condition, "condition");
            this.beamLab = Objects.requireNonNull(beamLab, "beamLab");
            this.firstEventNumber = firstEventNumber;
        }

        public int trackCount() {
            return tracks;
        }

        public int clusterCount() {
            return clusters;
        }

        public int eventCount() {
            return events;
        }

        /** Grows the columns to hold at least the given totals. */
        void reserve(int eventTotal, int trackTotal, int clusterTotal) {
            if (eventTotal > sourceEvent.length) {
                sourceEvent = Arrays.copyOf(sourceEvent, eventTotal);
                weights = Arrays.copyOf(weights, eventTotal);
                trackOffsets = Arrays.copyOf(trackOffsets, eventTotal + 1);
                clusterOffsets = Arrays.copyOf(clusterOffsets, eventTotal + 1);
            }
            while (trackTotal > charge.length) {
                growTracks();
            }
            while (clusterTotal > matchedTrack.length) {
                growClusters();
            }
        }

        /** Appends every event of {@code b} with its indices shifted, source events by {@code sourceShift}. */
        void append(RecoBlock b, int sourceShift) {
            int t0 = tracks;
            int c0 = clusters;
            reserve(events + b.eventCount(), tracks + b.trackCount(), clusters + b.clusterCount());
            int t = b.trackCount();
            int c = b.clusterCount();
            System.arraycopy(b.charge, 0, charge, t0, t);
            System.arraycopy(b.trackPx, 0, px, t0, t);
            System.arraycopy(b.trackPy, 0, py, t0, t);
            System.arraycopy(b.trackPz, 0, pz, t0, t);
            System.arraycopy(b.helix, 0, helix, 5 * t0, 5 * t);
            System.arraycopy(b.helixCovariance, 0, helixCov, 15 * t0, 15 * t);
            System.arraycopy(b.momentumCovariance, 0, momCov, 6 * t0, 6 * t);
            System.arraycopy(b.electronId, 0, eid, t0, t);
            System.arraycopy(b.eOverP, 0, eop, t0, t);
            System.arraycopy(b.reachesEcl, 0, reaches, t0, t);
            System.arraycopy(b.eclEntryTheta, 0, entryTheta, t0, t);
            System.arraycopy(b.eclEntryPhi, 0, entryPhi, t0, t);
            System.arraycopy(b.trackTruthIndex, 0, trackTruth, t0, t);
            System.arraycopy(b.trackTruthPdg, 0, trackPdg, t0, t);
            System.arraycopy(b.trackOrigin, 0, trackOrigin, t0, t);
            for (int k = 0; k < t; k++) {
                matchedCluster[t0 + k] = b.matchedCluster[k] < 0 ? -1 : b.matchedCluster[k] + c0;
            }
            double[][] source = {b.clusterEnergy, b.clusterTheta, b.clusterPhi, b.clusterX, b.clusterY, b.clusterZ,
                b.clusterTime, b.clusterTimeError, b.distanceToTrack, b.beamBackgroundScore};
            for (int k = 0; k < cl.length; k++) {
                System.arraycopy(source[k], 0, cl[k], c0, c);
            }
            System.arraycopy(b.clusterTruthIndex, 0, clusterTruth, c0, c);
            System.arraycopy(b.clusterTruthPdg, 0, clusterPdg, c0, c);
            System.arraycopy(b.clusterOrigin, 0, clusterOrigin, c0, c);
            for (int k = 0; k < c; k++) {
                matchedTrack[c0 + k] = b.matchedTrack[k] < 0 ? -1 : b.matchedTrack[k] + t0;
            }
            tracks += t;
            clusters += c;
            for (int i = 0; i < b.eventCount(); i++) {
                sourceEvent[events] = b.sourceEvent[i] + sourceShift;
                weights[events] = b.weightsPb[i];
                events++;
                trackOffsets[events] = t0 + b.trackOffsets[i + 1];
                clusterOffsets[events] = c0 + b.clusterOffsets[i + 1];
            }
        }

        private void growClusters() {
            int size = Math.max(64, matchedTrack.length * 2);
            for (int k = 0; k < cl.length; k++) {
                cl[k] = Arrays.copyOf(cl[k], size);
            }
            matchedTrack = Arrays.copyOf(matchedTrack, size);
            clusterTruth = Arrays.copyOf(clusterTruth, size);
            clusterPdg = Arrays.copyOf(clusterPdg, size);
            clusterOrigin = Arrays.copyOf(clusterOrigin, size);
        }

        private void growTracks() {
            int size = Math.max(64, charge.length * 2);
            charge = Arrays.copyOf(charge, size);
            px = Arrays.copyOf(px, size);
            py = Arrays.copyOf(py, size);
            pz = Arrays.copyOf(pz, size);
            helix = Arrays.copyOf(helix, 5 * size);
            helixCov = Arrays.copyOf(helixCov, 15 * size);
            momCov = Arrays.copyOf(momCov, 6 * size);
            eid = Arrays.copyOf(eid, size);
            eop = Arrays.copyOf(eop, size);
            matchedCluster = Arrays.copyOf(matchedCluster, size);
            reaches = Arrays.copyOf(reaches, size);
            entryTheta = Arrays.copyOf(entryTheta, size);
            entryPhi = Arrays.copyOf(entryPhi, size);
            trackTruth = Arrays.copyOf(trackTruth, size);
            trackPdg = Arrays.copyOf(trackPdg, size);
            trackOrigin = Arrays.copyOf(trackOrigin, size);
        }

        /** Adds a cluster to the open event; returns its global index. */
        public int addCluster(ClusterDraft d) {
            if (clusters == matchedTrack.length) {
                growClusters();
            }
            int c = clusters++;
            cl[0][c] = d.energyGeV;
            cl[1][c] = d.theta;
            cl[2][c] = d.phi;
            cl[3][c] = d.xCm;
            cl[4][c] = d.yCm;
            cl[5][c] = d.zCm;
            cl[6][c] = d.timeNs;
            cl[7][c] = d.timeErrorNs;
            cl[8][c] = d.distanceToTrackCm;
            cl[9][c] = d.beamBackgroundScore;
            matchedTrack[c] = -1;
            clusterTruth[c] = d.truthIndex;
            clusterPdg[c] = d.truthPdg;
            clusterOrigin[c] = d.origin.code();
            return c;
        }

        /** Adds a track to the open event (unmatched; see {@link #link}); returns its global index. */
        public int addTrack(TrackDraft d) {
            if (tracks == charge.length) {
                growTracks();
            }
            int k = tracks++;
            charge[k] = (byte) d.charge;
            px[k] = d.px;
            py[k] = d.py;
            pz[k] = d.pz;
            System.arraycopy(d.helix, 0, helix, 5 * k, 5);
            System.arraycopy(d.helixCovariance, 0, helixCov, 15 * k, 15);
            System.arraycopy(d.momentumCovariance, 0, momCov, 6 * k, 6);
            eid[k] = d.electronId;
            eop[k] = d.eOverP;
            matchedCluster[k] = -1;
            reaches[k] = (byte) (d.reachesEcl ? 1 : 0);
            entryTheta[k] = d.eclEntryTheta;
            entryPhi[k] = d.eclEntryPhi;
            trackTruth[k] = d.truthIndex;
            trackPdg[k] = d.truthPdg;
            trackOrigin[k] = d.origin.code();
            return k;
        }

        /** Matches track {@code k} and cluster {@code c} (global indices of the open event) and sets E/p. */
        public void link(int k, int c) {
            if (k < trackOffsets[events] || k >= tracks || c < clusterOffsets[events] || c >= clusters) {
                throw new IllegalArgumentException("track " + k + " or cluster " + c + " not in the open event");
            }
            matchedCluster[k] = c;
            matchedTrack[c] = k;
            double p = Math.sqrt(px[k] * px[k] + py[k] * py[k] + pz[k] * pz[k]);
            eop[k] = cl[0][c] / p;
        }

        /** Sets the distance-to-nearest-track of cluster {@code c} (computed after all tracks are known). */
        public void setDistanceToTrack(int c, double distanceCm) {
            cl[8][c] = distanceCm;
        }

        /** Closes the open event, made from event {@code sourceIndex} of the source block. */
        public Builder endEvent(int sourceIndex, double weightPb) {
            if (events == sourceEvent.length) {
                int size = events * 2;
                sourceEvent = Arrays.copyOf(sourceEvent, size);
                weights = Arrays.copyOf(weights, size);
                trackOffsets = Arrays.copyOf(trackOffsets, size + 1);
                clusterOffsets = Arrays.copyOf(clusterOffsets, size + 1);
            }
            sourceEvent[events] = sourceIndex;
            weights[events] = weightPb;
            events++;
            trackOffsets[events] = tracks;
            clusterOffsets[events] = clusters;
            return this;
        }

        public RecoBlock build() {
            int t = tracks;
            int c = clusters;
            double[][] clusterColumns = new double[10][];
            for (int k = 0; k < 10; k++) {
                clusterColumns[k] = Arrays.copyOf(cl[k], c);
            }
            return new RecoBlock(detectorId, condition, beamLab, firstEventNumber, Arrays.copyOf(sourceEvent, events),
                    Arrays.copyOf(weights, events), Arrays.copyOf(trackOffsets, events + 1),
                    Arrays.copyOf(clusterOffsets, events + 1), Arrays.copyOf(charge, t), Arrays.copyOf(px, t),
                    Arrays.copyOf(py, t), Arrays.copyOf(pz, t), Arrays.copyOf(helix, 5 * t),
                    Arrays.copyOf(helixCov, 15 * t), Arrays.copyOf(momCov, 6 * t), Arrays.copyOf(eid, t),
                    Arrays.copyOf(eop, t), Arrays.copyOf(matchedCluster, t), Arrays.copyOf(reaches, t),
                    Arrays.copyOf(entryTheta, t), Arrays.copyOf(entryPhi, t), Arrays.copyOf(trackTruth, t),
                    Arrays.copyOf(trackPdg, t), Arrays.copyOf(trackOrigin, t), clusterColumns[0], clusterColumns[1],
                    clusterColumns[2], clusterColumns[3], clusterColumns[4], clusterColumns[5], clusterColumns[6],
                    clusterColumns[7], clusterColumns[8], clusterColumns[9], Arrays.copyOf(matchedTrack, c),
                    Arrays.copyOf(clusterTruth, c), Arrays.copyOf(clusterPdg, c), Arrays.copyOf(clusterOrigin, c));
        }
    }
}
