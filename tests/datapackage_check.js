// Validates a Frictionless Data Package with the Frictionless project's own JavaScript library
// (`datapackage` from the npm registry): the descriptor against the Tabular Data Package
// profile, then every resource read whole with its types cast and its foreign keys resolved
// (`relations: true`). With EXPECT (JSON: {resource: {rows: N, values: [text, ...]}}), each
// resource must give N rows and hold every text as one field's whole value.
//   NODE_PATH=build/npm/node_modules node datapackage_check.js SITE/datapackage.json [EXPECT]
const fs = require('fs');
const {Package} = require('datapackage');

(async () => {
  const dp = await Package.load(process.argv[2], {strict: false});
  if (!dp.valid) {
    for (const e of dp.errors) console.log('descriptor: ' + e.message);
    process.exit(1);
  }
  const expect = process.argv[3] ? JSON.parse(fs.readFileSync(process.argv[3], 'utf8')) : {};
  let failed = 0;
  for (const name of Object.keys(expect)) {
    if (!dp.getResource(name)) {
      failed += 1;
      console.log(`${name}: no such resource`);
    }
  }
  for (const resource of dp.resources) {
    try {
      const rows = await resource.read({relations: true});
      console.log(`${resource.name}: ${rows.length} rows`);
      const want = expect[resource.name];
      if (!want) continue;
      if (rows.length !== want.rows) {
        failed += 1;
        console.log(`  expected ${want.rows} rows`);
      }
      for (const text of want.values) {
        if (!rows.some((row) => row.some((cell) => cell === text))) {
          failed += 1;
          console.log(`  no field is ${JSON.stringify(text)}`);
        }
      }
    } catch (e) {
      failed += 1;
      console.log(`${resource.name}: ${e.message}`);
      for (const inner of e.errors || []) console.log(`  ${inner.message}`);
    }
  }
  process.exit(failed ? 1 : 0);
})().catch((e) => { console.log(e.message); process.exit(1); });
