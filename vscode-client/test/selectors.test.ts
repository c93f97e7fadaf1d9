import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DOCUMENT_SELECTOR, WATCHED_FILES } from '../src/selectors';

describe('document selector', () => {
  it('sends Prisma schemas by pattern, since the prisma language id may not exist', () => {
    const prisma = DOCUMENT_SELECTOR.filter((f) => f.pattern?.endsWith('.prisma'));
    assert.deepEqual(prisma, [{ scheme: 'file', pattern: '**/*.prisma' }]);
    assert.ok(!DOCUMENT_SELECTOR.some((f) => f.language === 'prisma'));
  });

  it('still sends SQL by language and by pattern', () => {
    assert.ok(DOCUMENT_SELECTOR.some((f) => f.language === 'sql'));
    assert.ok(DOCUMENT_SELECTOR.some((f) => f.pattern === '**/*.sql'));
  });

  it('watches schema files next to migrations and configuration', () => {
    assert.ok(WATCHED_FILES.startsWith('**/{') && WATCHED_FILES.endsWith('}'), WATCHED_FILES);
    const names = WATCHED_FILES.slice('**/{'.length, -1).split(',');
    for (const name of ['*.sql', '*.prisma', 'strata.toml', 'migration_lock.toml']) {
      assert.ok(names.includes(name), `${name} is not watched by ${WATCHED_FILES}`);
    }
  });
});
