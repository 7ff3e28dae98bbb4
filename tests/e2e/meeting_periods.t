# Meetings in a period (issue 20): `meeting list --from --to`, the digest and the annual report
# read only the meetings near the period (the longest span kept bounds how early one can start,
# schema 7), and still find every meeting whose days meet it: a two-year meeting, one that ends
# on the first day, one of a single day, and not one that ended the day before.
$ pymes -q init && printf 'title,date,end_date,status\nLarga,2019-06-01,2021-06-30,held\nTermina,2021-06-20,2021-06-28,held\nUn dia,2021-06-30,,held\nAntes,2021-06-01,2021-06-27,held\nDespues,2021-07-05,,scheduled\n' | pymes -q meeting import - && pymes -f csv --columns id,title meeting list --from 2021-06-28 --to 2021-07-04
id,title
1,Larga
2,Termina
3,Un dia

# The same rows a plain scan of the table gives.
$ sqlite3 "$HOME/.local/share/pymes/registry.db" "SELECT id FROM meeting WHERE coalesce(end_date, date) >= '2021-06-28' AND date <= '2021-07-04' ORDER BY id" | paste -sd ' '
1 2 3

# The digest of that week counts the same three, and the report of 2021 all four held.
$ pymes digest --week 2021-W26 --format json | python3 -c 'import json, sys; d = json.load(sys.stdin); print(d["meetings_held"]["total"], [m["title"] for m in d["meetings_held"]["items"]])'
3 ['Larga', 'Termina', 'Un dia']

$ pymes report --year 2021 --format json | python3 -c 'import json, sys; print(json.load(sys.stdin)["meetings"]["held"])'
4
