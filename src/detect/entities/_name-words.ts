/**
 * Word lists the name rules use to tell a person from a thing named like one (names.ts): firms and their legal
 * forms, countries, places and buildings, goods, festivals and clubs, storms, saints, and places named with a family
 * name first. Lowercase; lists of common words, not of any dataset.
 */

/** Company and organisation suffixes: `Grant Group` and `Turner Inc` are companies. */
export const COMPANY = new Set([
  'inc', 'llc', 'ltd', 'group', 'gmbh', 'corp', 'co', 'plc', 'sa', 'ag', 'bv', 'nv', 'srl', 'spa', 'kg', 'oy', 'oyj', 'ab', 'as',
  'asa', 'aps', 'a/s', 'kft', 'zrt', 'sro', 's.r.o', 'ltda', 'bhd', 'sdn', 'tbk', 'llp', 'sarl', 'sas', 'pty', 'limited',
  'holdings', 'partners', 'associates', 'consulting', 'solutions', 'labs', 'studio', 'studios', 'foundation', 'team', 'agency',
  'bank', 'university', 'college', 'school', 'hospital', 'institute', 'and', 'sons', 'wealth', 'capital', 'ventures',
  'logistics', 'systems', 'technologies', 'services', 'industries', 'enterprises', 'trading', 'motors', 'media', 'integration',
  'properties', 'property', 'realty', 'estates', 'investments', 'insurance', 'assurance', 'pharma', 'pharmaceuticals',
  'construction', 'energy', 'foods', 'farms', 'textiles', 'electronics', 'telecom', 'communications', 'networks', 'transport',
  'express', 'couriers', 'airlines', 'airways', 'hotels', 'resorts', 'hospitals', 'clinics', 'pharmacy', 'pharmacies',
  'supermarket', 'supermarkets', 'stores', 'cooperative', 'laboratories', 'laboratory', 'lab', 'utilities', 'water', 'waterworks', 'microfinance', 'finance', 'securities', 'brokers', 'traders',
  'merchants', 'developers', 'builders', 'contractors', 'autos', 'groupe', 'grupo', 'gruppo', 'verbund', 'kargo', 'cargo',
  'lojistik', 'logistik', 'transportes', 'corporation', 'company', 'bancorp', 'financial', 'lda', 'imobiliária', 'imobiliaria',
  'inmobiliaria', 'immobilier', 'immobilien', 'makelaardij', 'realtors', 'notaris', 'notariat', 're', // `Kenya Re`, `Swiss Re`
  'hermanos', 'hnos', 'irmãos', 'irmaos', 'frères', 'freres', 'brothers', 'bros', 's.a', 's.l', 'ltée', 'ltee',
  // vehicle makes that are not also common surnames (`Alfa Romeo Giulia`, `Hyundai Kona`)
  'alfa', 'volkswagen', 'audi', 'bmw', 'peugeot', 'citroën', 'citroen', 'chevrolet', 'hyundai', 'kia', 'skoda',
  'dacia', 'opel', 'vauxhall', 'mitsubishi', 'subaru', 'mazda', 'nissan', 'byd', 'geely', 'chery',
  'volvo', 'jeep', 'isuzu', 'scania', 'iveco', 'yamaha', 'ducati', 'vespa', 'gavazzi',
  // public bodies (`Charlotte Fire Department`, `Jackson County Sheriff`)
  'partnership', 'department', 'dept', 'county', 'sheriff', 'police', 'constabulary', 'council', 'authority', 'bureau', 'commission', 'ministry',
  // publishers (`Morgan Kaufmann Publishers`, `Springer Verlag`)
  'publishers', 'publishing', 'verlag', 'editions', 'éditions', 'editora', 'editorial',
]);

/** Country names (English and their own): after the first word they make a run a place (`Santiago de Chile`). */
export const COUNTRIES = new Set([
  'chile', 'mexico', 'méxico', 'peru', 'perú', 'colombia', 'argentina', 'brasil', 'brazil', 'uruguay', 'paraguay', 'bolivia',
  'ecuador', 'venezuela', 'españa', 'spain', 'portugal', 'italia', 'italy', 'deutschland', 'germany', 'österreich', 'austria',
  'schweiz', 'suisse', 'switzerland', 'belgique', 'belgium', 'nederland', 'netherlands', 'polska', 'poland', 'sverige',
  'sweden', 'norge', 'norway', 'danmark', 'denmark', 'suomi', 'finland', 'magyarország', 'hungary', 'romania', 'românia',
  'nigeria', 'ghana', 'egypt', 'morocco', 'maroc', 'türkiye', 'turkey', 'pakistan', 'bangladesh', 'indonesia', 'malaysia',
  'philippines', 'thailand', 'vietnam', 'japan', 'korea', 'singapore', 'australia', 'canada', 'england', 'scotland',
]);

