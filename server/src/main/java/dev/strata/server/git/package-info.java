/**
 * What {@code lint} learns from git, and the rules that need it. {@link dev.strata.server.git.Git}
 * runs read-only git commands ({@code rev-parse}, {@code diff --name-only}, {@code status}, {@code
 * show}, {@code ls-tree}) through {@link java.lang.ProcessBuilder}; nothing here writes to a
 * repository. {@link dev.strata.server.git.HistoryRules} is pure: it compares the migrations on
 * disk with their copies on a base branch, as collected into a {@link
 * dev.strata.server.git.BaseBranch}, and returns model diagnostics, so the model stays free of IO.
 */
package dev.strata.server.git;
