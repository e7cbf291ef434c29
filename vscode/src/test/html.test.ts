// The preview's HTML, the settings passed to the server and the commands' answers (node --test).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commonFolder, generatedSummary, readGenerateAnswer, readPreviewAnswer } from '../answers';
import { contentSecurityPolicy, escapeHtml, messagePage, withContentSecurityPolicy } from '../html';
import { serverSettings } from '../settings';

const POLICY = contentSecurityPolicy('https://webview.example');

test('the policy forbids scripts and the network', () => {
  assert.match(POLICY, /^default-src 'none'; /);
  assert.doesNotMatch(POLICY, /script-src/);
  assert.doesNotMatch(POLICY, /https?:\/\/(?!webview\.example)/);
});

test('the policy is the first element of the head', () => {
  const html = '<!DOCTYPE html>\n<html lang="fi"><head><meta charset="utf-8"><style>p{}</style></head><body>x</body></html>';
  const result = withContentSecurityPolicy(html, POLICY);
  assert.ok(result.startsWith('<!DOCTYPE html>\n<html lang="fi"><head><meta http-equiv="Content-Security-Policy" content="default-src'));
  assert.ok(result.endsWith('<meta charset="utf-8"><style>p{}</style></head><body>x</body></html>'));
  assert.equal(result.match(/Content-Security-Policy/g)?.length, 1);
  assert.ok(result.includes(`content="default-src 'none'; img-src https://webview.example data:;`), 'the policy as written');
});

test('a document without a head gets one', () => {
  assert.match(withContentSecurityPolicy('<html><body>x</body></html>', POLICY), /^<html><head><meta http-equiv="Content-Security-Policy"[^>]*><\/head><body>/);
  assert.match(withContentSecurityPolicy('<!doctype html><p>x', POLICY), /^<!doctype html><head><meta http-equiv/);
  assert.match(withContentSecurityPolicy('<p>x', POLICY), /^<head><meta http-equiv.*<\/head><p>x$/);
  assert.doesNotMatch(withContentSecurityPolicy('<header>h</header>', POLICY), /<header><meta/, '<header> is not <head>');
});

test('messages are escaped in the message page', () => {
  const page = messagePage('No preview', ['<script>alert(1)</script> & "x"'], POLICY);
  assert.ok(page.includes('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;'));
  assert.ok(!page.includes('<script>'));
  assert.equal(escapeHtml(`'`), '&#39;');
});

test('settings: values of the wrong kind fall back to the defaults; java.home is not sent', () => {
  assert.deepEqual(serverSettings(() => undefined), {
    messageLanguage: 'auto',
    generateOnSave: false,
    outputFolder: 'generated-notices',
    formats: [],
    languages: [],
  });
  const values: Record<string, unknown> = {
    messageLanguage: 'fi',
    generateOnSave: true,
    outputFolder: ' out/notices ',
    formats: ['html', 'pdf', 'docx', 'html', 3],
    languages: ['sv', 'de', 'fi'],
    'java.home': '/opt/jdk',
  };
  const settings = serverSettings((key) => values[key]);
  assert.deepEqual(settings, {
    messageLanguage: 'fi',
    generateOnSave: true,
    outputFolder: 'out/notices',
    formats: ['html', 'pdf'],
    languages: ['sv', 'fi'],
  });
  assert.equal(serverSettings((key) => (key === 'messageLanguage' ? 'sv' : 'yes')).messageLanguage, 'auto');
  assert.equal(serverSettings((key) => (key === 'generateOnSave' ? 'true' : undefined)).generateOnSave, false);
});

test('the preview answer is read defensively', () => {
  assert.deepEqual(readPreviewAnswer({ notice: 'Asiakasrekisteri', language: 'fi', html: '<!DOCTYPE html>', draft: true, messages: [] }), {
    notice: 'Asiakasrekisteri', language: 'fi', html: '<!DOCTYPE html>', draft: true, messages: [],
  });
  assert.deepEqual(readPreviewAnswer({ messages: ['no notice', 7] }), {
    notice: undefined, language: undefined, html: undefined, draft: false, messages: ['no notice'],
  });
  assert.deepEqual(readPreviewAnswer(null).messages, []);
  assert.deepEqual(readGenerateAnswer({ written: ['/w/a.html', null], messages: 'x' }), { written: ['/w/a.html'], messages: [] });
});

test('the summary after generating names the count and the folder', () => {
  const written = ['/w/generated-notices/a/fi/notice.html', '/w/generated-notices/a/en/notice.html', '/w/generated-notices/a/fi/notice.pdf'];
  assert.equal(commonFolder(written), '/w/generated-notices/a');
  assert.equal(generatedSummary(written, commonFolder(written)), 'Seloste wrote 3 files into /w/generated-notices/a.');
  assert.equal(generatedSummary(['/x/y.md'], commonFolder(['/x/y.md'])), 'Seloste wrote 1 file into /x.');
  assert.equal(generatedSummary([], undefined), 'Seloste wrote no files.');
  assert.equal(commonFolder(['C:\\w\\out\\a.html', 'C:\\w\\out\\b\\c.md']), 'C:\\w\\out');
  assert.equal(commonFolder([]), undefined);
});
