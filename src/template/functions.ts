/**
 * The names of the functions a helm template may call, as data: a misspelt one gets a "did you mean".
 * Read from the sources (names only, no code):
 *
 * - Go text/template builtins: golang/go src/text/template/funcs.go `builtins()`
 *   (commit a0d7e6984b244d66018424567d53d3f04cddc4de; the same set in Go 1.22 to 1.25).
 * - Sprig: Masterminds/sprig v3.3.0 (commit e708470d529a10ac1a3f02ab6fdd339b65958372) functions.go
 *   `genericMap`, the version both helm 3.16.4 and helm 4.1.4 pin in go.mod; helm deletes `env` and
 *   `expandenv` (pkg/engine/funcs.go).
 * - Helm: helm/helm pkg/engine/funcs.go `funcMap()` and pkg/engine/engine.go `initFunMap()` at v3.16.4
 *   (commit 7877b45b63f95635153b29a42c0c2f4273ec45ca), v3.17.0 (commit
 *   301108edc7ac2a8ba79e4ebf5701b0b6ce6a31e4) and v4.1.4 (commit 05fa37973dc9e42b76e1d2883494c87174b6074f).
 */

const names = (s: string): readonly string[] => s.split(/\s+/).filter(Boolean);

/** Go's text/template builtins. */
export const GO_BUILTINS = names(`
  and call html index slice js len not or print printf println urlquery eq ge gt le lt ne
`);

/** Sprig's functions, as helm offers them (without env and expandenv). */
export const SPRIG_FUNCTIONS = names(`
  abbrev abbrevboth add add1 add1f addf adler32sum ago all any append atoi b32dec b32enc b64dec b64enc base
  bcrypt biggest buildCustomCert camelcase cat ceil chunk clean coalesce compact concat contains date
  dateInZone dateModify date_in_zone date_modify decryptAES deepCopy deepEqual default derivePassword dict dig
  dir div divf duration durationRound empty encryptAES ext fail first float64 floor fromJson genCA genCAWithKey
  genPrivateKey genSelfSignedCert genSelfSignedCertWithKey genSignedCert genSignedCertWithKey get getHostByName
  has hasKey hasPrefix hasSuffix hello htmlDate htmlDateInZone htpasswd indent initial initials int int64 isAbs
  join kebabcase keys kindIs kindOf last list lower max maxf merge mergeOverwrite min minf mod mul mulf
  mustAppend mustChunk mustCompact mustDateModify mustDeepCopy mustFirst mustFromJson mustHas mustInitial
  mustLast mustMerge mustMergeOverwrite mustPrepend mustPush mustRegexFind mustRegexFindAll mustRegexMatch
  mustRegexReplaceAll mustRegexReplaceAllLiteral mustRegexSplit mustRest mustReverse mustSlice mustToDate
  mustToJson mustToPrettyJson mustToRawJson mustUniq mustWithout must_date_modify nindent nospace now omit
  osBase osClean osDir osExt osIsAbs pick pluck plural prepend push quote randAlpha randAlphaNum randAscii
  randBytes randInt randNumeric regexFind regexFindAll regexMatch regexQuoteMeta regexReplaceAll
  regexReplaceAllLiteral regexSplit repeat replace rest reverse round semver semverCompare seq set sha1sum
  sha256sum sha512sum shuffle slice snakecase sortAlpha split splitList splitn squote sub subf substr swapcase
  ternary title toDate toDecimal toJson toPrettyJson toRawJson toString toStrings trim trimAll trimPrefix
  trimSuffix trimall trunc tuple typeIs typeIsLike typeOf uniq unixEpoch unset until untilStep untitle upper
  urlJoin urlParse uuidv4 values without wrap wrapWith
`);

/** Helm's own functions, in every helm from 3.16 on. */
export const HELM_FUNCTIONS = names(`
  toToml toYaml fromYaml fromYamlArray toJson fromJson fromJsonArray include tpl required lookup fail getHostByName
`);

/** Helm functions newer than helm 3.16, with the release that added them. */
export const HELM_LATER_FUNCTIONS: Readonly<Record<string, string>> = {
  fromToml: 'helm 3.17',
  toYamlPretty: 'helm 3.17',
  mustToYaml: 'helm 4.0',
};

/** Every function name some helm offers. */
export const ALL_FUNCTIONS: ReadonlySet<string> = new Set([
  ...GO_BUILTINS,
  ...SPRIG_FUNCTIONS,
  ...HELM_FUNCTIONS,
  ...Object.keys(HELM_LATER_FUNCTIONS),
]);
