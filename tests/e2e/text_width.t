# Text at 72 columns (SPEC §5, issue 29 item 4): the digest (and the text part of its e-mail),
# the membership notice and the annual report fit every line in 72 columns of display width
# (characters, not bytes; wide characters count 2), breaking a word longer than the line, a
# long digest.title and its underline, and long institution names, and lose no word.
$ pymes -q init && W=$(python3 -c 'print("Fortalecimiento" * 20)') && pymes -q institution add FOMIPYME --name "Fondo Colombiano de Modernización y Desarrollo Tecnológico de las Micro, Pequeñas y Medianas Empresas del Sector Manufacturero" --country CO --scope regional > /dev/null && pymes -q accede FOMIPYME --date 2026-11-17 --place "Santa Fe de Bogotá, Distrito Capital" --reference "Nota $W" > /dev/null && pymes -q activity add --institution FOMIPYME --area training --title "Taller $W de exportación para 日本語の中小企業 y pymes" --start 2026-11-18 --end 2026-11-19 --highlight > /dev/null && printf '[digest]\ntitle = "Boletín semanal del Acuerdo Marco de Cooperación Interinstitucional entre las Instituciones Latinoamericanas de Apoyo al Desarrollo de las Pymes"\nmax_items = 1\n[mail]\nfrom = "a@example.org"\nto = "b@example.org"\n' > long.toml && echo "$W" > word && pymes membership list | grep -c FOMIPYME
1

$ for l in es en pt; do pymes -c long.toml digest --as-of 2026-11-25 --language $l | python3 $E2E/width_check.py "$(cat word)" "Boletín semanal del Acuerdo Marco de Cooperación Interinstitucional entre las Instituciones Latinoamericanas de Apoyo al Desarrollo de las Pymes" "Fondo Colombiano de Modernización y Desarrollo Tecnológico de las Micro, Pequeñas y Medianas Empresas del Sector Manufacturero (FOMIPYME)" "Taller $(cat word) de exportación para 日本語の中小企業 y pymes"; done
ok
ok
ok

# The title's underline is as wide as its widest line, not as the whole title.
$ pymes -c long.toml digest --as-of 2026-11-25 --language es | sed -n 1,4p
Boletín semanal del Acuerdo Marco de Cooperación Interinstitucional
entre las Instituciones Latinoamericanas de Apoyo al Desarrollo de las
Pymes
======================================================================

# The text part of the e-mail is the same text, and fits too.
$ pymes -c long.toml digest --as-of 2026-11-25 --format email | python3 -c 'import email, sys; m = email.message_from_binary_file(sys.stdin.buffer); print(next(p for p in m.walk() if p.get_content_type() == "text/plain").get_payload(decode=True).decode())' | python3 $E2E/width_check.py "$(cat word)" "Desarrollo Tecnológico de las Micro, Pequeñas y Medianas Empresas"
ok

$ for l in es en pt; do pymes membership notice 12 --language $l | python3 $E2E/width_check.py "$(cat word)" "Fondo Colombiano de Modernización y Desarrollo Tecnológico de las Micro, Pequeñas y Medianas Empresas del Sector Manufacturero (FOMIPYME)" "Santa Fe de Bogotá, Distrito Capital"; done
ok
ok
ok

$ for l in es en pt; do pymes report --year 2026 --as-of 2026-11-25 --language $l | python3 $E2E/width_check.py "$(cat word)" "Taller $(cat word) de exportación para 日本語の中小企業 y pymes" "FOMIPYME"; done
ok
ok
ok

# A word longer than the line fills whole lines, then the rest goes on as usual.
$ pymes membership notice 12 --language en | grep -A6 '^Reference:'
Reference:   Nota
             FortalecimientoFortalecimientoFortalecimientoFortalecimient
             oFortalecimientoFortalecimientoFortalecimientoFortalecimien
             toFortalecimientoFortalecimientoFortalecimientoFortalecimie
             ntoFortalecimientoFortalecimientoFortalecimientoFortalecimi
             entoFortalecimientoFortalecimientoFortalecimientoFortalecim
             iento
