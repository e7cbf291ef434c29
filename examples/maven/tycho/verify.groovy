// maven-invoker-plugin: the notices are generated inside a Tycho build and packed into its bundle
def out = new File(basedir, 'notices/generated-notices')
assert new File(out, 'KuuraAsiakkaat.fi.html').isFile()
assert new File(out, 'KuuraAsiakkaat.json').isFile()
def jar = new java.util.zip.ZipFile(new File(basedir, 'notices/target').listFiles().find { it.name ==~ /com\.example\.notices-.*\.jar/ })
assert jar.getEntry('generated-notices/KuuraAsiakkaat.fi.html') != null
assert jar.getEntry('generated-notices/.seloste.lock') == null : 'the lock of generate is not packed'
def log = new File(basedir, 'build.log').text
assert log.contains('Seloste: checked 3 file(s): 0 error(s)')
assert !log.contains('LinkageError') && !log.contains('ClassCastException')
return true
