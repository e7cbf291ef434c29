// maven-invoker-plugin, before the builds: a user's git repository with a history of its notice.
// Version 1.0 is the shipped Finnish example (copied beside the builds, see copy-examples in the plugin's
// pom), committed and tagged v1.0; version 1.1 changes it in three ways and is committed on top:
//   a longer retention of the orders (3 -> 5 years)   material, GDPR 13(2)(a)
//   a new processor for customer service              material, GDPR 13(1)(e)
//   a reworded description                            editorial
def example = new File(basedir, '../../examples/tietosuojaseloste.seloste')
assert example.isFile() : "no copy of the example at ${example}"
// a second run of the plugin's build finds the repository of the first one
new File(basedir, '.git').deleteDir()
def notice = new File(basedir, 'src/main/seloste/tietosuojaseloste.seloste')
notice.parentFile.mkdirs()

def git = { String... arguments ->
	def command = ['git', '-c', 'user.name=Seloste IT', '-c', 'user.email=it@example.com', '-c', 'commit.gpgsign=false',
			'-c', 'tag.gpgsign=false', '-c', 'init.defaultBranch=main'] + arguments.toList()
	def process = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
	def output = process.inputStream.text
	assert process.waitFor() == 0 : "${command.join(' ')}: ${output}"
	return output
}
def replace = { String text, String from, String to ->
	assert text.contains(from) : "the example no longer contains: ${from}"
	return text.replace(from, to)
}

String v1 = example.getText('UTF-8')
new File(basedir, '.gitignore').setText('target/\nbuild.log\nprevious/\n', 'UTF-8')
// the earlier version kept as a folder too, for the build that compares with a folder
new File(basedir, 'previous').mkdirs()
new File(basedir, 'previous/tietosuojaseloste.seloste').setText(v1, 'UTF-8')
notice.setText(v1, 'UTF-8')
git('init', '-q')
git('add', '.')
git('commit', '-q', '-m', 'Notice 1.0')
git('tag', 'v1.0')

String v2 = replace(v1, 'säilytys kunnes sopimuksen-päättyminen + 3 vuotta', 'säilytys kunnes sopimuksen-päättyminen + 5 vuotta')
v2 = replace(v2, 'kuvaus fi "Tässä selosteessa kerromme,', 'kuvaus fi "Tässä tietosuojaselosteessa kerromme,')
v2 = replace(v2, '''		käsittelijä AuroraMail fi''', '''		käsittelijä TahtiPalvelu fi "Tähti Palvelu Oy, asiakaspalvelun puhelin- ja sähköpostipalvelu"
			en "Tähti Palvelu Oy, customer service by phone and e-mail"
			sv "Tähti Palvelu Oy, kundtjänst per telefon och e-post" {
			nimi "Tähti Palvelu Oy"
			maa "FI"
			tiedot Yhteystiedot, Sahkoposti, Asiakaspalveluviestit
			tarkoituksiin Asiakaspalvelu
		}
		käsittelijä AuroraMail fi''')
notice.setText(v2, 'UTF-8')
git('commit', '-q', '-a', '-m', 'Notice 1.1: customer service by Tähti Palvelu, orders kept 5 years')
// a release build: HEAD itself is tagged, and the default baseline is still the tag before it (v1.0),
// not HEAD's own tag (which would always show no change)
git('tag', 'v1.1')
return true
