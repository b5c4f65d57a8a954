// The house's layers (README "Layout"), checked by `npm test`. Top to bottom:
//   entrypoints -> components -> lib/background, lib/csv, lib/campaign -> lib/shortlist -> lib/db
//   -> lib/reading | lib/scoring (siblings) -> lib/platforms -> lib/parse -> lib/i18n -> lib/schema -> lib/settings.ts
// (the words sit on the shapes they put in words: lib/i18n formats a schema's Count; a schema never needs words)
// An import only points down. scripts/, bench/ and test/ sit above everything and may use any of it.
/** The folders of lib/ a folder may not import: every one above it, and its named siblings. */
const NOT_ALLOWED = {
  background: ['csv', 'campaign'],
  csv: ['background', 'campaign'],
  campaign: ['background', 'csv'],
  shortlist: ['background', 'csv', 'campaign'],
  db: ['background', 'csv', 'campaign', 'shortlist'],
  reading: ['background', 'csv', 'campaign', 'shortlist', 'db', 'scoring'],
  scoring: ['background', 'csv', 'campaign', 'shortlist', 'db', 'reading', 'platforms'],
  platforms: ['background', 'csv', 'campaign', 'shortlist', 'db', 'reading', 'scoring'],
  parse: ['background', 'csv', 'campaign', 'shortlist', 'db', 'reading', 'scoring', 'platforms'],
  i18n: ['background', 'csv', 'campaign', 'shortlist', 'db', 'reading', 'scoring', 'platforms', 'parse'],
  schema: ['background', 'csv', 'campaign', 'shortlist', 'db', 'reading', 'scoring', 'platforms', 'parse', 'i18n'],
};

const folders = (names) => `^lib/(${names.join('|')})/`;

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import circle: split out what both sides need.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...Object.entries(NOT_ALLOWED).map(([folder, above]) => ({
      name: `lib-${folder}-points-down`,
      comment: `lib/${folder} may import only the layers below it.`,
      severity: 'error',
      from: { path: `^lib/${folder}/` },
      to: { path: folders(above) },
    })),
    {
      name: 'settings-is-the-floor',
      comment: 'lib/settings.ts is read by the language setting (lib/i18n): it imports nothing of ours.',
      severity: 'error',
      from: { path: '^lib/settings\\.ts$' },
      to: { path: '^(lib|components|entrypoints)/' },
    },
    {
      name: 'memo-is-a-floor',
      comment: 'lib/memo.ts (the one cache utility) is used by every layer: it imports nothing of ours.',
      severity: 'error',
      from: { path: '^lib/memo\\.ts$' },
      to: { path: '^(lib|components|entrypoints)/' },
    },
    {
      name: 'lib-thinks-without-react',
      comment: 'lib/ holds no React and never reaches up into the pages, scripts, benchmarks or tests.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^(components|entrypoints|scripts|bench|test)/|node_modules/(react|react-dom|react-chartjs-2|dexie-react-hooks)/' },
    },
    {
      name: 'components-below-entrypoints',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: '^(entrypoints|scripts|bench|test)/' },
    },
    {
      name: 'components-shared-is-shared',
      comment: 'components/shared serves every page and knows none of them.',
      severity: 'error',
      from: { path: '^components/shared/' },
      to: { path: '^components/(popup|sidepanel|score-card|dashboard|options|welcome)/' },
    },
    {
      name: 'components-score-card-serves-two-pages',
      comment: 'The score card is shown by the popup, the side panel and the creator detail; it knows none of them.',
      severity: 'error',
      from: { path: '^components/score-card/' },
      to: { path: '^components/(popup|sidepanel|dashboard|options|welcome)/' },
    },
    {
      name: 'components-pages-apart',
      comment: 'One page never takes a piece of another; what two share goes to shared/ or score-card/.',
      severity: 'error',
      from: { path: '^components/(popup|sidepanel|dashboard|options|welcome)/' },
      to: { path: '^components/(popup|sidepanel|dashboard|options|welcome)/', pathNot: '^components/$1/' },
    },
    {
      name: 'no-orphans',
      comment: 'A module nothing imports is dead (entrypoints, tests, scripts and configs are roots).',
      severity: 'error',
      from: { orphan: true, pathNot: ['^entrypoints/', '^test/', '^scripts/', '^bench/', '\\.d\\.ts$', '(^|/)[^/]+\\.config\\.(ts|js|cjs|mjs)$', '\\.css$'] },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.output|\\.wxt)/|^test/fixtures/' },
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports count: a type from a higher layer ties the layers as much as a value does.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
