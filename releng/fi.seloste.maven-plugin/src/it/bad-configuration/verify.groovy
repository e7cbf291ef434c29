def log = new File(basedir, 'build.log').text
assert log.contains("Seloste: unknown format 'docx'; known formats: html, md, pdf, ropa, json, tilt, dpv")
assert !(log =~ /\tat fi\.seloste\./)
return true
