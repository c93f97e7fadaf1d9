import * as assert from "node:assert/strict";
import { describe, it } from 'node:test';
import { JavaProbe, findJava, javaCandidates, parseJavaMajor } from '../src/java';

describe('parseJavaMajor', () => {
  const cases: Array<[string, string, number | undefined]> = [
    ['OpenJDK 17 (Debian)', 'openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)\nOpenJDK 64-Bit Server VM (build 17.0.15+6-Debian-1deb12u1, mixed mode, sharing)\n', 17],
    ['Oracle 8', 'java version "1.8.0_392"\nJava(TM) SE Runtime Environment (build 1.8.0_392-b08)\n', 8],
    ['Java 7', 'java version "1.7.0_80"\n', 7],
    ['GA release without minor', 'openjdk version "21" 2023-09-19\nOpenJDK Runtime Environment (build 21+35-2513)\n', 21],
    ['early access', 'openjdk version "22-ea" 2024-03-19\n', 22],
    ['Oracle 11 LTS', 'java version "11.0.2" 2019-01-15 LTS\n', 11],
    ['Temurin 21 with JAVA_TOOL_OPTIONS noise', 'Picked up JAVA_TOOL_OPTIONS: -Dfile.encoding=UTF-8\nopenjdk version "21.0.5" 2024-10-15 LTS\nOpenJDK Runtime Environment Temurin-21.0.5+11 (build 21.0.5+11-LTS)\n', 21],
    ['java --version style', 'openjdk 17.0.9 2023-10-17\nOpenJDK Runtime Environment (build 17.0.9+9)\n', 17],
    ['GraalVM', 'java version "23.0.1" 2024-10-15\nJava(TM) SE Runtime Environment Oracle GraalVM 23.0.1+11.1 (build 23.0.1+11-jvmci-b01)\n', 23],
    ['Windows line endings', 'openjdk version "17.0.2" 2022-01-18\r\nOpenJDK Runtime Environment (build 17.0.2+8-86)\r\n', 17],
    ['not java', 'bash: java: command not found\n', undefined],
    ['empty', '', undefined],
  ];
  for (const [name, output, expected] of cases) {
    it(`reads ${String(expected)} from ${name}`, () => assert.equal(parseJavaMajor(output), expected));
  }
});

/** A fake machine: a set of files and, per java executable, its `-version` output (or an error). */
function machine(javas: Record<string, string | Error>): JavaProbe & { ran: string[] } {
  const ran: string[] = [];
  return {
    ran,
    isFile: (f) => f in javas,
    versionOutput: async (exe) => {
      ran.push(exe);
      const out = javas[exe];
      if (out instanceof Error) {
        throw out;
      }
      return out;
    },
  };
}

const J17 = 'openjdk version "17.0.15" 2025-04-15\n';
const J21 = 'openjdk version "21.0.5" 2024-10-15 LTS\n';
const J11 = 'openjdk version "11.0.22" 2024-01-16\n';

describe('javaCandidates', () => {
  it('orders the setting, JAVA_HOME, then the first java on PATH', () => {
    const probe = machine({ '/usr/bin/java': J17, '/opt/other/java': J17 });
    const c = javaCandidates(
      { javaHome: '/opt/jdk21', env: { JAVA_HOME: '/usr/lib/jvm/17', PATH: '/nowhere:/usr/bin:/opt/other' }, platform: 'linux' },
      probe.isFile);
    assert.deepEqual(c, [
      { source: 'strata.java.home', executable: '/opt/jdk21/bin/java' },
      { source: 'JAVA_HOME', executable: '/usr/lib/jvm/17/bin/java' },
      { source: 'PATH', executable: '/usr/bin/java' },
    ]);
  });

  it('treats a blank setting and blank JAVA_HOME as unset', () => {
    const probe = machine({ '/usr/bin/java': J17 });
    const c = javaCandidates({ javaHome: '  ', env: { JAVA_HOME: '', PATH: '/usr/bin' }, platform: 'linux' }, probe.isFile);
    assert.deepEqual(c.map((x) => x.source), ['PATH']);
  });

  it('uses java.exe and ; on Windows', () => {
    const probe = machine({ 'C:\\jdk\\bin\\java.exe': J17 });
    const c = javaCandidates({ env: { Path: 'C:\\Windows;C:\\jdk\\bin' }, platform: 'win32' }, probe.isFile);
    assert.deepEqual(c, [{ source: 'PATH', executable: 'C:\\jdk\\bin\\java.exe' }]);
    assert.equal(javaCandidates({ javaHome: 'D:\\jdk17', env: {}, platform: 'win32' }, () => false)[0].executable, 'D:\\jdk17\\bin\\java.exe');
  });
});

describe('findJava', () => {
  it('prefers strata.java.home over JAVA_HOME and PATH', async () => {
    const probe = machine({ '/opt/jdk21/bin/java': J21, '/usr/lib/jvm/17/bin/java': J17, '/usr/bin/java': J17 });
    const r = await findJava({ javaHome: '/opt/jdk21', env: { JAVA_HOME: '/usr/lib/jvm/17', PATH: '/usr/bin' }, platform: 'linux' }, probe);
    assert.deepEqual(r, { kind: 'found', executable: '/opt/jdk21/bin/java', major: 21, source: 'strata.java.home', skipped: [] });
    assert.deepEqual(probe.ran, ['/opt/jdk21/bin/java']);
  });

  it('falls back to JAVA_HOME when the setting points nowhere, and says why', async () => {
    const probe = machine({ '/usr/lib/jvm/17/bin/java': J17 });
    const r = await findJava({ javaHome: '/typo/jdk', env: { JAVA_HOME: '/usr/lib/jvm/17' }, platform: 'linux' }, probe);
    assert.equal(r.kind, 'found');
    assert.equal(r.kind === 'found' && r.source, 'JAVA_HOME');
    assert.deepEqual(r.skipped, ['strata.java.home: /typo/jdk/bin/java: no such file']);
  });

  it('skips a JAVA_HOME that is too old and uses java on PATH', async () => {
    const probe = machine({ '/usr/lib/jvm/11/bin/java': J11, '/usr/bin/java': J17 });
    const r = await findJava({ env: { JAVA_HOME: '/usr/lib/jvm/11', PATH: '/usr/bin' }, platform: 'linux' }, probe);
    assert.equal(r.kind === 'found' && r.executable, '/usr/bin/java');
    assert.deepEqual(r.skipped, ['JAVA_HOME: /usr/lib/jvm/11/bin/java: Java 11 is too old (the server needs 17 or newer)']);
  });

  it('reports every reason when nothing fits', async () => {
    const probe = machine({ '/usr/bin/java': new Error('spawn EACCES'), '/opt/jdk/bin/java': 'garbage\n' });
    const r = await findJava({ javaHome: '/opt/jdk', env: { PATH: '/usr/bin' }, platform: 'linux' }, probe);
    assert.deepEqual(r, {
      kind: 'missing',
      skipped: [
        'strata.java.home: /opt/jdk/bin/java: cannot read the version from "garbage"',
        'PATH: /usr/bin/java: "java -version" failed (spawn EACCES)',
      ],
    });
  });

  it('says that nothing is configured when there is no candidate at all', async () => {
    const r = await findJava({ env: { PATH: '/usr/bin' }, platform: 'linux' }, machine({}));
    assert.deepEqual(r, { kind: 'missing', skipped: ['strata.java.home and JAVA_HOME are not set and there is no java on PATH'] });
  });
});
