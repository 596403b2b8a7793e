package org.alpwb.api.table;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable table of named {@code double} columns of equal length, e.g. one row per selected
 * candidate with its features, scan variable, truth labels and weight. Column order is kept.
 * Arrays returned by {@link #column(String)} belong to the table and must not be modified.
 */
public final class ColumnTable {
    public static final int FORMAT_VERSION = 1;
    private static final int MAGIC = 0x43544231; // "CTB1"

    private final Map<String, double[]> columns;
    private final int rows;

    private ColumnTable(Map<String, double[]> columns, int rows) {
        this.columns = Collections.unmodifiableMap(columns);
        this.rows = rows;
    }

    public int rowCount() {
        return rows;
    }

    public List<String> columnNames() {
        return List.copyOf(columns.keySet());
    }

    public boolean hasColumn(String name) {
        return columns.containsKey(name);
    }

    /** The column; throws {@link IllegalArgumentException} naming the known columns if absent. */
    public double[] column(String name) {
        double[] values = columns.get(name);
        if (values == null) {
            throw new IllegalArgumentException("no column '" + name + "'; columns: " + columns.keySet());
        }
        return values;
    }

    /** Rows for which {@code keep[row]} is true. */
    public ColumnTable filter(boolean[] keep) {
        if (keep.length != rows) {
            throw new IllegalArgumentException("mask has " + keep.length + " rows, table " + rows);
        }
        int kept = 0;
        for (boolean k : keep) {
            kept += k ? 1 : 0;
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> entry : columns.entrySet()) {
            double[] source = entry.getValue();
            double[] target = new double[kept];
            int j = 0;
            for (int i = 0; i < rows; i++) {
                if (keep[i]) {
                    target[j++] = source[i];
                }
            }
            out.put(entry.getKey(), target);
        }
        return new ColumnTable(out, kept);
    }

    /** Stacks tables with identical column names. */
    public static ColumnTable concat(List<ColumnTable> tables) {
        if (tables.isEmpty()) {
            return builder().build();
        }
        List<String> names = tables.get(0).columnNames();
        int total = 0;
        for (ColumnTable table : tables) {
            if (!table.columnNames().equals(names)) {
                throw new IllegalArgumentException("column names differ: " + names + " vs " + table.columnNames());
            }
            total += table.rows;
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String name : names) {
            double[] target = new double[total];
            int offset = 0;
            for (ColumnTable table : tables) {
                System.arraycopy(table.column(name), 0, target, offset, table.rows);
                offset += table.rows;
            }
            out.put(name, target);
        }
        return new ColumnTable(out, total);
    }

    public static Builder builder() {
        return new Builder();
    }

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + columns.size() * (32 + rows * 8));
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT_VERSION);
            out.writeInt(columns.size());
            out.writeInt(rows);
            for (Map.Entry<String, double[]> entry : columns.entrySet()) {
                out.writeUTF(entry.getKey());
                for (double v : entry.getValue()) {
                    out.writeDouble(v);
                }
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    public static ColumnTable fromBytes(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("not a column table");
            }
            int version = in.readInt();
            if (version != FORMAT_VERSION) {
                throw new IllegalArgumentException("column table format " + version + " unsupported; allowed: "
                        + FORMAT_VERSION);
            }
            int count = in.readInt();
            int rows = in.readInt();
            Map<String, double[]> columns = new LinkedHashMap<>();
            for (int c = 0; c < count; c++) {
                String name = in.readUTF();
                double[] values = new double[rows];
                for (int i = 0; i < rows; i++) {
                    values[i] = in.readDouble();
                }
                columns.put(name, values);
            }
            return new ColumnTable(columns, rows);
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated column table", e);
        }
    }

    /** Row-wise builder with a fixed set of columns declared up front. */
    public static final class Builder {
        private final List<String> names = new ArrayList<>();
        private final List<double[]> data = new ArrayList<>();
        private int rows;

        public Builder column(String name) {
            if (names.contains(name)) {
                throw new IllegalArgumentException("duplicate column '" + name + "'");
            }
            if (rows > 0) {
                throw new IllegalStateException("declare columns before adding rows");
            }
            names.add(name);
            data.add(new double[16]);
            return this;
        }

        public Builder columns(List<String> columnNames) {
            columnNames.forEach(this::column);
            return this;
        }

        /** Adds one row; values in column-declaration order. */
        public Builder row(double... values) {
            if (values.length != names.size()) {
                throw new IllegalArgumentException("row has " + values.length + " values, table has " + names.size()
                        + " columns");
            }
            for (int c = 0; c < values.length; c++) {
                double[] column = data.get(c);
                if (rows == column.length) {
                    column = Arrays.copyOf(column, rows * 2);
                    data.set(c, column);
                }
                column[rows] = values[c];
            }
            rows++;
            return this;
        }

        public int rowCount() {
            return rows;
        }

        public ColumnTable build() {
            Map<String, double[]> columns = new LinkedHashMap<>();
            for (int c = 0; c < names.size(); c++) {
                columns.put(names.get(c), Arrays.copyOf(data.get(c), rows));
            }
            return new ColumnTable(columns, rows);
        }
    }
}
