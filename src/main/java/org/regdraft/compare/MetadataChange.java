package org.regdraft.compare;

/** A changed metadata field: title, kind, issuer, status, history, announcement, effective. */
public record MetadataChange(String field, String oldValue, String newValue) {}
