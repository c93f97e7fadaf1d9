package dev.strata.server.lsp;

/** Asks the client for the {@code strata} settings again ({@code workspace/configuration}), if it can answer. */
interface SettingsSource {
  void pull();
}
