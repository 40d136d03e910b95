// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.core.api;

import java.util.List;
import java.util.Map;

import org.riffwire.api.music.Meter;
import org.riffwire.api.music.Mode;
import org.riffwire.api.music.PitchClass;
import org.riffwire.api.spec.Instrument;
import org.riffwire.api.spec.InstrumentList;
import org.riffwire.api.spec.Length;
import org.riffwire.api.spec.MusicSpec;
import org.riffwire.api.spec.PitchSet;
import org.riffwire.api.spec.SpecField;
import org.riffwire.api.spec.SpecValue;

/** Writes a MusicSpec as JSON: one object per field with its value and provenance. */
public final class SpecJson {
    private SpecJson() {
    }

    public static String write(MusicSpec spec, Map<String, Object> extra) {
        StringBuilder sb = new StringBuilder("{\n");
        for (Map.Entry<String, Object> e : extra.entrySet()) {
            sb.append("  ").append(quote(e.getKey())).append(": ").append(scalar(e.getValue())).append(",\n");
        }
        spec.key().ifPresent(k -> sb.append("  \"key\": ").append(quote(k.toString())).append(",\n"));
        sb.append("  \"fields\": {");
        boolean first = true;
        for (SpecValue<?> v : spec.values()) {
            sb.append(first ? "\n" : ",\n");
            first = false;
            sb.append("    ").append(quote(v.field().name())).append(": {\"value\": ").append(value(v))
                    .append(", \"strength\": ").append(quote(v.strength().name().toLowerCase()))
                    .append(", \"interpreter\": ").append(quote(v.provenance().interpreter()))
                    .append(", \"words\": ").append(strings(v.provenance().words()))
                    .append(", \"confidence\": ").append(v.provenance().confidence()).append('}');
        }
        sb.append("\n  }\n}");
        return sb.toString();
    }

    private static String value(SpecValue<?> v) {
        Object value = v.value();
        if (v.field() == SpecField.TONIC) {
            return quote(PitchClass.name((Integer) value));
        }
        if (value instanceof Mode m) {
            return quote(m.displayName());
        }
        if (value instanceof Meter || value instanceof Enum<?>) {
            return quote(value.toString());
        }
        if (value instanceof Length l) {
            return l.isBars() ? "{\"bars\": " + l.bars() + "}" : "{\"seconds\": " + l.seconds() + "}";
        }
        if (value instanceof InstrumentList list) {
            StringBuilder sb = new StringBuilder("[");
            for (Instrument i : list.instruments()) {
                if (sb.length() > 1) {
                    sb.append(", ");
                }
                sb.append("{\"program\": ").append(i.program()).append(", \"name\": ").append(quote(i.name()))
                        .append(", \"role\": ").append(i.role() == null ? "null" : quote(i.role().name().toLowerCase()))
                        .append('}');
            }
            return sb.append(']').toString();
        }
        if (value instanceof PitchSet set) {
            return strings(set.pitchClasses().stream().map(PitchClass::name).toList());
        }
        return scalar(value);
    }

    private static String scalar(Object value) {
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return quote(String.valueOf(value));
    }

    private static String strings(List<String> values) {
        StringBuilder sb = new StringBuilder("[");
        for (String s : values) {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append(quote(s));
        }
        return sb.append(']').toString();
    }

    public static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
