/**
 * Test infrastructure shared by the server module's tests: a real PostgreSQL 15 server
 * ({@link dev.strata.server.testing.TestPostgres}) and checks that the sample projects under
 * {@code test-workspace/} still tell the story their READMEs describe.
 */
package dev.strata.server.testing;
