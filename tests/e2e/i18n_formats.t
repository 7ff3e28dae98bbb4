# What a program reads never changes with the language (SPEC §11): CSV and JSON, headers, keys,
# values and exit codes are the same bytes under es, en and pt.
$ pymes -q init && pymes -q activity add --institution SELA --area capacitación --title "Taller" --start 2026-03-02 --status realizada --highlight > /dev/null && pymes -q meeting add --date 2026-11-20 --place Lima --title "Reunión" --host SELA --attendee ALIDE > /dev/null && pymes -q project add --title "Red" --area training --lead SELA --partner ALIDE --meeting 1 --budget 25000 --currency USD --status cancelled > /dev/null && pymes -q institution withdraw CLAMPI --date 2020-01-01 > /dev/null && echo ready
ready

# (All but the one value that is the language itself: config show's language in effect.)
$ for l in es en pt; do for f in csv json; do for c in "activity list" "meeting list" "project list" "institution list" "institution list --as-of 2019-12-31" "membership list" "institution show SELA" "meeting show 1" "project show 1" "activity export" "search red" "db status" "config show"; do LANGUAGE=$l pymes -f $f $c 2>&1 | sed -e 's/{"key":"language","value":"'$l'",/{"key":"language","value":"LANG",/' -e 's/^language,'$l',/language,LANG,/' >> out.$l.$f; echo "exit ${PIPESTATUS[0]}" >> out.$l.$f; done; done; done; for f in csv json; do cmp out.es.$f out.en.$f && cmp out.pt.$f out.en.$f && echo "$f: the same in es, en and pt"; done; grep -c "exit 0" out.en.csv; grep -h '^language,' out.*.csv | sort | uniq -c
csv: the same in es, en and pt
json: the same in es, en and pt
13
      3 language,LANG,$LANGUAGE

$ for l in es en pt; do pymes --language $l -f json meeting show 9 > err.$l 2>/dev/null; echo "exit $?" >> err.$l; pymes --language $l institution export --excel > excel.$l; pymes --language $l meeting ics > ics.$l; done; cmp err.es err.en && cmp err.pt err.en && cmp excel.es excel.en && cmp excel.pt excel.en && cmp ics.es ics.en && cmp ics.pt ics.en && echo same; cat err.en
same
exit 1

# Messages are translated, their prefixes and locations are not.
$ printf 'institution,area,title\nSELA,nada,Uno\n' > bad.csv; for l in es en pt; do pymes --language $l activity import bad.csv 2>&1 | sed 's/: .*//' | sort -u; done
bad.csv:2
pymes
bad.csv:2
pymes
bad.csv:2
pymes
