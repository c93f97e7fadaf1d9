package dev.strata.model.catalog;

/** A schema (namespace). */
public record Schema(Name name, Origin origin) {}
