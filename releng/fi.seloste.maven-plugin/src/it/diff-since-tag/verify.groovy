// maven-invoker-plugin: what the three builds in the repository of prebuild.groovy did
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def reports = new File(basedir, 'target/seloste')

// 1. the default baseline is the latest tag: two material changes and one editorial, logged and reported
assert log.contains('Seloste: 3 change(s) since v1.0, 2 material; reports target/seloste/diff.md, target/seloste/diff.json')
assert log.contains('The data are kept longer (GDPR Art 13(2)(a), 14(2)(a)).')
def json = new JsonSlurper().parse(new File(reports, 'diff.json'), 'UTF-8')
assert json.schemaVersion == 1
assert json.before == 'v1.0:src/main/seloste' && json.after == 'src/main/seloste'
assert json.changed && json.material
def notice = json.notices.find { it.notice == 'RevontuliKahvila' }
assert notice.changeCount == 3 && notice.materialCount == 2
assert notice.changes.findAll { it.materiality == 'material' }*.reason.sort() == ['longer-retention', 'new-recipient']
assert notice.changes.find { it.reason == 'new-recipient' }.path.endsWith('recipient TahtiPalvelu')
assert notice.changes.find { it.materiality == 'editorial' }.after.contains('Tässä tietosuojaselosteessa')
def markdown = new File(reports, 'diff.md').getText('UTF-8')
assert markdown.startsWith('## Privacy notice changes')
assert markdown.contains('#### Material changes') && markdown.contains('#### Editorial changes')

// 2. failOnMaterialChange fails the build, naming the switch, after the reports; no stack trace
assert log.contains('(failOnMaterialChange) -> [Help 1]')
assert !(log =~ /\tat fi\.seloste\./)

// 3. HEAD as the baseline: the working tree is HEAD, so no change
assert log.contains('Seloste: 0 change(s) since HEAD, 0 material')
def head = new JsonSlurper().parse(new File(reports, 'diff-head.json'), 'UTF-8')
assert !head.changed && !head.material && head.before == 'HEAD:src/main/seloste'
assert head.notices*.status == ['unchanged']

// 4. a folder as the baseline, reported in Finnish
assert log.contains('Seloste: 3 change(s) since previous, 2 material; reports target/seloste/diff-folder.md')
def folder = new JsonSlurper().parse(new File(reports, 'diff-folder.json'), 'UTF-8')
assert folder.language == 'fi' && folder.before == 'previous' && folder.notices[0].materialCount == 2
assert new File(reports, 'diff-folder.md').getText('UTF-8').contains('Tietoja säilytetään pidempään')

// 5. a baseline that names nothing: one line
assert log.contains("Seloste: baseline 'v9.9' is neither a folder or file nor a git revision of the repository of")
return true
