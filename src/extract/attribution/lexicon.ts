// Word lists for the attribution stage: reporting verbs, hedges, negations, roles, irregular verbs.
// Plain data, no logic beyond building the form -> lemma maps once at load time.

/** How a reporting verb behaves. */
export interface ReportingVerb {
  lemma: string;
  /** the verb marks the reported content as uncertain ("estimated", "believes", "alleged") */
  hedge: boolean;
  /** the verb denies the reported content ("denied", "rejected claims") */
  denial: boolean;
  /**
   * `speech`: any subject can be the source ("X said", "X confirmed the removal").
   * `record`: the subject is the source when it records, counts or publishes a figure ("Security Hero
   * recorded nearly 96,000 videos", "Police have received 118 reports"); never a place ("West Bengal
   * recorded the highest turnout").
   * `data`: only a data-like subject is a source ("Exit polls gave Lugo a 43-37 lead").
   */
  kind: 'speech' | 'record' | 'data';
  /** the verb is a speech verb only before a clause, a quote or the end ("he added that ..."), not before
   * a plain object ("the private sector added 67,000 jobs") */
  clauseOnly: boolean;
  /** "told AFP", "informed the court": a listener may follow the verb */
  listener: boolean;
}

type Spec = [lemma: string, opts?: Partial<Omit<ReportingVerb, 'lemma'>> & { forms?: string[] }];

// Forms are generated for regular verbs; irregular or consonant-doubling verbs list their forms.
const SPECS: Spec[] = [
  ['say', { forms: ['say', 'says', 'said', 'saying'] }],
  ['tell', { forms: ['tell', 'tells', 'told', 'telling'], listener: true }],
  ['inform', { listener: true }],
  ['assure', { listener: true }],
  ['brief', { listener: true, clauseOnly: true }],
  ['announce'],
  ['state', { clauseOnly: true }],
  ['add', { clauseOnly: true }],
  ['note', { clauseOnly: true }],
  ['explain', { clauseOnly: true }],
  ['insist', { clauseOnly: true }],
  ['warn', { clauseOnly: true, listener: true }],
  ['stress', { clauseOnly: true }],
  ['emphasize', { clauseOnly: true }],
  ['emphasise', { clauseOnly: true }],
  ['reiterate', { clauseOnly: true }],
  ['declare', { clauseOnly: true }],
  ['assert', { clauseOnly: true }],
  ['maintain', { clauseOnly: true }],
  ['argue', { clauseOnly: true }],
  ['testify', { forms: ['testify', 'testifies', 'testified', 'testifying'], clauseOnly: true }],
  ['narrate', { clauseOnly: true }],
  ['tweet', { clauseOnly: true }],
  ['write', { forms: ['write', 'writes', 'wrote', 'written', 'writing'], clauseOnly: true }],
  ['comment', { clauseOnly: true }],
  ['remark', { clauseOnly: true }],
  ['recall', { clauseOnly: true }],
  ['repeat'],
  ['read', { forms: ['read', 'reads'], clauseOnly: true }],
  ['acknowledge'],
  ['admit', { forms: ['admit', 'admits', 'admitted', 'admitting'] }],
  ['concede', { clauseOnly: true }],
  ['confirm'],
  ['report'],
  ['reveal'],
  ['disclose'],
  ['publish', { forms: ['publish', 'publishes', 'published', 'publishing'] }],
  ['mention'],
  ['observe', { clauseOnly: true }],
  ['conclude', { clauseOnly: true }],
  ['calculate', { clauseOnly: true }],
  ['show', { forms: ['show', 'shows', 'showed', 'shown', 'showing'] }],
  ['indicate'],
  ['suggest', { hedge: true }],
  ['find', { forms: ['find', 'finds', 'found', 'finding'], clauseOnly: true }],
  ['discover', { clauseOnly: true }],
  ['claim', { hedge: true }],
  ['allege', { hedge: true }],
  ['accuse', { hedge: true }],
  ['estimate', { hedge: true }],
  ['believe', { hedge: true, clauseOnly: true }],
  ['think', { forms: ['think', 'thinks', 'thought', 'thinking'], hedge: true, clauseOnly: true }],
  ['suspect', { hedge: true, clauseOnly: true }],
  ['expect', { hedge: true }],
  ['predict', { hedge: true }],
  ['forecast', { forms: ['forecast', 'forecasts', 'forecasted', 'forecasting'], hedge: true }],
  ['project', { hedge: true }],
  ['fear', { hedge: true, clauseOnly: true }],
  ['speculate', { hedge: true, clauseOnly: true }],
  ['deny', { forms: ['deny', 'denies', 'denied', 'denying'], denial: true }],
  ['dismiss', { forms: ['dismiss', 'dismisses', 'dismissed', 'dismissing'], denial: true }],
  ['reject', { denial: true }],
  ['refute', { denial: true }],
  // the subject is the source when it records or publishes a figure
  ['record', { kind: 'record' }],
  ['register', { kind: 'record' }],
  ['count', { kind: 'record' }],
  ['tally', { forms: ['tally', 'tallies', 'tallied', 'tallying'], kind: 'record' }],
  ['log', { forms: ['log', 'logs', 'logged', 'logging'], kind: 'record' }],
  ['document', { kind: 'record' }],
  ['receive', { kind: 'record' }],
  ['release', { kind: 'record' }],
  ['revise', { kind: 'record' }],
  ['put', { forms: ['put', 'puts', 'putting'], kind: 'record' }],
  // only a data-like subject ("exit polls", "the figures") makes these a source
  ['point', { kind: 'data' }],
  ['give', { forms: ['give', 'gives', 'gave', 'given', 'giving'], kind: 'data' }],
  ['place', { kind: 'data' }],
];

