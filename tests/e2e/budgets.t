# Budgets in JSON are strings with two decimals (issue 14, SPEC §4), so no JSON reader rounds them.
$ pymes -q init && pymes -f json project add --title Grande --area info --lead SELA --budget 99999999999999.99 --currency USD | python3 -c 'import json, sys; print(repr(json.load(sys.stdin)["budget"]))'
'99999999999999.99'

$ pymes -f json project show 1 | python3 -c 'import json, sys; print(repr(json.load(sys.stdin)["budget"]))'; pymes -f json project list | python3 -c 'import json, sys; print(repr(json.load(sys.stdin)[0]["budget"]))'; pymes project export --format json | python3 -c 'import json, sys; print(repr(json.load(sys.stdin)[0]["budget"]))'
'99999999999999.99'
'99999999999999.99'
'99999999999999.99'

$ pymes project export | cut -d, -f11
budget
99999999999999.99

# Totals never overflow into a wrong figure (issue 28, item 11): 100 budgets of
# 999,999,999,999,999.99 add up to more than an amount holds, and the report says so (65).
$ (echo "title,area,lead,budget,currency,start_on,end_on"; for i in $(seq 1 100); do echo "Grande $i,training,SELA,999999999999999.99,USD,2026-01-01,2026-12-31"; done) > big.csv && pymes -q -R big.db init && pymes -q -R big.db project import big.csv && pymes -R big.db report --year 2026 --format json
! pymes: error: the budgets in USD add up to more than 92233720368547758.07 USD: too large to total
! pymes: hint: `pymes project list` shows every budget; correct the one that is wrong
? 65
