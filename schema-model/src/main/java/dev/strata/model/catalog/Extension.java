package dev.strata.model.catalog;

/** An installed extension and the schema it put its objects in. */
public record Extension(Name name, Name schema, Origin origin) {}
