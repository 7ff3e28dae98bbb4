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