function regularForms(lemma: string): string[] {
  if (lemma.endsWith('e')) return [lemma, `${lemma}s`, `${lemma}d`, `${lemma.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(lemma)) return [lemma, `${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`, `${lemma}ing`];
  if (/(s|sh|ch|x)$/.test(lemma)) return [lemma, `${lemma}es`, `${lemma}ed`, `${lemma}ing`];
  return [lemma, `${lemma}s`, `${lemma}ed`, `${lemma}ing`];
}

/** lower-case verb form -> reporting verb */
export const REPORTING_FORMS: ReadonlyMap<string, ReportingVerb> = (() => {
  const map = new Map<string, ReportingVerb>();
  for (const [lemma, opts = {}] of SPECS) {
    const verb: ReportingVerb = {
      lemma,
      hedge: opts.hedge ?? false,
      denial: opts.denial ?? false,
      kind: opts.kind ?? 'speech',
      clauseOnly: opts.clauseOnly ?? false,
      listener: opts.listener ?? false,
    };
    for (const form of opts.forms ?? regularForms(lemma)) if (!map.has(form)) map.set(form, verb);
  }
  return map;
})();

/** Objects that make "received" a recording verb ("Police have received 118 reports"), unlike
 * "Syrankov received 3.21%" (a candidate receiving votes is not a source). */
export const RECEIVED_OBJECTS = new Set([
  'report', 'reports', 'complaint', 'complaints', 'call', 'calls', 'tip', 'tips', 'tip-off', 'tip-offs',
  'application', 'applications', 'request', 'requests', 'claim', 'claims', 'notification', 'notifications',
  'submission', 'submissions', 'referral', 'referrals', 'petition', 'petitions', 'inquiry', 'inquiries',
]);

/** Head nouns of data-like subjects that are a source whatever their verb ("Data from 2019 showed"). */
export const DATA_NOUNS = new Set([
  'data', 'figure', 'figures', 'statistic', 'statistics', 'stats', 'result', 'results', 'poll', 'polls',
  'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'census', 'count', 'tally', 'estimate',
  'estimates', 'projection', 'projections', 'analysis', 'research', 'record', 'records', 'numbers',
  'index', 'audit', 'review', 'assessment', 'bulletin', 'statement', 'document', 'documents', 'release',
]);

/** Subjects that never record a figure as a source, even with "recorded" ("the economy recorded"). */
export const NON_SOURCE_HEADS = new Set([
  'economy', 'country', 'nation', 'state', 'city', 'region', 'province', 'county', 'district', 'market',
  'markets', 'sector', 'industry', 'turnout', 'unemployment', 'inflation', 'growth', 'gdp', 'index',
  'area', 'village', 'town', 'island', 'capital', 'team', 'side', 'club', 'stock', 'stocks', 'shares',
  'currency', 'price', 'prices', 'rate', 'rates', 'temperature', 'quarter', 'year', 'month', 'week',
]);

/** Last words of place names ("Uttar Pradesh", "Kwara State", "Lee County"). */
export const PLACE_SUFFIXES = new Set([
  'pradesh', 'province', 'state', 'states', 'county', 'city', 'region', 'district', 'island', 'islands',
  'valley', 'kingdom', 'republic', 'prefecture', 'territory', 'oblast', 'governorate', 'emirate', 'bengal',
]);
export const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest', 'southeast', 'southwest']);

/** Role nouns: a chunk holding one is an appositive of the name before it ("Woo Jong-soo, head of ...").
 * Also speakers in their own right ("a police official said"). */
export const ROLE_NOUNS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'official', 'officials', 'minister', 'secretary',
  'director', 'chair', 'chairman', 'chairwoman', 'chairperson', 'head', 'chief', 'president', 'vice-president',
  'governor', 'mayor', 'commissioner', 'inspector', 'officer', 'superintendent', 'sheriff', 'coroner',
  'judge', 'justice', 'prosecutor', 'attorney', 'lawyer', 'counsel', 'economist', 'analyst', 'professor',
  'researcher', 'scientist', 'expert', 'founder', 'ceo', 'executive', 'manager', 'coach', 'captain',
  'leader', 'member', 'lawmaker', 'senator', 'representative', 'ambassador', 'envoy', 'adviser', 'advisor',
  'staff', 'employee', 'witness', 'doctor', 'general', 'colonel', 'commander', 'deputy', 'agent',
  'investigator', 'detective', 'sergeant', 'lieutenant', 'constable', 'editor', 'reporter', 'correspondent',
  'activist', 'campaigner', 'candidate', 'founder', 'owner', 'partner', 'principal', 'dean', 'rector',
  'administrator', 'coordinator', 'representative', 'delegate', 'mediator', 'negotiator', 'observer',
  'observers', 'resident', 'relative', 'father', 'mother', 'brother', 'sister', 'son', 'daughter', 'wife',
  'husband', 'friend', 'neighbour', 'neighbor', 'survivor', 'victim', 'compatriot', 'engineer', 'teacher',
]);

/** Words that begin an introductory phrase ("In September, ...", "Amid confusion over ..., ..."). */
export const PREPOSITIONS = new Set([
  'in', 'on', 'at', 'of', 'for', 'with', 'by', 'from', 'to', 'into', 'onto', 'during', 'after', 'before',
  'since', 'amid', 'amidst', 'among', 'amongst', 'over', 'under', 'about', 'around', 'through', 'across',
  'against', 'despite', 'following', 'per', 'via', 'without', 'within', 'ahead', 'beyond', 'toward',
  'towards', 'upon', 'throughout', 'until', 'till', 'like', 'unlike', 'near', 'behind', 'above', 'below',
  'beside', 'besides', 'between', 'regarding', 'concerning', 'including', 'excluding', 'as', 'off', 'out',
  'up', 'down', 'along', 'past', 'outside', 'inside',
]);

export const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your',
  'some', 'any', 'each', 'every', 'no', 'another', 'other', 'such', 'both', 'all', 'several', 'many',
  'few', 'most', 'more', 'less', 'fewer',
]);

/** Conjunctions and subordinators that open a clause. */
export const SUBORDINATORS = new Set([
  'after', 'as', 'because', 'since', 'while', 'when', 'whereas', 'if', 'although', 'though', 'before',
  'until', 'unless', 'once', 'where', 'whether', 'so',
]);
export const COORDINATORS = new Set(['and', 'but', 'or', 'nor', 'yet', '&']);
export const RELATIVES = new Set(['who', 'which', 'whom', 'whose', 'that']);

export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);

/** Auxiliaries and modals (lower case). "’s" and "’ve" arrive as their own tokens. */
export const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am']);
export const HAVE = new Set(['have', 'has', 'had', 'having']);
export const DO = new Set(['do', 'does', 'did']);
export const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'ought', 'ca', 'wo']);
export const HEDGE_MODALS = new Set(['could', 'may', 'might']);

/** Adverbs and time words allowed between a speaker and its verb, or after a verb ("said Monday"). */
export const ADJUNCT_WORDS = new Set([
  'also', 'earlier', 'previously', 'later', 'now', 'then', 'again', 'further', 'furthermore', 'originally',
  'separately', 'initially', 'recently', 'repeatedly', 'subsequently', 'meanwhile', 'however', 'still',
  'yesterday', 'today', 'tonight', 'already', 'last', 'this', 'next', 'week', 'month', 'year', 'morning',
  'afternoon', 'evening', 'night', 'late', 'early', 'publicly', 'officially', 'formally', 'first',
  'reportedly', 'allegedly', 'similarly', 'additionally', 'moreover', 'too', 'just', 'once', 'personally',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'far',
]);
export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Verbs that take a to-infinitive and are not the main predicate ("is set to miss" -> miss). */
export const CATENATIVES = new Set([
  'set', 'expected', 'likely', 'unlikely', 'due', 'going', 'able', 'unable', 'about', 'supposed', 'believed',
  'thought', 'estimated', 'said', 'reported', 'alleged', 'feared', 'understood', 'known', 'seem', 'seems',
  'seemed', 'appear', 'appears', 'appeared', 'tend', 'tends', 'tended', 'used', 'have', 'has', 'had',
  'got', 'ought', 'projected', 'forecast', 'predicted', 'scheduled', 'poised', 'slated', 'bound', 'certain',
  'sure', 'ready', 'willing', 'yet', 'rumoured', 'rumored', 'claimed', 'suspected',
]);

/** Hedge cues that act on the whole clause. */
export const CLAUSE_HEDGES = new Set([
  'allegedly', 'reportedly', 'purportedly', 'supposedly', 'apparently', 'possibly', 'probably', 'perhaps',
  'maybe', 'likely', 'unlikely', 'presumably', 'seemingly', 'reputedly', 'rumoured', 'rumored',
  'unconfirmed', 'believed', 'thought', 'feared', 'suspected', 'alleged', 'estimated', 'expected',
  'projected', 'predicted', 'claimed', 'accused', 'expect', 'expects', 'expecting', 'anticipated',
  'anticipate', 'anticipates', 'believe', 'believes', 'feared',
]);
/** Hedge adjectives that qualify a noun phrase ("an estimated 1,034,000 people", "17 suspected fighters"). */
export const NP_HEDGES = new Set(['alleged', 'suspected', 'estimated', 'purported', 'presumed', 'suspect', 'possible', 'probable', 'unconfirmed', 'rumoured', 'rumored', 'so-called', 'potential']);

export const NEGATIONS = new Set(['not', 'never', 'no', 'nobody', 'none', 'nothing', 'neither', 'nor', 'cannot', "n't", 'n’t']);

/** Irregular forms for predicate lemmas, where compromise's conjugator gives up ("risen", "fell"). */
export const IRREGULAR: ReadonlyMap<string, string> = new Map(
  (
    'arose arise,arisen arise,ate eat,eaten eat,beat beat,beaten beat,became become,began begin,begun begin,' +
    'bent bend,bet bet,bit bite,bitten bite,bled bleed,blew blow,blown blow,broke break,broken break,' +
    'brought bring,built build,burnt burn,burst burst,bought buy,cast cast,caught catch,chose choose,' +
    'chosen choose,came come,cost cost,crept creep,cut cut,dealt deal,dug dig,did do,done do,drew draw,' +
    'drawn draw,drank drink,drunk drink,drove drive,driven drive,fell fall,fallen fall,fed feed,felt feel,' +
    'fought fight,found find,fled flee,flew fly,flown fly,forbade forbid,forecast forecast,forgot forget,' +
    'forgotten forget,forgave forgive,froze freeze,frozen freeze,got get,gotten get,gave give,given give,' +
    'went go,gone go,grew grow,grown grow,hung hang,had have,has have,heard hear,hid hide,hidden hide,' +
    'hit hit,held hold,hurt hurt,kept keep,knelt kneel,knew know,known know,laid lay,led lead,left leave,' +
    'lent lend,let let,lay lie,lain lie,lit light,lost lose,made make,meant mean,met meet,paid pay,put put,' +
    'quit quit,read read,rode ride,ridden ride,rang ring,rung ring,rose rise,risen rise,ran run,run run,' +
    'said say,saw see,seen see,sought seek,sold sell,sent send,set set,shook shake,shaken shake,shed shed,' +
    'shone shine,shot shoot,showed show,shown show,shrank shrink,shrunk shrink,shut shut,sang sing,sung sing,' +
    'sank sink,sunk sink,sat sit,slept sleep,slid slide,spoke speak,spoken speak,sped speed,spent spend,' +
    'spun spin,split split,spread spread,sprang spring,sprung spring,stood stand,stole steal,stolen steal,' +
    'stuck stick,stung sting,struck strike,stricken strike,strove strive,swore swear,sworn swear,swept sweep,' +
    'swam swim,swum swim,swung swing,took take,taken take,taught teach,tore tear,torn tear,told tell,' +
    'thought think,threw throw,thrown throw,understood understand,undertook undertake,undertaken undertake,' +
    'upheld uphold,woke wake,woken wake,wore wear,worn wear,won win,wound wind,withdrew withdraw,' +
    'withdrawn withdraw,wrote write,written write,overtook overtake,overtaken overtake,overcame overcome,' +
    'outgrew outgrow,rebuilt rebuild,broadcast broadcast,bore bear,borne bear,born bear,fled flee,' +
    'is be,are be,was be,were be,been be,am be,being be,\'s be,’s be,\'re be,’re be,\'m be,’m be,' +
    'does do,\'ve have,’ve have,having have,doing do,going go,lying lie,dying die,tying tie'
  )
    .split(',')
    .map((pair) => pair.split(' ') as [string, string]),
);
