/**
 * The rules, one class per rule. A rule's id is its class name without {@code Check} in kebab case
 * ({@code AddingNotNullColumnCheck} is {@code adding-not-null-column}); its fixture is
 * {@code fixtures/checks/<id>.sql}; its class Javadoc is its user documentation
 * ({@code docs/rules/<id>.md} is generated from it). Every class here must be registered in
 * {@link dev.strata.model.check.Checks#ALL}; only rule classes live in this package.
 */
package dev.strata.model.check.rules;
