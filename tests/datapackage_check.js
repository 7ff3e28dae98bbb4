// Validates a Frictionless Data Package with the Frictionless project's own JavaScript library
// (`datapackage` from the npm registry): the descriptor against the Tabular Data Package
// profile, then every resource read whole with its types cast and its foreign keys resolved.
//   NODE_PATH=build/npm/node_modules node datapackage_check.js SITE/datapackage.json
const {Package} = require('datapackage');

(async () => {
  const dp = await Package.load(process.argv[2], {strict: false});
  if (!dp.valid) {
    for (const e of dp.errors) console.log('descriptor: ' + e.message);
    process.exit(1);
  }
  let failed = 0;
  for (const resource of dp.resources) {
    try {
      const rows = await resource.read({relations: true});
      console.log(`${resource.name}: ${rows.length} rows`);
    } catch (e) {
      failed += 1;
      console.log(`${resource.name}: ${e.message}`);
      for (const inner of e.errors || []) console.log(`  ${inner.message}`);
    }
  }
  process.exit(failed ? 1 : 0);
})().catch((e) => { console.log(e.message); process.exit(1); });
