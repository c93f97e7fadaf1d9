package dev.strata.server.lsp;

import org.eclipse.lsp4j.services.LanguageServer;

/** The server as a test client sees it: the standard protocol plus Strata's own requests. */
public interface TestServer extends LanguageServer, StrataProtocol, TimelineProtocol {}
