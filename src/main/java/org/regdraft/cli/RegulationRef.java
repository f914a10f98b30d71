package org.regdraft.cli;

/** {@code REG@REV} as typed: a regulation name and an optional revision (empty = working tree). */
record RegulationRef(String name, String revision) {
  static RegulationRef parse(String arg) {
    int at = arg.lastIndexOf('@');
    if (at <= 0) return new RegulationRef(arg, "");
    return new RegulationRef(arg.substring(0, at), arg.substring(at + 1));
  }
}
