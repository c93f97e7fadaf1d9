/**
 * Finding a Java 17+ runtime for the language server, without VS Code: every input (the
 * `strata.java.home` setting, the environment, the file system, running `java -version`) is
 * passed in, so the precedence and the version parsing are unit-tested.
 *
 * Precedence: `strata.java.home`, then `JAVA_HOME`, then the first `java` on `PATH`. A candidate
 * that is missing, does not run or is older than {@link MIN_JAVA} is skipped with a reason, and
 * the next one is tried; the reasons end up in the output channel.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** The oldest Java the server runs on. */
export const MIN_JAVA = 17;

/** Where a candidate came from, in precedence order. */
export type JavaSource = 'strata.java.home' | 'JAVA_HOME' | 'PATH';

export interface JavaCandidate {
  readonly source: JavaSource;
  /** Absolute path of the `java` executable (it may not exist). */
  readonly executable: string;
}

export type JavaLookup =
  | { readonly kind: 'found'; readonly executable: string; readonly major: number; readonly source: JavaSource; readonly skipped: readonly string[] }
  | { readonly kind: 'missing'; readonly skipped: readonly string[] };

/** What {@link findJava} needs from the outside world. */
export interface JavaProbe {
  /** Whether `file` exists and is a file. */
  isFile(file: string): boolean;
  /** The combined stdout and stderr of `<executable> -version`; rejects when it cannot run. */
  versionOutput(executable: string): Promise<string>;
}

export interface JavaInputs {
  /** The `strata.java.home` setting; blank means unset. */
  readonly javaHome?: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
}

/**
 * The major version in the output of `java -version` (or `java --version`): 8 for
 * `java version "1.8.0_392"`, 17 for `openjdk version "17.0.15" 2025-04-15`, 22 for
 * `openjdk version "22-ea"`. Lines before it (`Picked up JAVA_TOOL_OPTIONS: ...`) are ignored.
 * Undefined when no version can be read.
 */
export function parseJavaMajor(output: string): number | undefined {
  const quoted = /\bversion\s+"(\d+)(?:\.(\d+))?[^"]*"/.exec(output);
  const bare = quoted ? undefined : /^(?:openjdk|java)\s+(\d+)(?:\.(\d+))?/m.exec(output);
  const m = quoted ?? bare;
  if (!m) {
    return undefined;
  }
  const first = Number(m[1]);
  if (first === 1 && m[2] !== undefined) {
    return Number(m[2]); // 1.8.0 -> 8 (Java 8 and older)
  }
  return first > 0 ? first : undefined;
}

/** The `java` executable inside a Java home folder. */
export function javaInHome(home: string, platform: NodeJS.Platform): string {
  const pathApi = platform === 'win32' ? path.win32 : path.posix;
  return pathApi.join(home, 'bin', platform === 'win32' ? 'java.exe' : 'java');
}

/** The candidates in precedence order; PATH contributes its first `java` only. */
export function javaCandidates(inputs: JavaInputs, isFile: (file: string) => boolean): JavaCandidate[] {
  const out: JavaCandidate[] = [];
  const configured = inputs.javaHome?.trim();
  if (configured) {
    out.push({ source: 'strata.java.home', executable: javaInHome(configured, inputs.platform) });
  }
  const javaHome = inputs.env.JAVA_HOME?.trim();
  if (javaHome) {
    out.push({ source: 'JAVA_HOME', executable: javaInHome(javaHome, inputs.platform) });
  }
  const onPath = findOnPath(inputs, isFile);
  if (onPath) {
    out.push({ source: 'PATH', executable: onPath });
  }
  return out;
}

function findOnPath(inputs: JavaInputs, isFile: (file: string) => boolean): string | undefined {
  const win = inputs.platform === 'win32';
  const pathApi = win ? path.win32 : path.posix;
  const pathVar = inputs.env.PATH ?? inputs.env.Path ?? '';
  for (const dir of pathVar.split(win ? ';' : ':')) {
    if (dir.trim() === '') {
      continue;
    }
    const file = pathApi.resolve(dir, win ? 'java.exe' : 'java');
    if (isFile(file)) {
      return file;
    }
  }
  return undefined;
}

/** Tries the candidates in order and returns the first Java {@link MIN_JAVA}+, with why others were skipped. */
export async function findJava(inputs: JavaInputs, probe: JavaProbe): Promise<JavaLookup> {
  const skipped: string[] = [];
  const candidates = javaCandidates(inputs, probe.isFile);
  if (candidates.length === 0) {
    skipped.push('strata.java.home and JAVA_HOME are not set and there is no java on PATH');
  }
  for (const c of candidates) {
    const verdict = await check(c, probe);
    if (typeof verdict === 'number') {
      return { kind: 'found', executable: c.executable, major: verdict, source: c.source, skipped };
    }
    skipped.push(`${c.source}: ${c.executable}: ${verdict}`);
  }
  return { kind: 'missing', skipped };
}

/** The major version when the candidate is usable, else why not. */
async function check(c: JavaCandidate, probe: JavaProbe): Promise<number | string> {
  if (!probe.isFile(c.executable)) {
    return 'no such file';
  }
  let output: string;
  try {
    output = await probe.versionOutput(c.executable);
  } catch (e) {
    return `"java -version" failed (${e instanceof Error ? e.message : String(e)})`;
  }
  const major = parseJavaMajor(output);
  if (major === undefined) {
    return `cannot read the version from "${output.trim().split('\n')[0] ?? ''}"`;
  }
  return major >= MIN_JAVA ? major : `Java ${major} is too old (the server needs ${MIN_JAVA} or newer)`;
}

/** The real file system and process runner. */
export const systemProbe: JavaProbe = {
  isFile(file: string): boolean {
    try {
      return fs.statSync(file).isFile();
    } catch {
      return false;
    }
  },
  versionOutput(executable: string): Promise<string> {
    return new Promise((resolve, reject) => {
      execFile(executable, ['-version'], { timeout: 15000, windowsHide: true }, (error, stdout, stderr) => {
        if (error) {
          reject(error);
        } else {
          resolve(`${stderr}${stdout}`);
        }
      });
    });
  },
};
