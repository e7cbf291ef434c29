def log = new File(basedir, 'build.log').text
assert log.contains('kahvila.seloste:12:13: error: [fi.seloste.purposeWithoutBasis] No legal basis is stated for the purpose') ||
		log =~ /kahvila\.seloste:12:13: error: \[fi\.seloste\.purposeWithoutBasis\]/
assert log.contains('[ERROR] Failed to execute goal fi.seloste:seloste-maven-plugin')
assert log.contains('Seloste: checked 1 file(s): 7 error(s), 2 warning(s) (see above; failOnError)')
assert !(log =~ /\tat fi\.seloste\./)   // no stack trace for bad input
assert new File(basedir, 'target/seloste-junit.xml').text.contains('<failure')
assert !new File(basedir, 'target/generated-notices').exists()   // check fails first, in validate
return true