/** Words that make a capitalised run the name of a thing (`Guru Meditation Error`, `Kafka Consumer Exception`). */
export const THING_WORDS = new Set([
  'error', 'errors', 'exception', 'failure', 'fault', 'warning', 'panic', 'crash', 'timeout', 'handler', 'controller', 'module',
  'plugin', 'driver', 'adapter', 'daemon', 'agent', 'broker', 'worker', 'runner', 'proxy', 'gateway', 'scheduler', 'updater',
  'launcher', 'installer', 'service', 'server', 'engine', 'consumer', 'producer', 'listener', 'connector', 'client', 'kernel',
  // an application's name (an OAuth client's `client_name: Acme Web`)
  'web',
  // laws named after their sponsors (`Sarbanes-Oxley Act`, `Leahy-Smith America Invents Act`)
  'act', 'acts', 'amendment', 'treaty', 'doctrine',
  // build tools (`Jasmine Spec Reporter`, `Hugo Build`)
  'build', 'builder', 'reporter', 'pipeline', 'loader', 'bundler', 'compiler', 'linter', 'formatter',
]);

/** Dog breed words: the run before one names a breed, after the person it was named for (`Jack Russell Terrier`, `King Charles Spaniel`). */
export const BREEDS = new Set([
  'spaniel', 'spaniels', 'terrier', 'terriers', 'setter', 'setters', 'retriever', 'retrievers', 'pinscher', 'hound', 'hounds',
  'collie', 'poodle', 'bulldog', 'mastiff', 'schnauzer', 'sheepdog', 'griffon',
]);

/**
 * Words that make a capitalised run the name of a place (`Roma Termini`, `Victoria Station`,
 * `Milano Centrale`, `Dublin Airport`): stations, airports, terminals and other public buildings.
 */
export const PLACE_NOUNS = new Set([
  'city', 'town', 'village', 'room', 'hall', 'lounge', 'auditorium', 'boardroom', 'river', 'springs', 'downs', 'falls', 'hills',
  'valley', 'creek', 'mountain', 'mountains', 'lake', 'forest', 'desert', 'peninsula', 'gorge', 'canyon', 'reserve',
  'station', 'stazione', 'estacion', 'estación', 'estacao', 'estação', 'gare', 'bahnhof', 'hauptbahnhof', 'hbf', 'dworzec', 'centrale', 'central',
  'centraal', 'termini', 'terminal', 'terminus', 'airport', 'aeroporto', 'aeropuerto', 'aeroport', 'aéroport', 'flughafen', 'lotnisko',
  'junction', 'parkway', 'interchange', 'wharf', 'quay', 'harbour', 'harbor', 'depot', 'stadium', 'stadion', 'hospital', 'metro',
  'centro', 'centre', 'center', 'island', 'isla', 'ilha', 'airfield', 'clinic', 'university', 'college', 'school', 'hoërskool', 'laerskool', 'skool', 'taxi', 'library', 'museum', 'hotel', 'mall', 'market',
  'lokanta', 'lokantası', 'havalimanı', 'havaalanı', 'ekspresi', // Turkish: restaurant, airport, express (a train)
  'hospitals', 'clinics', 'apartments', 'apartment', 'residences', 'residence', 'towers', 'tower', 'plaza', 'mansions', 'lodge',
  // restaurants and bars (`Lou's Pizzeria`, `Carmine's Trattoria`)
  'pizzeria', 'trattoria', 'osteria', 'bistro', 'brasserie', 'taqueria', 'cantina', 'steakhouse', 'diner', 'eatery', 'bakery', 'patisserie',
  'café', 'cafe', 'tavern', 'pub', 'grill', 'deli', 'kitchen', 'line', // and lines of a metro (`Victoria Line`)
  'building', 'wing', 'annex', 'pavilion', 'quad', // and university buildings (`Ada Lovelace Building`)
  'church', 'churches', 'chapel', 'basilica', 'synagogue', 'minster', // and places of worship (`Grace Church`)
  'national', // and national parks, forests and monuments (`Jasper National Park`)
  'fountain', 'palace', 'souk', 'souq', 'corniche', 'monument', 'memorial', // and landmarks (`King Fahd Fountain`)
  'institutet', 'instituttet', 'instituut', 'instytut', 'istituto', 'museo', 'museet', 'muzeum',
  'observatory', 'telescope', 'planetarium', // and instruments named after people (`James Webb Space Telescope`)
  'anchorage', 'berth', // and where ships lie (`Maas Anchorage`)
  'dock', 'docks', 'hills', 'falls', 'bay', 'valley', 'estate', 'canal', 'lateral', 'ditch', 'reservoir', 'dam', 'weir', 'substation', 'feeder', 'arena', 'theatre', 'theater', 'cathedral', 'mosque', 'temple',
  // schools, hospitals and public buildings in the languages of the markets served (often named after a person)
  'lycée', 'lycee', 'collège', 'école', 'ecole', 'escuela', 'colegio', 'liceo', 'instituto', 'institut', 'universidad',
  'université', 'universidade', 'università', 'hôpital', 'hopital', 'hospitalier', 'clínica', 'clinica', 'klinik', 'klinikum',
  'gymnasium', 'schule', 'grundschule', 'scuola', 'escola', 'ospedale', 'stade', 'estadio', 'aeropuerto', 'église', 'iglesia',
  'igreja', 'chiesa', 'kirche', 'fundación', 'fundação', 'fondation', 'stiftung', 'fondazione', 'biblioteca', 'bibliothèque',
]);

