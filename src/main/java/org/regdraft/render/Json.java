package org.regdraft.render;

import java.util.Collection;
import java.util.Map;

/**
 * A minimal JSON writer for the CLI's machine-readable output (maps keep insertion order). Only
 * writing is needed; nothing in regdraft parses JSON.
 */
public final class Json {
  private Json() {}

  public static String write(Object value) {
    StringBuilder sb = new StringBuilder();
    write(sb, value, 0, true);
    return sb.toString();
  }

  /** Compact, one line. */
  public static String compact(Object value) {
    StringBuilder sb = new StringBuilder();
    write(sb, value, 0, false);
    return sb.toString();
  }

  private static void write(StringBuilder sb, Object v, int indent, boolean pretty) {
    if (v == null) sb.append("null");
    else if (v instanceof String s) string(sb, s);
    else if (v instanceof Number || v instanceof Boolean) sb.append(v);
    else if (v instanceof java.util.Optional<?> o) write(sb, o.orElse(null), indent, pretty);
    else if (v instanceof Map<?, ?> m) {
      if (m.isEmpty()) {
        sb.append("{}");
        return;
      }
      sb.append('{');
      boolean first = true;
      for (var e : m.entrySet()) {
        if (!first) sb.append(',');
        first = false;
        newline(sb, indent + 1, pretty);
        string(sb, String.valueOf(e.getKey()));
        sb.append(pretty ? ": " : ":");
        write(sb, e.getValue(), indent + 1, pretty);
      }
      newline(sb, indent, pretty);
      sb.append('}');
    } else if (v instanceof Collection<?> c) {
      if (c.isEmpty()) {
        sb.append("[]");
        return;
      }
      sb.append('[');
      boolean first = true;
      for (Object o : c) {
        if (!first) sb.append(',');
        first = false;
        newline(sb, indent + 1, pretty);
        write(sb, o, indent + 1, pretty);
      }
      newline(sb, indent, pretty);
      sb.append(']');
    } else string(sb, String.valueOf(v));
  }

  private static void newline(StringBuilder sb, int indent, boolean pretty) {
    if (pretty) sb.append('\n').append("  ".repeat(indent));
  }

  private static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') sb.append(String.format("\\u%04x", (int) c));
          else sb.append(c);
        }
      }
    }
    sb.append('"');
  }
}
