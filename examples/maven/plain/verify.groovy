// maven-invoker-plugin: what the build must have done
def out = new File(basedir, 'target/generated-notices')
assert new File(out, 'NorthwindAnalytics.en.html').isFile()
assert new File(out, 'NorthwindAnalytics.fi.md').isFile()
assert new File(out, 'NorthwindAnalytics.tilt.json').isFile()
assert new File(basedir, 'target/seloste.sarif').text.contains('"version": "2.1.0"')
assert new File(basedir, 'target/seloste-junit.xml').text.contains('<testsuite')
def log = new File(basedir, 'build.log').text
assert log.contains('Seloste: checked 2 file(s): 0 error(s)')
assert log.contains('not filled from the source')   // the loss report of TILT
// the second build (invoker.properties) found the notices unchanged and did no work
assert log.contains('Seloste: 2 notice file(s) unchanged since the last build; nothing to do')
// generated files get the mode the umask gives a new file (0644 under umask 022), never the 0600 of a
// temporary file: the outputs are written through fi.seloste.io.AtomicWriter (issue 13)
def mode = { File f -> java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(f.toPath())) }
def probe = new File(basedir, 'target/umask-probe')
probe.delete()
java.nio.file.Files.createFile(probe.toPath())
assert mode(new File(out, 'NorthwindAnalytics.en.html')) == mode(probe)
assert mode(new File(out, 'NorthwindAnalytics.tilt.json')) == mode(probe)
return true