/** Grapes, wines, spirits, groceries, product lines, festivals and sports clubs: after the first word they make a run a product (`Louis Latour Chardonnay`). */
export const GOODS = new Set(['chardonnay', 'riesling', 'merlot', 'pinot', 'cabernet', 'sauvignon', 'shiraz', 'syrah', 'malbec', 'grenache',
  'tempranillo', 'sangiovese', 'zinfandel', 'viognier', 'gewürztraminer', 'rosé', 'brut', 'champagne', 'prosecco', 'cava', 'reserva',
  'riserva', 'vintage', 'bourbon', 'whisky', 'whiskey', 'lager', 'pilsner', 'stout', 'cider', 'liqueur', 'original', 'classic', 'label',
  'tea', 'coffee', 'kaffee', 'cake', 'sponge', 'mix', 'biscuits', 'cookies', 'chocolate', 'juice', 'sauce', 'cheese', 'apples',
  'metallic', 'pearl', 'matte', 'mica', // paint finishes (`Jade Green Metallic`)
  // festivals and services of worship (`Lakshmi Puja`, `Ram Navami`, `Family Eucharist`)
  'puja', 'pooja', 'navami', 'jayanti', 'chaturthi', 'purnima', 'mela', 'eucharist', 'mass', 'evensong', 'vespers', 'matins',
  'liturgy', 'worship', 'sermon',
  // denominations (`Roman Catholic`, `Free Presbyterian`)
  'catholic', 'protestant', 'presbyterian', 'methodist', 'anglican', 'episcopalian', 'lutheran', 'baptist', 'pentecostal', 'evangelical',
  // sports clubs (`Orlando Pirates`, `Kaizer Chiefs`, `Tottenham Hotspur`)
  'fc', 'afc', 'cf', 'sc', 'united', 'rovers', 'wanderers', 'athletic', 'rangers', 'hotspur', 'albion', 'pirates', 'chiefs',
  'warriors', 'eagles', 'lions', 'tigers', 'giants', 'bulls', 'lakers', 'celtics', 'spurs', 'dynamos', 'sundowns']);

/** Awards, grants and lectures named after a person (`Marie Skłodowska-Curie Postdoctoral Fellowships`, `Turing Award`). */
export const AWARDS = new Set(['award', 'awards', 'prize', 'prizes', 'medal', 'fellowship', 'fellowships', 'scholarship', 'scholarships',
  'bursary', 'bursaries', 'lecture', 'lectures', 'professorship']);

/** Saints and other words that start the name of a town or a building (`São José`, `Sankt Georg`). */
export const SAINTS = new Set(['san', 'santa', 'santo', 'são', 'sao', 'saint', 'sainte', 'st', 'ste', 'sankt', 'santi', 'sant']);

