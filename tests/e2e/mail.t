# language: es
# --format email (issue 18, item 8): a whole RFC 5322 message for sendmail -t, written by GMime,
# read back by Python's email package with policy.strict and accepted by a real MTA (exim4).
$ pymes -q init && pymes -q institution import $E2E/data/digest/institutions.csv && pymes -q membership import $E2E/data/digest/membership.csv && pymes -q activity import $E2E/data/digest/activities.csv && printf '[mail]\nfrom = "Coordinación del Acuerdo <coordinacion@example.org>"\nto = "partes@example.org, Secretaría Permanente <sela@example.org>"\nreply_to = "secretaria@example.org"\n' > mail.toml && echo ready
ready

# The digest: headers (Date from the registry's clock: PYMES_TODAY at midnight UTC), then the
# text and HTML digests as the two alternatives, decoded byte for byte.
$ pymes -c mail.toml digest --as-of 2026-11-25 --format email > digest.eml && grep -E '^(Date|From|Reply-To|To|Subject|MIME-Version|Content-Type|Content-Transfer-Encoding):' digest.eml | sed 's/boundary=.*/boundary=.../'
Date: Wed, 25 Nov 2026 00:00:00 +0000
From: =?iso-8859-1?q?Coordinaci=F3n?= del Acuerdo <coordinacion@example.org>
Reply-To: secretaria@example.org
Subject: Acuerdo Marco de =?UTF-8?Q?Cooperaci=C3=B3n?= Pymes: resumen semanal,
To: partes@example.org, =?iso-8859-1?q?Secretar=EDa?= Permanente
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary=...
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

$ pymes digest --as-of 2026-11-25 > digest.txt && pymes digest --as-of 2026-11-25 --format html > digest.html && python3 $E2E/mail_check.py digest.eml digest.txt digest.html
ok
Subject: Acuerdo Marco de Cooperación Pymes: resumen semanal, 2026-W47

# The same in English, and -o writes it atomically.
$ pymes -c mail.toml digest --as-of 2026-11-25 --format email --language en -o en.eml && pymes digest --as-of 2026-11-25 --language en > en.txt && pymes digest --as-of 2026-11-25 --language en --format html > en.html && python3 $E2E/mail_check.py en.eml en.txt en.html
ok
Subject: Pymes Cooperation Framework Agreement: weekly digest, 2026-W47

# A unique Message-ID every time (128 random bits, the sender's domain); the bodies are the same.
$ pymes -c mail.toml digest --as-of 2026-11-25 --format email > again.eml && grep -h '^Message-Id:' digest.eml again.eml | sed -E 's/[0-9a-f]{32}/RANDOM/' && [ "$(grep '^Message-Id:' digest.eml)" != "$(grep '^Message-Id:' again.eml)" ] && echo different
Message-Id: <20261125T000000Z.RANDOM@example.org>
Message-Id: <20261125T000000Z.RANDOM@example.org>
different

# A line of 3000 octets in a body (a title without spaces) is quoted-printable, no line over 998.
$ pymes -q activity add --institution SELA --area training --title "$(printf 'ñ%.0s' $(seq 1500))" --start 2026-11-24 > /dev/null && pymes -c mail.toml digest --week this --format email > long.eml && pymes digest --week this > long.txt && pymes digest --week this --format html > long.html && python3 $E2E/mail_check.py long.eml long.txt long.html | head -1 && awk '{ if (length($0) > m) m = length($0) } END { print "longest line:", m }' long.eml
ok
longest line: 78

# The notice of an accession, by mail: its number in the subject.
$ pymes -c mail.toml membership notice 15 --format email > notice.eml && pymes membership notice 15 > notice.txt && pymes membership notice 15 --format html > notice.html && python3 $E2E/mail_check.py notice.eml notice.txt notice.html
ok
Subject: Notificación del depositario 3/2026: Adhesión de Banco Centroamericano de Integración Económica (BCIE)

# A quiet week writes nothing; without [mail] from or to there is no message (78).
$ pymes -c mail.toml digest --as-of 2026-11-25 --week 2026-W10 --format email --quiet-if-empty | wc -c
0

$ pymes digest --as-of 2026-11-25 --format email
! pymes: error: --format email necesita el remitente: [mail] from en la configuración
! pymes: hint: agregue a la configuración: [mail] from = "Coordinación <coordinacion@example.org>"
? 78

$ printf '[mail]\nfrom = "a@example.org"\n' > half.toml && pymes -c half.toml membership notice 15 --format email
! pymes: error: --format email necesita los destinatarios: [mail] to en la configuración
! pymes: hint: agregue a la configuración: [mail] to = "partes@example.org"
? 78

# Nothing but an address reaches a header: a CR/LF in [mail] is refused when the config loads.
$ printf '[mail]\nfrom = "a@example.org"\nto = "partes@example.org\\r\\nBcc: todos@example.org"\n' > evil.toml && pymes -c evil.toml digest --format email
! pymes: error: evil.toml:3:6: 'mail.to' debe ser direcciones sin caracteres de control
! pymes: hint: corrija el archivo, o vea todas las claves con `pymes config init`
? 78

# examples/mail-digest: one line; To, From and Reply-To from the config, sendmail -t sends it
# (here a stand-in that keeps its arguments and the message); nothing at all in a quiet week.
$ printf '#!/bin/sh\necho "$*" > args\ncat > sent.eml\n' > fake-sendmail && chmod +x fake-sendmail && PYMES_CONFIG=mail.toml SENDMAIL=./fake-sendmail $E2E/../../examples/mail-digest --as-of 2026-11-25 && cat args && pymes digest --as-of 2026-11-25 > now.txt && pymes digest --as-of 2026-11-25 --format html > now.html && python3 $E2E/mail_check.py sent.eml now.txt now.html
-t
ok
Subject: Acuerdo Marco de Cooperación Pymes: resumen semanal, 2026-W47

$ rm sent.eml && PYMES_CONFIG=mail.toml SENDMAIL=./fake-sendmail $E2E/../../examples/mail-digest --as-of 2026-11-25 --week 2026-W10; echo "exit $?"; LANGUAGE=en ls sent.eml 2>&1 | head -1; grep -vc '^#' $E2E/../../examples/crontab
exit 0
ls: cannot access 'sent.eml': No such file or directory
1

# A real MTA takes the message as it is: exim4's sendmail -t reads the recipients from the
# headers and routes them (-N: no delivery, so no daemon and no mail is needed).
$ printf '[mail]\nfrom = "Coordinación <coordinacion@example.org>"\nto = "root@localhost"\n' > local.toml && pymes -c local.toml membership notice 15 --format email | /usr/sbin/sendmail -t -N -odi -v 2>&1 | grep -E '^  (<=|\*>)' | sed -E 's/<= [^ ]+ U=[^ ]+ P=local S=[0-9]+/<= USER P=local S=SIZE/; s/id=[0-9T]+Z\.[0-9a-f]{32}@/id=DATE.RANDOM@/'
  <= USER P=local S=SIZE id=DATE.RANDOM@example.org
  *> /var/mail/mail <root@localhost> R=mail4root T=address_file
