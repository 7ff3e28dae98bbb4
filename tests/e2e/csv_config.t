# [csv] delimiter and encoding apply to export and import alike (issue 14, SPEC §4): what the
# shipped examples/config.toml exports, it imports unchanged.
$ pymes -q -R r.db init && pymes -R r.db --language en -c $E2E/../../examples/config.toml institution export > i.csv && sed -n 7p i.csv | iconv -f cp1252 -t utf-8 && LC_ALL=C grep -c 'Bol.var' i.csv && pymes -R r.db --language en -c $E2E/../../examples/config.toml institution import i.csv && pymes -R r.db -f csv institution list | sed -n 7p
BOLIVAR;Programa Bolívar;;;;;;;;party;1996-12-10;founding;Arequipa;;;BOLIVAR
1
BOLIVAR,Programa Bolívar,,,,,,,,party,1996-12-10,founding,Arequipa,,,BOLIVAR
! pymes: 11 rows: 0 added, 0 updated, 11 unchanged

# The README's pipe works with it too.
$ pymes -R r.db --language en -c $E2E/../../examples/config.toml institution export | pymes -R r.db --language en -c $E2E/../../examples/config.toml institution import -
! pymes: 11 rows: 0 added, 0 updated, 11 unchanged

# A character the encoding lacks is an error, not a '?' in the file.
$ pymes -q -R r.db institution edit SELA --notes 'Ω' > /dev/null; pymes -R r.db --language en -c $E2E/../../examples/config.toml institution export > /dev/null
! pymes: error: 'Ω' cannot be written in the configured encoding
! pymes: hint: set encoding = "utf-8" under [csv] in the config, or export with --excel (UTF-8)
? 65