/** Words that name a storm before its given name (`Hurricane Beryl`, `Cyclone Freddy`). */
export const STORMS = new Set(['hurricane', 'cyclone', 'typhoon', 'storm', 'tropical', 'tempête', 'huracán', 'huracan', 'tormenta', 'ciclone', 'ciclón', 'zyklon', 'sturm', 'orkan']);

/** Legal forms of firms; the short ones that are also words (`as`, `co`, `sa`) count only in capitals. */
export const LEGAL_FORMS = new Set(['lda', 'llc', 'ltd', 'plc', 'inc', 'llp', 'pty', 'bhd', 'gmbh', 'corp', 'ltda', 'sarl', 'srl', 'sas', 'sa', 'ag', 'ab', 'as', 'asa', 'aps', 'bv', 'nv', 'oy', 'oyj', 'kft', 'zrt', 'sro', 'spa', 'kg', 'co', 'limited', 'tbk', 'sdn']);

export const LOWERCASE_FORMS = new Set(['llc', 'ltd', 'plc', 'inc', 'llp', 'pty', 'bhd', 'gmbh', 'corp', 'ltda', 'lda', 'sarl', 'limited']);

/**
 * Goods named after their brand (`the Jack Wolfskin jacket`, `Marie Gold biscuits`), ships, trains and tours named
 * after a person (`the Queen Mary cruise`, `the Simon Bolivar express`), and diseases (`Charles Bonnet syndrome`).
 */
export const PRODUCT_NOUNS = new Set(['syndrome', 'disease', 'lymphoma', 'sarcoma', 'palsy', 'anomaly', 'phenomenon', 'reflex', 'tumour', 'tumor',
  'cruise', 'cruises', 'liner', 'ferry', 'voyage', 'sleeper', 'express', 'tour', 'tours', 'jacket', 'jackets', 'coat', 'shoes', 'sneakers', 'boots', 'dress', 'jeans', 'backpack', 'tent',
  'laptop', 'headphones', 'earbuds', 'blender', 'fridge', 'sofa', 'mattress', 'biscuits', 'cookies', 'chocolate', 'wine', 'beer',
  'lotion', 'shampoo', 'perfume', 'tyres', 'tires', 'cereal', 'sauce', 'noodles', 'juice', 'whisky', 'whiskey', 'gin', 'vodka',
  // what a search names after a title, a brand or a place (`… lyrics`, `… polo`, `… manual`, `… airport terminal 2E`)
  'lyrics', 'song', 'songs', 'album', 'soundtrack', 'trailer', 'manual', 'polo', 'boxers', 'shirt', 'shirts', 'handbag', 'handbags',
  'fragrance', 'thermostat', 'outlet', 'parking', 'airport', 'terminal', 'station', // and a station written in lowercase (`at Jules Joffrin station`)
  // and the parts of a mountain or a route (`Ben Nevis summit`, `Franz Josef glacier`)
  'summit', 'summits', 'glacier', 'trail', 'trailhead', 'ridge', 'peak', 'route', 'massif',
  'paint', 'paints', 'primer', 'varnish', 'lifejacket', 'lifejackets']);

/** Words for a road written before its name, in Malay, Indonesian, Thai and Slavic languages (`Jalan Sultan Ismail`, `Soi Sukhumvit`). */
export const ROAD_WORDS = new Set(['jalan', 'jln', 'jl', 'lorong', 'persiaran', 'lebuh', 'lebuhraya', 'soi', 'thanon', 'ulitsa', 'vulytsia', 'ulica', 'utca']);

/**
 * US states, Canadian provinces and Australian states written in one word: after a given name they name a
 * city (`Eugene Oregon`, `Austin Texas`). Those that are also given names or surnames are left to the name lists.
 */
export const REGIONS = new Set(['alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware',
  'florida', 'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland',
  'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'ohio', 'oklahoma', 'oregon',
  'pennsylvania', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington', 'wisconsin', 'wyoming', 'alberta', 'ontario',
  'quebec', 'manitoba', 'saskatchewan', 'queensland', 'victoria', 'tasmania']);

/** Cities and countries named with a family name first (`Hong Kong`, `Ho Chi Minh`): read by the family-name rules otherwise. */
export const PLACE_RUNS = new Set(['hong kong', 'ho chi minh', 'phnom penh', 'chiang mai', 'chiang rai', 'kota kinabalu', 'kuala lumpur', 'costa rica', 'sri lanka', 'monte carlo', 'belo horizonte']);
