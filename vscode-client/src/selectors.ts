/**
 * Which documents and files the server hears about. Plain data, kept out of ./client so it can be
 * tested without VS Code.
 *
 * Prisma schema files are selected by pattern, not by language id: the id `prisma` exists only
 * when the Prisma extension is installed, and without it a `.prisma` file is plain text. The
 * server shows drift diagnostics, hover and the "create migration" quick fix in them.
 */
export interface DocumentFilter {
  scheme: string;
  language?: string;
  pattern?: string;
}

/** Documents whose open/change/close the client sends: SQL migrations and Prisma schemas. */
export const DOCUMENT_SELECTOR: DocumentFilter[] = [
  { scheme: 'file', language: 'sql' },
  { scheme: 'file', pattern: '**/*.sql' },
  { scheme: 'file', pattern: '**/*.prisma' },
];

/** Files whose creation, change or deletion on disk the client reports (a history's shape, a schema). */
export const WATCHED_FILES = '**/{*.sql,*.prisma,strata.toml,migration_lock.toml,*.conf}';
