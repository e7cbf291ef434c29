// Finding a Java 21+ to run the language server: the setting seloste.java.home, then JAVA_HOME, then
// `java` on the PATH. The pure parts (candidates, version parsing, the server's command line, the
// message when nothing fits) are separate from running a process, so that they can be tested without
// VS Code and without a Java.
import { execFile } from 'node:child_process';
import * as path from 'node:path';

/** The oldest Java the server runs on (Eclipse Platform and Xtext 2.42 need Java 21). */
export const MINIMUM_JAVA = 21;

/** Where a candidate comes from, as the user knows it. */
export type JavaSource = 'seloste.java.home' | 'JAVA_HOME' | 'PATH';

export interface JavaCandidate {
  readonly source: JavaSource;
  /** A path to a java executable, or the bare command name for the one on the PATH. */
  readonly executable: string;
}

export interface Java {
  readonly candidate: JavaCandidate;
  readonly major: number;
}

/** A candidate that did not fit, and why (for the message to the user). */
export interface Rejection {
  readonly candidate: JavaCandidate;
  /** The major version it reported, or undefined when it did not run. */
  readonly major: number | undefined;
}

export type JavaSearch =
  | { readonly found: Java; readonly rejected: readonly Rejection[] }
  | { readonly found: undefined; readonly rejected: readonly Rejection[] };

export function javaExecutableName(platform: NodeJS.Platform): string {
  return platform === 'win32' ? 'java.exe' : 'java';
}

function pathsOf(platform: NodeJS.Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix;
}

/** The java executable inside a Java home folder. */
export function javaInHome(home: string, platform: NodeJS.Platform): string {
  return pathsOf(platform).join(home, 'bin', javaExecutableName(platform));
}

/** The candidates in the order they are tried; empty settings and variables give no candidate. */
export function javaCandidates(
  javaHomeSetting: string | undefined,
  environment: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform,
): JavaCandidate[] {
  const candidates: JavaCandidate[] = [];
  const setting = javaHomeSetting?.trim();
  if (setting) {
    candidates.push({ source: 'seloste.java.home', executable: javaInHome(setting, platform) });
  }
  const javaHome = environment.JAVA_HOME?.trim();
  if (javaHome) {
    candidates.push({ source: 'JAVA_HOME', executable: javaInHome(javaHome, platform) });
  }
  candidates.push({ source: 'PATH', executable: javaExecutableName(platform) });
  return candidates;
}

/**
 * The major version in the output of `java -XshowSettings:properties -version` (its
 * `java.specification.version = 21` line; `1.8` is Java 8), or undefined when there is none.
 */
export function parseJavaMajor(output: string): number | undefined {
  const match = /^\s*java\.specification\.version\s*=\s*(\d+)(?:\.(\d+))?\s*$/m.exec(output);
  if (!match?.[1]) {
    return undefined;
  }
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/** Runs a java executable to learn its major version; resolves undefined when it does not run. */
export type JavaProbe = (executable: string) => Promise<number | undefined>;

/** Tries the candidates in order; the first with Java 21 or newer is found. */
export async function findJava(candidates: readonly JavaCandidate[], probe: JavaProbe): Promise<JavaSearch> {
  const rejected: Rejection[] = [];
  for (const candidate of candidates) {
    const major = await probe(candidate.executable);
    if (major !== undefined && major >= MINIMUM_JAVA) {
      return { found: { candidate, major }, rejected };
    }
    rejected.push({ candidate, major });
  }
  return { found: undefined, rejected };
}

/** The probe that runs the executable (stdout and stderr both: Java prints its settings on stderr). */
export const runJavaProbe: JavaProbe = (executable) =>
  new Promise((resolve) => {
    execFile(
      executable,
      ['-XshowSettings:properties', '-version'],
      { timeout: 20_000, windowsHide: true },
      (_error, stdout, stderr) => {
        // `java -version` exits 0; a missing file gives an error and no output
        resolve(parseJavaMajor(`${stderr}\n${stdout}`));
      },
    );
  });

/**
 * JVM options of the server: UTF-8 files; on Java 23+ no warning about Guice's use of sun.misc.Unsafe; the
 * JVM's own warnings on standard error, never on the LSP channel (standard output), class-data sharing's
 * not at all (an archive it cannot use only costs the speed-up); and, given a file in
 * the extension's storage, class-data sharing (the first start archives the classes it loaded, later
 * starts map them), as `./seloste` does.
 */
export function jvmOptions(major: number, classArchive?: string): string[] {
  const options = ['-Dfile.encoding=UTF-8'];
  if (major >= 23) {
    options.push('--sun-misc-unsafe-memory-access=allow');
  }
  options.push('-Xlog:disable', '-Xlog:all=warning,cds*=off:stderr');
  if (classArchive) {
    options.push(`-XX:SharedArchiveFile=${classArchive}`, '-XX:+AutoCreateSharedArchive');
  }
  return options;
}

/** Main class of the Seloste command line; `lsp` starts the language server on stdio. */
export const SERVER_MAIN_CLASS = 'fi.seloste.ide.cli.Main';

/**
 * The arguments of `java` that start the server from the jars the extension carries in
 * `server/lib` (java expands the `*` itself, no shell is involved).
 */
export function serverArguments(
  extensionPath: string,
  major: number,
  platform: NodeJS.Platform,
  classArchive?: string,
): string[] {
  const classpath = pathsOf(platform).join(extensionPath, 'server', 'lib', '*');
  return [...jvmOptions(major, classArchive), '-cp', classpath, SERVER_MAIN_CLASS, 'lsp'];
}

function describe(rejection: Rejection): string {
  const where =
    rejection.candidate.source === 'PATH'
      ? '`java` on the PATH'
      : `${rejection.candidate.source} (${rejection.candidate.executable})`;
  return rejection.major === undefined ? `${where} does not run` : `${where} is Java ${rejection.major}`;
}

/** What the user reads when no Java fits: what was tried, what to install, which setting to set. */
export function javaNotFoundMessage(rejected: readonly Rejection[]): string {
  const tried = rejected.map(describe).join('; ');
  return (
    `Seloste needs Java ${MINIMUM_JAVA} or newer to run its language server, and found none` +
    (tried ? ` (${tried})` : '') +
    `. Install a JDK or JRE ${MINIMUM_JAVA}+ (for example Eclipse Temurin from https://adoptium.net), ` +
    'then set "seloste.java.home" to its folder (or set JAVA_HOME, or put its java on the PATH) and reload the window.'
  );
}

/** A warning when the setting names an unusable Java but another one was found. */
export function ignoredSettingMessage(search: JavaSearch): string | undefined {
  const setting = search.rejected.find((rejection) => rejection.candidate.source === 'seloste.java.home');
  if (!search.found || !setting) {
    return undefined;
  }
  return (
    `seloste.java.home: ${describe(setting)}, not Java ${MINIMUM_JAVA}+; the language server runs on ` +
    `Java ${search.found.major} from ${search.found.candidate.source} instead.`
  );
}
