// The search for a Java 21+ and the server's command line (node --test, no VS Code needed).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  findJava,
  ignoredSettingMessage,
  javaCandidates,
  javaNotFoundMessage,
  type JavaProbe,
  parseJavaMajor,
  serverArguments,
} from '../java';

const TEMURIN_25 = `Property settings:
    file.encoding = UTF-8
    java.home = /usr/lib/jvm/temurin-25-jdk-amd64
    java.specification.name = Java Platform API Specification
    java.specification.vendor = Oracle Corporation
    java.specification.version = 25
    java.vendor = Eclipse Adoptium
    java.version = 25.0.1

openjdk version "25.0.1" 2025-10-21 LTS
`;

test('the major version is read from java.specification.version', () => {
  assert.equal(parseJavaMajor(TEMURIN_25), 25);
  assert.equal(parseJavaMajor('    java.specification.version = 21\n'), 21);
  assert.equal(parseJavaMajor('    java.specification.version = 17\r\n    java.vendor = x\r\n'), 17);
  assert.equal(parseJavaMajor('    java.specification.version = 1.8\n'), 8, 'Java 8 says 1.8');
  assert.equal(parseJavaMajor('    java.vm.specification.version = 25\n'), undefined, 'not the VM specification');
  assert.equal(parseJavaMajor('bash: java: command not found'), undefined);
  assert.equal(parseJavaMajor(''), undefined);
});

test('candidates: the setting, then JAVA_HOME, then java on the PATH', () => {
  assert.deepEqual(javaCandidates('/opt/jdk-21', { JAVA_HOME: '/usr/lib/jvm/temurin-25' }, 'linux'), [
    { source: 'seloste.java.home', executable: '/opt/jdk-21/bin/java' },
    { source: 'JAVA_HOME', executable: '/usr/lib/jvm/temurin-25/bin/java' },
    { source: 'PATH', executable: 'java' },
  ]);
  assert.deepEqual(javaCandidates('  ', { JAVA_HOME: '' }, 'linux'), [{ source: 'PATH', executable: 'java' }],
    'blank settings give no candidate');
  assert.deepEqual(javaCandidates(undefined, {}, 'linux'), [{ source: 'PATH', executable: 'java' }]);
  assert.deepEqual(javaCandidates('C:\\Java\\jdk-21', { JAVA_HOME: 'D:\\jdk' }, 'win32'), [
    { source: 'seloste.java.home', executable: 'C:\\Java\\jdk-21\\bin\\java.exe' },
    { source: 'JAVA_HOME', executable: 'D:\\jdk\\bin\\java.exe' },
    { source: 'PATH', executable: 'java.exe' },
  ]);
});

function probeOf(versions: Record<string, number | undefined>): { probe: JavaProbe; probed: string[] } {
  const probed: string[] = [];
  return {
    probed,
    probe: (executable) => {
      probed.push(executable);
      return Promise.resolve(versions[executable]);
    },
  };
}

test('the first candidate with Java 21 or newer is taken, and the later ones are not run', async () => {
  const candidates = javaCandidates('/opt/old', { JAVA_HOME: '/opt/jdk21' }, 'linux');
  const { probe, probed } = probeOf({ '/opt/old/bin/java': 17, '/opt/jdk21/bin/java': 21, java: 25 });
  const search = await findJava(candidates, probe);
  assert.equal(search.found?.major, 21);
  assert.equal(search.found.candidate.source, 'JAVA_HOME');
  assert.deepEqual(probed, ['/opt/old/bin/java', '/opt/jdk21/bin/java']);
  assert.match(ignoredSettingMessage(search) ?? '', /seloste\.java\.home: .*Java 17, not Java 21\+.*Java 21 from JAVA_HOME/);
});

test('no usable Java: the message says what was tried, what to install and which setting to set', async () => {
  const candidates = javaCandidates('/opt/missing', { JAVA_HOME: '/opt/jdk17' }, 'linux');
  const { probe } = probeOf({ '/opt/jdk17/bin/java': 17 });
  const search = await findJava(candidates, probe);
  assert.equal(search.found, undefined);
  assert.equal(search.rejected.length, 3);
  const message = javaNotFoundMessage(search.rejected);
  assert.match(message, /needs Java 21 or newer/);
  assert.match(message, /seloste\.java\.home \(\/opt\/missing\/bin\/java\) does not run/);
  assert.match(message, /JAVA_HOME \(\/opt\/jdk17\/bin\/java\) is Java 17/);
  assert.match(message, /`java` on the PATH does not run/);
  assert.match(message, /Install a JDK or JRE 21\+ \(for example Eclipse Temurin/);
  assert.match(message, /set "seloste\.java\.home" to its folder/);
  assert.equal(ignoredSettingMessage(search), undefined);
});

test('a Java on the PATH alone is enough, with no warning', async () => {
  const { probe } = probeOf({ java: 21 });
  const search = await findJava(javaCandidates(undefined, {}, 'linux'), probe);
  assert.equal(search.found?.candidate.executable, 'java');
  assert.equal(ignoredSettingMessage(search), undefined);
});

test('the server command line: UTF-8, the carried jars, the lsp command; the Unsafe switch from Java 23', () => {
  assert.deepEqual(serverArguments('/home/u/.vscode/extensions/seloste.seloste-0.1.0', 21, 'linux'), [
    '-Dfile.encoding=UTF-8',
    '-Xlog:disable',
    '-Xlog:all=warning,cds*=off:stderr',
    '-cp',
    '/home/u/.vscode/extensions/seloste.seloste-0.1.0/server/lib/*',
    'fi.seloste.ide.cli.Main',
    'lsp',
  ]);
  assert.deepEqual(serverArguments('/ext', 23, 'linux').slice(0, 2), [
    '-Dfile.encoding=UTF-8',
    '--sun-misc-unsafe-memory-access=allow',
  ]);
  assert.equal(serverArguments('C:\\ext', 25, 'win32')[5], 'C:\\ext\\server\\lib\\*');
  assert.deepEqual(serverArguments('/ext', 21, 'linux', '/storage/seloste.jsa').slice(3, 5), [
    '-XX:SharedArchiveFile=/storage/seloste.jsa',
    '-XX:+AutoCreateSharedArchive',
  ]);
});
