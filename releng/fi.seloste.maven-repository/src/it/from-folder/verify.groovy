def log = new File(basedir, 'build.log').text
assert log.contains('Seloste: checked 3 file(s): 0 error(s)')
assert new File(basedir, 'target/generated-notices/KuuraAsiakkaat.fi.pdf').length() > 1000
// the plugin and the Seloste jars came from the folder, with their sources
def local = new File(basedir, '../../consumer-repo/fi/seloste')
assert new File(local, 'seloste-maven-plugin').isDirectory()
assert new File(local, 'fi.seloste').listFiles().any { it.isDirectory() }
return true
