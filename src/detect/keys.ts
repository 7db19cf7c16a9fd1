/**
 * Key context: what the name of the field a value sits under says about it.
 * Names are normalised (lowercase, only letters and digits) so that `userId`, `user_id`,
 * `User-ID` and `user.id` are one name. Hints are a bit set, cached per (parent, key).
 */

/** Hint bits a key name can carry. */
export const H = {
  EMAIL: 1 << 0,
  PHONE: 1 << 1,
  SSN: 1 << 2,
  DOB: 1 << 3,
  MAC: 1 << 4,
  PASSWORD: 1 << 5,
  SECRET: 1 << 6,
  NAME: 1 << 7,
  NAME_WEAK: 1 << 8,
  ADDRESS: 1 << 9,
  LAT: 1 << 10,
  LON: 1 << 11,
  GEO: 1 << 12,
  USER_ID: 1 << 13,
  EMAIL_HASH: 1 << 14,
  IP: 1 << 15,
  UA: 1 << 16,
  VERSION: 1 << 17,
  CARD: 1 << 18,
  IBAN: 1 << 19,
  PSEUDO: 1 << 20,
  NOT_SECRET: 1 << 21,
  PLACE: 1 << 22,
  /** A login handle (`username`, `login`, `nickname`): a lowercase value alone is a handle, not a name. */
  HANDLE: 1 << 23,
  /** The path of a web page or a request (`pathname`, `url.path`, `http.target`): not a file path. */
  WEB_PATH: 1 << 24,
  /** A sender or recipient (`from`, `to`): a bare international number there is a phone (WhatsApp's `messages[].from`). */
  ENDPOINT: 1 << 25,
} as const;

const NON_ALNUM = /[^\p{L}\p{M}\p{N}]+/gu;

/** Accents on Latin letters; marks of other scripts (Japanese dakuten, Cyrillic breve) are part of the letter. */
const LATIN_MARKS = /(?<=[a-z])\p{M}+/gu;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Normalise a key name: lowercase, accents dropped, only letters and digits (`$geoip_latitude` →
 * `geoiplatitude`, `contraseña` → `contrasena`, `prénom` → `prenom`, `kullanıcı_id` → `kullaniciid`); keys in
 * other scripts keep their letters (`дата_рождения` → `датарождения`, `パスワード`).
 */
export function normaliseKey(key: string): string {
  if (key.length > 128) return '';
  const low = key.toLowerCase();
  return (NON_ASCII.test(low) ? low.replace(DOTLESS_I, 'i').normalize('NFD').replace(LATIN_MARKS, '').normalize('NFC') : low).replace(NON_ALNUM, '');
}

const DOTLESS_I = /ı/g;

/**
 * Key words of other languages and scripts (normalised), by what they name: Russian and Ukrainian, Japanese,
 * Korean, Chinese, Arabic, Turkish, Hindi and Nepali (Devanagari), Bengali, Urdu, Sinhala, Tamil, Thai, Vietnamese, Indonesian and
 * Malay, Tagalog and Cebuano, Tok Pisin, Bislama, Tongan and Samoan, Amharic and Tigrinya (Ethiopic), Somali and
 * Oromo, Kazakh, Kyrgyz, Uzbek, Tajik and Mongolian, Burmese, Marathi, Telugu, Kannada, Gujarati, Punjabi and Malayalam,
 * and Spanish or Portuguese forms the English patterns miss.
 */
const FOREIGN = {
  password: /รหัสผ่าน|^paswot$|^pasword$|கடவுச்சொல்|මුරපදය|\u09AA\u09BE\u09B8\u0993\u09AF\u09BC\u09BE\u09B0\u09CD\u09A1|پاسورڈ|पासवर्ड|^matkhau|katasandi|katalaluan|^sandi$|^pasfhocal$|^cyfrinair$|^geslo$|^lozinka$|^лозинка$|^парола$|пароль|パスワード|비밀번호|密码|密碼|口令|كلمةالمرور|كلمةالسر|^parola$|^parool$|slaptazodis|^parole$|^salasana$|κωδικόςπρόσβασης|κωδικοσπροσβασης|συνθηματικό|ይለፍቃል|መሕለፊቃል|စကားဝှက်/,
  dob: /датарождения|деньрождения|датанародження|生年月日|誕生日|생년월일|出生日期|生日|تاريخالميلاد|تاريخميلاد|syntymaaika|sunniaeg|synniaeg|sunnikuupaev|dzimsanasdatums|gimimodata|تاريخالازدياد|تاريخالولادة|जन्म|জন্ম|پیدائش|ημερομηνίαγέννησης|ημερομηνιαγεννησης|วันเกิด|kaarawan|pagkatawo|பிறந்த|උපන්|जन्ममिति|debilongbon|ʻ?ahofaʻ?eleʻ?i|asofanau|dhalash|dhaloot|ትውልድ|ልደት|tugilgan|туған|туулган|төрсөн|таваллуд|မွေးသက္ကရာဇ်|မွေးနေ့|పుట్టిన|ಜನ್ಮ|જન્મ|ਜਨਮ|ജനന/,
  name: /^(?:имя|фамилия|отчество|фио|полноеимя|імя|прізвище|名前|氏名|姓名|名字|이름|성명|성함|الاسم|اسم|الاسمالكامل|adsoyad|aliciadi|gonderenadi|musteriadi|adisoyadi|kana|furigana|namekana|kananame|フリガナ|ふりがな|カナ|氏名カナ|セイメイ|नाम|পূর্ণনাম|নাম|نام|پورانام|收货人|收件人|联系人|寄件人|顾客|顧客|客户|客戶|买家|買家|受取人|수령인|받는사람|보내는사람|ονοματεπώνυμο|ονοματεπωνυμο|όνομα|ονομα|επώνυμο|επωνυμο|δικαιούχος|δικαιουχος|titular|titolare|hoten|hovaten|ชื่อ|ชื่อนามสกุล|ชื่อผู้รับ|ชื่อผู้ส่ง|นามสกุล|الاسمبالكامل|penerima|pengirim|buongpangalan|kumpletongpangalan|tibuoknganalan|නම|සම්පූර්ණනම|பெயர்|முழுப்பெயர்|पुरानाम|hingoa|igoa|yaca|nem|nemblong|ስም|ሽም|ሙሉስም|ሙሉሽም|аты|атыжөні|атыжөнү|тегі|фамилиясы|овог|нэр|овогнэр|ному|номунасаб|насаб|ном|အမည်|နာမည်)$|^nama(?:lengkap|penuh|penerima|pengirim|pelanggan|nasabah|pemohon|pengguna|ibu|ibukandung|ayah|bapa|pasien|pesakit|penumpang|pembeli|pemilik|pemegang|pemegangkartu|pemegangakaun|pemegangrekening|pengemudi|pemandu|kontak|waris|ahli|anggota|peserta|pelajar|siswa|murid|karyawan|pekerja|pegawai|pendaftar|tertanggung)$|(?:имя|фио|名前|氏名|姓名|이름|성명|フリガナ|ふりがな|kana|ονοματεπώνυμο|नाव|పేరు|ಹೆಸರು|નામ|ਨਾਮ|പേര്)$/,
  address: /^ที่อยู่|(?<!इमेल)ठेगाना|(?<!\u0DC0\u0DD2\u0DAF\u0DCA\u0DBA\u0DD4\u0DAD\u0DCA\u0DAD\u0DD0\u0DB4\u0DD0\u0DBD\u0DCA)ලිපිනය|(?<!மின்னஞ்சல்)முகவரி|^tirahan|^puloyan|^alamat(?!e?mail|surel|emel|ip|web|url|situs|laman|mac|dompet)|^[dđ]iachi|^adresa(?:$|livrare|preluare|facturare|domiciliu|postala|destinatie|ridicare|resedinta)|адрес|住所|주소|地址|العنوان|^adres$|teslimatadresi|faturaadresi|पता|ঠিকানা|پتہ|διεύθυνση|διευθυνση|^manzil|^манзил|^мекенжай|^хаяг|^дарек|^суроға|လိပ်စာ|पत्ता|చిరునామా|ವಿಳಾಸ|સરનામ|ਪਤਾ|വിലാസ/,
  phone: /телефон|電話|전화|휴대폰|핸드폰|手机|手機|电话|هاتف|جوال|موبايل|फोन|फ़ोन|মোবাইল|ফোন|موبائل|فون|τηλέφωνο|τηλεφωνο|κινητό|κινητο|^payeralias$|เบอร์โทร|โทรศัพท์|เบอร์มือถือ|^(?:so)?[dđ]ienthoai|^sdt$|^(?:nomor|nombor|no|nmr)(?:hp|handphone|telp|wa|ponsel)$|telepon|ponsel|handphone|selpon|^(?:i?nambala(?:ya)?)?foni$|^nambari(?:ya)?simu$|^nambafon$|දුරකථන|தொலைபேசி|கைபேசி|मोबाइल|ስልክ|ተሌፎን|ቴሌፎን|^taleefan|^lakkoofsabilbil|^bilbil|^утас|ဖုန်း|ఫోన్|ಫೋನ್|ફોન|ਫੋਨ|ਫ਼ੋਨ|ഫോൺ|मोबाईल|મોબાઇલ/, // Swish's payer alias is the payer's mobile number (the payee's is a merchant number)
  email: /епошта|имейл|почта|メール|이메일|邮箱|电子邮件|电子邮箱|البريد|^eposta$|epostaadresi|^correo$|^correoelectronico$|^courriel$|อีเมล|^(?:alamat)?(?:surel|emel)$|மின்னஞ்சல்|ඊමේල්|имэйл|အီးမေးလ်|^elektronpochta|электрондықпошта|почтаиэлектрон|\u0DC0\u0DD2\u0DAF\u0DCA\u0DBA\u0DD4\u0DAD\u0DCA\u0DAD\u0DD0\u0DB4\u0DD0\u0DBD\u0DCA|इमेल/,
  userId: /^(?:kullaniciid|idusuario|usuarioid|idutilisateur|utilisateurid|benutzerid|idcliente|clienteid|idutente|utenteid|klantid|klantuuid|gebruikerid|gebruikersid)$/,
} as const;

const PERSON_PARENTS = new Set([
  'user', 'users', 'customer', 'customers', 'person', 'people', 'contact', 'contacts', 'author', 'owner',
  'member', 'members', 'profile', 'traits', 'billing', 'shipping', 'recipient', 'sender', 'employee',
  'patient', 'account', 'buyer', 'guest', 'attendee', 'student', 'driver', 'passenger', 'set', 'setonce',
  'devotee', 'devotees', 'pilgrim', 'pilgrims',
  'enduser', 'client', 'applicant', 'cardholder', 'holder', 'billingaddress', 'shippingaddress', 'identity',
  'requester', 'requestor', 'reporter', 'assignee', 'submitter', 'reviewer', 'approver', 'creator', 'organizer',
  'organiser', 'participant', 'participants', 'caller', 'callee', 'representative', 'rider', 'courier', 'candidate', 'learner',
  'subscriber', 'visitor', 'shopper', 'payer', 'payee', 'beneficiary', 'signer', 'guardian', 'emergencycontact',
  'orderer', 'consignee', 'receiver', 'purchaser', 'addressee', 'claimant', 'insured', 'policyholder',
  // in the languages of the markets served
  'utilisateur', 'usuario', 'utente', 'cliente', 'kunde', 'benutzer', 'viajero', 'viajante', 'huesped', 'hospede', 'paciente',
  'alumno', 'aluno', 'eleve', 'socio', 'membre', 'mitglied', 'klant', 'gebruiker', 'titular', 'titulaire', 'contato', 'contacto', 'destinataire',
  'destinatario', 'remitente', 'remetente', 'expediteur', 'empfanger', 'absender',
  'lead', 'leads', 'prospect', 'donor', 'volunteer', 'voter', 'constituent', 'athlete',
  // family members on a form about a person (a birth registration's `child`, `mother`, `father`)
  'child', 'mother', 'father', 'spouse',
  // Indonesian and Malay: customer, bank customer, applicant, user, recipient, sender, passenger, buyer, patient, personal data,
  // participant, student, employee, insured
  'pelanggan', 'nasabah', 'pemohon', 'pengguna', 'penerima', 'pengirim', 'penumpang', 'pembeli', 'pasien', 'pesakit', 'datadiri',
  'peserta', 'pelajar', 'siswa', 'murid', 'karyawan', 'pegawai', 'pekerja', 'tertanggung', 'pendaftar',
  // who answers a survey, who sends or receives a remittance
  'respondent', 'interviewee', 'remitter', 'remittee',
  // lists of people (`passengers: [{name, date_of_birth}]`)
  'passengers', 'guests', 'attendees', 'students', 'patients', 'employees', 'drivers', 'riders', 'travelers', 'travellers',
  'recipients', 'beneficiaries', 'applicants', 'children', 'visitors', 'tenants', 'pasahero',
  // Spanish: a beneficiary, a driver, a worker
  'beneficiario', 'conductor', 'trabajador',
  // who cares for a child or a patient, who heads a household
  'caregiver', 'carer', 'householdhead', 'headofhousehold',
  // who works on a site: a worker, a contractor, a technician, a crew or staff member
  'worker', 'workers', 'contractor', 'contractors', 'technician', 'technicians', 'staff', 'staffmember', 'crewmember',
]);

/** Objects about a thing, not a person: a display name there names the car, the device or the bot. */
const THING_PARENTS = new Set([
  'vehicle', 'vehicles', 'car', 'device', 'devices', 'bot', 'app', 'application', 'product', 'products',
  'channel', 'channels', 'server', 'guild', 'workspace', 'project', 'organization', 'organisation', 'org', 'company',
  'group', 'groups', 'room', 'playlist', 'model', 'service', 'repository', 'repo', 'sensor', 'thermostat', 'printer',
  'speaker', 'camera', 'router', 'network', 'peripheral', 'accessory', 'integration', 'plugin', 'skill', 'tool', 'node',
  'cluster', 'host', 'queue', 'topic', 'bucket', 'dataset', 'file', 'document', 'folder', 'space', 'page', 'board',
  'calendar', 'role', 'plan', 'venue', 'store', 'shop', 'merchant', 'brand', 'game', 'entity', 'zone', 'scene',
  'services', 'lock', 'locks', 'door', 'doorbell', 'light', 'lights', 'switch', 'plug', 'hub', 'bridge', 'gateway', 'charger',
  'meter', 'appliance', 'display', 'monitor', 'accessories', 'metadata', 'involvedobject', 'pod', 'deployment', 'namespace',
  'manufacturer', 'maker', 'supplier', 'vendor', 'medication', 'drug', 'brand',
  // company registers (the Dutch KvK, the Belgian KBO): their records are firms
  'kvk', 'kbo', 'handelsregister',
]);

/** Objects about a place, a facility, a vessel or a menu item: their `name` names it (not `properties`: analytics events hold people there). */
const PLACE_PARENTS = new Set([
  'airport', 'airports', 'station', 'stations', 'hotel', 'hotels', 'port', 'ports', 'venue', 'venues',
  'store', 'stores', 'shop', 'shops', 'restaurant', 'restaurants', 'branch', 'branches', 'office', 'offices', 'site', 'sites',
  'warehouse', 'warehouses', 'campus', 'building', 'buildings', 'facility', 'facilities', 'ship', 'ships', 'vessel', 'vessels',
  'train', 'trains', 'airline', 'airlines', 'terminal', 'terminals', 'stop', 'stops', 'destination', 'destinations', 'resort', 'resorts',
  'property', // an element of an array of `properties` (hotels, buildings); see the walk
  // food and drink on a menu (`Shirley Temple`, `Rob Roy`): named, like places, after people
  'drink', 'drinks', 'dish', 'dishes', 'cocktail', 'cocktails', 'wine', 'wines', 'beverage', 'beverages', 'menuitem', 'menuitems',
  // firms in a list (`carriers: [{name: 'Jan de Rijk Logistics'}]`)
  'carrier', 'carriers', 'suppliers', 'vendors', 'forwarder', 'forwarders',
]);

/** The kinds of parent object key hints depend on. */
export const Parent = { Plain: 0, Person: 1, Thing: 2, Place: 3 } as const;
export type Parent = (typeof Parent)[keyof typeof Parent];

const cache = new Map<string, number>();
const hasOwn = Object.prototype.hasOwnProperty;

/** A raw key's normal form and its hints under an ordinary, a person and a thing parent. */
export interface KeyInfo {
  readonly norm: string;
  readonly plain: number;
  readonly personal: number;
  readonly thing: number;
  /** Hints under a place or facility (an airport, a hotel, a ship): its `name` names the place. */
  readonly place: number;
  /** An OTLP AnyValue wrapper (`stringValue`, `kvlistValue`, `values`…): its content keeps the attribute's key. */
  readonly wrapper: boolean;
  /** A key that makes its object a leg of a journey (`dep`, `arrival`, `flight`, `train`): see `endpoint`. */
  readonly journey: boolean;
  /** `from`, `to` or `via`: in an object that is a leg of a journey they name places, not people or mailboxes. */
  readonly endpoint: boolean;
  /** `url`, `referrer`, `href`: beside one, a `path` is the path of a web page. */
  readonly web: boolean;
  /** A key for a part of a name (`prenom`, `cognome`, `apellido`, `last_name`): beside one, `nom`, `nome` or `nombre` is a name. */
  readonly namePart: boolean;
  /** `nom`, `nome`, `nombre`, `naam`: the name of anything, a person's beside a part of a name or inside a person. */
  readonly foreignName: boolean;
  /** A key naming the kind of an id beside it (`partyIdType`, `identifierType`): `MSISDN` there makes the id a phone number. */
  readonly idType: boolean;
  /** An id or its value (`partyId`, `identifier`, `value`), read as a phone number beside an `MSISDN` id type. */
  readonly idValue: boolean;
  /**
   * The raw key as one of the members the walk looks for in small objects (`Member`): found from the keys
   * already listed, instead of asking the object (`'value' in obj` on every object costs more than the walk).
   */
  readonly member: number;
  /** `method`, `http_method`, `verb`: beside an HTTP method, a `path` is the path of a request. */
  readonly httpMethod: boolean;
}

/** Raw keys the walk reacts to, as bits of `KeyInfo.member`. */
export const Member = { Value: 1, ValueCap: 2, Text: 4, Type: 8, GroupId: 16, Product: 32 } as const;
const MEMBERS: Readonly<Record<string, number>> = {
  value: Member.Value, Value: Member.ValueCap, text: Member.Text, type: Member.Type, groupId: Member.GroupId,
  // a product's id or stock-keeping unit (Segment's e-commerce events): the object is a product
  product_id: Member.Product, productId: Member.Product, sku: Member.Product,
};
/** `name` in French, Portuguese, Spanish, Dutch, Indonesian, Malay, Tagalog and Cebuano (`nom`, `nome`, `nombre`, `naam`, `nama`, `pangalan`, `ngalan`): the name of anything, as `name` is. */
const FOREIGN_NAME = new Set(['nom', 'nome', 'nombre', 'nombres', 'naam', 'nama', 'pangalan', 'ngalan']);
const WRAPPERS = new Set(['stringValue', 'intValue', 'doubleValue', 'boolValue', 'bytesValue', 'arrayValue', 'kvlistValue', 'values']);
const infos = new Map<string, KeyInfo>();

/** Keys for a part of a person's name, in the languages of the markets served (normalised). */
const NAME_PARTS = /^(?:prenoms?|voornaam|achternaam|cognome|sobrenome|apellidos?|apelidos?|primerapellido|segundoapellido|nachname|vorname|firstname|lastname|surname|givenname|familyname|middlename)$/;

/** Keys of a timetable, a booking or a shipment leg: departure and arrival times, the flight, the train, the route. */
const JOURNEY_KEYS = new Set([
  'dep', 'arr', 'departure', 'arrival', 'departs', 'arrives', 'departuretime', 'arrivaltime', 'departureat', 'arrivalat',
  'std', 'sta', 'flight', 'flightno', 'flightnumber', 'train', 'trainno', 'trainnumber', 'platform', 'route', 'routeid',
]);

/** A language tag ending a key (`_am`, `-fr`, `_pt`): ISO 639-1 codes of the languages the product meets. */
const LANG_SUFFIX = /^(.{3,64})[_-](?:am|ar|bn|de|en|es|fa|fr|ha|he|hi|ig|it|ja|ko|nl|om|pl|pt|ru|so|sw|ta|te|th|ti|tr|uk|ur|vi|yo|zh|zu)$/;

/**
 * A dotted attribute key naming a place or a thing (`airport.destination.name`, `device.display_name`): the last
 * segment is a name or a title, and the nearest segment before it that names a kind of parent names a place or a
 * thing. A person nearer the name wins over a namespace (`app.customer.name` is a customer's name).
 */
function namedThing(key: string): boolean {
  if (!key.includes('.') || key.length > 128) return false;
  const segs = key.split('.');
  if (!NAMING.has(normaliseKey(segs[segs.length - 1] as string))) return false;
  for (let i = segs.length - 2; i >= 0; i--) {
    const kind = parentKind(normaliseKey(segs[i] as string));
    if (kind === Parent.Person) return false;
    if (kind === Parent.Place || kind === Parent.Thing) return true;
  }
  return false;
}

const NAMING = new Set(['name', 'displayname', 'title', 'label']);

/** A full name's key written as the initials of its parts: Russian `Ф.И.О.`, Uzbek `F.I.Sh.`. */
const INITIALS_NAME = /^(?:Ф\.\s?И\.\s?О|F\.\s?I\.\s?(?:Sh|O))\.?$/i;

/** Normal form and hints of a raw key name (cached). */
export function keyInfo(key: string): KeyInfo {
  let i = infos.get(key);
  if (i === undefined) {
    // Initials of a full name's parts (`Ф.И.О.`, Uzbek `F.I.Sh`) name the full name (`fish` alone is a fish).
    const n = INITIALS_NAME.test(key) ? 'fullname' : normaliseKey(key);
    // A key with a language tag (`full_name_am`, `address_fr`) holds what its stem holds, in that language.
    const stem = LANG_SUFFIX.exec(key)?.[1];
    const s = stem === undefined ? '' : normaliseKey(stem);
    const named = namedThing(key);
    const hints = (parent: string): number => {
      const h = keyHints(n, parent) | (s === '' ? 0 : keyHints(s, parent));
      return named ? (h & ~(H.NAME | H.NAME_WEAK)) | H.PLACE : h;
    };
    i = {
      norm: n, plain: hints(''), personal: hints('user'), thing: hints('device'), place: hints('airport'), wrapper: WRAPPERS.has(key),
      journey: JOURNEY_KEYS.has(n), endpoint: n === 'from' || n === 'to' || n === 'via', web: n === 'url' || n === 'referrer' || n === 'referer' || n === 'href',
      namePart: NAME_PARTS.test(n), foreignName: FOREIGN_NAME.has(n),
      idType: n.endsWith('idtype') || n === 'identifiertype', idValue: n === 'partyid' || n === 'identifier' || n === 'id' || n === 'value',
      member: hasOwn.call(MEMBERS, key) ? (MEMBERS[key] as number) : 0,
      httpMethod: n === 'method' || n === 'httpmethod' || n === 'requestmethod' || n === 'verb',
    };
    if (infos.size < 50_000) infos.set(key, i);
  }
  return i;
}

/** The kind of object a normalised key names: about a person, about a thing, or neither (cached: the walk asks for every object's). */
export function parentKind(norm: string): Parent {
  let kind = kinds.get(norm);
  if (kind === undefined) {
    kind = kindOf(norm);
    if (kinds.size < 50_000) kinds.set(norm, kind);
  }
  return kind;
}

function kindOf(norm: string): Parent {
  if (PERSON_PARENTS.has(norm)) return Parent.Person;
  if (THING_PARENTS.has(norm)) return Parent.Thing;
  if (PLACE_PARENTS.has(norm)) return Parent.Place;
  // `from_driver`, `new_owner`, `primary_contact`: a person with a qualifier in front; `kakao_account`, `stripe_customer`:
  // a person's account at a named service.
  const m = QUALIFIED.exec(norm);
  // `payee_info`, `customer_details`, `buyer_data`: what is known of a person.
  const about = ABOUT.exec(norm);
  return (m !== null && PERSON_PARENTS.has(m[1] as string)) || (about !== null && PERSON_PARENTS.has(about[1] as string)) || SERVICE_PERSON.test(norm) ? Parent.Person : Parent.Plain;
}

/** Kinds of the parent keys seen. */
const kinds = new Map<string, Parent>();

/** A person's object at a named service (`kakao_account`, `stripe_customer`, `line_profile`). */
const SERVICE_PERSON = /^[a-z]{3,12}(?:account|customer|profile|user|member)$/;

/** A parent key about something (`payeeinfo`, `customerdetails`): the something. */
const ABOUT = /^([a-z]{3,30}?)(?:info|information|details?|data)$/;

/** Qualifiers written before a parent key (normalised). */
const QUALIFIED = /^(?:from|to|new|old|previous|prev|current|primary|secondary|assigned|original|main|other|next|last|first|second|authorized|authorised|designated|legal)(\w{4,})$/;

/** A key's hints under a parent of the given kind. */
export function hintsUnder(info: KeyInfo, kind: Parent): number {
  return kind === Parent.Plain ? info.plain : kind === Parent.Person ? info.personal : kind === Parent.Thing ? info.thing : info.place;
}

/** Hint bits for a normalised key under a normalised parent key (cached). */
export function keyHints(norm: string, parent: string): number {
  if (norm === '') return 0;
  const kind = parentKind(parent);
  const id = kind === Parent.Plain ? norm : `${norm}\u0000${kind}`;
  let bits = cache.get(id);
  if (bits === undefined) {
    bits = classify(norm, kind === Parent.Person, kind === Parent.Thing, kind === Parent.Place);
    if (cache.size < 50_000) cache.set(id, bits);
  }
  return bits;
}

/** Hints of key words of other languages and scripts (FOREIGN). */
function foreignHints(k: string): number {
  let b = 0;
  if (FOREIGN.password.test(k)) b |= H.PASSWORD;
  if (FOREIGN.dob.test(k)) b |= H.DOB;
  if (FOREIGN.name.test(k)) b |= H.NAME;
  if (FOREIGN.address.test(k)) b |= H.ADDRESS;
  if (FOREIGN.phone.test(k)) b |= H.PHONE;
  if (FOREIGN.email.test(k)) b |= H.EMAIL | H.EMAIL_HASH;
  if (FOREIGN.userId.test(k)) b |= H.USER_ID;
  return b;
}

/** `date of birth` in the languages of the EU, Nigeria and Asian markets (accents dropped): naissance, Geburt, nascita, születési, nașterii, tanggal lahir, ngày sinh… */
const BIRTH_STEMS = /naissance|geburt|nascita|nacimiento|nascimento|geboorte|urodzen|syntyma|fodelse|fodsel|narozeni|narodeni|szuletes|nasteri|nastere|breithe|dyddiadgeni|rojstva|rodjenja|rodenja|rođenja|раждане|рођења|рождения|dogum|lahir|ngaysinh|kapanganakan|janmtithi|kuzaliwa|fødsel|^gebdat(?:um)?$/; // `geb_datum`: the Dutch abbreviation; `ø` has no accent to drop (`fødselsdato`)
/** Spanish `fecha_nac`, `f_nac`, `fec_nac`: the date of birth abbreviated. */
const FECHA_NAC = /^(?:fecha|fec|f)(?:de)?nac$/;
/** A key for when something was done (`…_received_on`, `…_verified_at`, `…_uploaded`). */
const EVENT_TIME = /(?:received|verified|uploaded|submitted|issued|updated|created|checked|requested|sent|scanned|reviewed|recorded|registered)(?:at|on|date|time|ts)?$/;
/** `password` in other languages (accents dropped): mot de passe, Passwort, contraseña, senha, wachtwoord, hasło… */
const PASSWORD_WORDS = /(?:motdepasse|passwort|kennwort|contrasena|senha|wachtwoord|haslo|hasło|salasana|losenord|adgangskode|passord|heslo|jelszo|sifre|wagwoord|nenosiri|iphasiwedi|palavrapasse)$/;
const TOKEN_NOT_SECRET = /(?:page|next|continuation|cursor|sync|device|push|fcm|apns|registration|csrf|xsrf|reply|quote|prompt|input|output|completion|total|max|cached|reasoning|cart|checkout|basket|clientrequest|idempotency|paymentrequest|resumption)tokens?$|tokens$|tokencount|tokentype|tokenizer|^hashed(?:token|secret|key)$|(?:token|secret)hash$/;
const NOT_SECRET_KEYS = new Set(['writekey', 'publishablekey', 'publickey', 'projectkey', 'clientkey', 'dsn', 'sentrydsn', 'key', 'keyid', 'secretname', 'tokenid']);
const NAME_KEYS = new Set([
  'customer', 'author', 'recipient', 'person', 'patient', 'employee', 'attendee', 'cardholder', 'accountholder', 'holder',
  'fname', 'lname', 'vorname', 'nachname', 'prenom', 'sobrenome', 'apellido', 'apellidos',
  'contact', 'contactperson', 'beneficiary', 'payee', 'signatory', 'guardian', 'spouse',
  'cognome', 'imie', 'nazwisko', 'ainm', 'enw', 'priimek', 'prezime', 'imeinpriimek', 'imeiprezime', 'име', 'презиме', 'sloinne', 'cyfenw', 'voornaam', 'achternaam', 'fornavn', 'efternavn', 'etternavn', 'fornamn', 'efternamn',
  'klant', 'rekeninghouder', 'kaarthouder', 'pashouder',
  'etunimi', 'sukunimi', 'jmeno', 'prijmeni', 'soyad', 'soyadi', 'nomcomplet', 'nombrecompleto', 'nomecompleto', 'prenoms',
  'vards', 'uzvards', 'vardas', 'pavarde', 'eesnimi', 'perekonnanimi', 'fornamn', 'efternamn',
  'saxeli', 'gvari', 'saxeligvari', // Georgian written in Latin letters
  'titulaire', 'meno', 'priezvisko', 'nev', 'vezeteknev', 'keresztnev', 'utonev', 'maqaa', 'magaca', // French, Slovak, Hungarian, Oromo, Somali
  'ism', 'ismi', 'familiya', 'toliqism', 'fio', // Uzbek, and the Russian ФИО in Latin letters
  'nume', 'prenume', 'numeprenume', 'numecomplet', // Romanian
]);
const NAME_SUFFIX = /(?:fullname|firstname|lastname|givenname|familyname|surname|middlename|forename|givennames|firstnames|forenames|middlenames|customername|contactname|realname|legalname|holdername|publicname|billingname|shippingname|recipientname|sendername|authorname|personname|patientname|membername|username|ownername|clientname|nameofuser|nomcomplet|nombrecompleto|nomecompleto|(?:client|klant|patient|gebruiker|houder|volledige)naam|(?:cliente|usuario|utente|paciente|paziente|titular|comprador|destinatario|remetente|remitente|pessoa|persona)(?:nome|nombre))$/;
/** The name of a person in a role (`caller_name`, `driver_name`, `passenger_name`, `guardian_name`). */
const ROLE_NAME = /(?:caller|callee|sender|receiver|driver|rider|passenger|guest|student|pupil|teacher|parent|payer|buyer|seller|assignee|reporter|requester|requestor|applicant|candidate|traveler|traveller|organizer|organiser|reviewer|approver|signer|landlord|courier|doctor|nurse|physician|caregiver|child|learner|instructor|consignee|shipper|cardholder|account(?:holder)?|beneficiary|witness|visitor|tenantcontact|emergencycontact|nextofkin|farmer|grower|tenant|occupant|resident|householder|consumer|technician|inspector|officer|worker|lead|prospect|donor|volunteer|voter|constituent|athlete|mother|father|husband|wife|son|daughter|brother|sister|respondent|interviewee|interviewer|enumerator|surveyor|photographer|(?<!auto)pilot|informant|remitter|remittee|(?:household)?head|headofhousehold|carer|guardian|snd)name$/;
const ADDRESS_KEYS = new Set([
  'address', 'streetaddress', 'street', 'streetname', 'addressline', 'addressline1', 'addressline2', 'line1', 'line2',
  'address1', 'address2', 'homeaddress', 'billingaddress', 'shippingaddress', 'mailingaddress', 'postaladdress',
  'residentialaddress', 'deliveryaddress', 'physicaladdress', 'useraddress', 'customeraddress', 'strasse', 'adresse',
  'direccion', 'endereco', 'indirizzo', 'anschrift', 'addr', 'street1', 'street2', 'adrese', 'adresas', 'aadress', 'adress',
  'osoite', 'postadresse', 'postadress', 'gatuadress', 'unvan', 'misamarti', // Azerbaijani ünvan, Georgian misamarti
]);
/** Keys ending in `address` that hold a network, mail or wallet address, not a postal one. */
const NOT_POSTAL = /(?:ip|mail|mac|hw|hardware|ethernet|bluetooth|ble|wifi|remote|client|source|src|peer|server|host|local|bind|listen|proxy|gateway|broadcast|multicast|network|net|node|wallet|contract|token|crypto|btc|eth|deposit|web|url|memory|mem|base|return|target|dst|dest|destination|sender|from|replyto|cc|bcc|forwarding|public|private|onion|ipfs|bitcoin|ethereum|account|smtp|dns|nat|vip|lan|wan)address$/;
const USER_ID = /(?:userid|useruuid|userguid|accountid|accountuuid|customerid|customeruuid|memberid|ownerid|personid|(?:^|user|customer|member|player|patient)profileid|patientid|employeeid|subscriberid|enduserid|endusername)$/;
const PSEUDO = /(?:anonymousid|anonid|installid|installationid|deviceid|sessionid|eventid|messageid|requestid|traceid|spanid|correlationid|distinctid|insertid|visitorid|machineid|instanceid|runid|jobid|buildid|batchid)$/;
const VERSION_KEYS = new Set(['v', 'ver', 'vsn', 'build', 'release', 'appver', 'osver', 'sdkver', 'libver', 'firmware', 'fw', 'semver', 'rev', 'revision']);
const IP_NOT = new Set(['zip', 'ship', 'tip', 'skip', 'clip', 'trip', 'chip', 'vip', 'strip', 'flip', 'slip', 'tooltip', 'membership', 'relationship', 'ownership', 'sponsorship']);

const PLACES = '(?:geo|position|pos|coords?|coordinates|location|loc|gps|user|device|home|point|center|centre|start|end|pickup|dropoff|origin|destination|current|last|my|client|geoip|place|venue|store|address|from|to|src|dest|orig)';
const PLACE_LAT = new RegExp(`^${PLACES}{1,3}lat$`);
const PLACE_LON = new RegExp(`^${PLACES}{1,3}(?:lon|lng|long)$`);

/**
 * Keys whose value names a place, an organisation or a thing (suffixes of the normalised key): a
 * capitalised run under them is not searched for person names (`city: Victoria`, `store: Chiang Mai
 * Nimman`, `campaign: Winter Appeal`). The analytics `event` name is added apart, as a whole key.
 */
const PLACE_KEY = new RegExp(`(?:${[
  // places and regions
  'country', 'city', 'region', 'state', 'province', 'town', 'county', 'continent', 'timezone', 'tz', 'locale',
  'language', 'lang', 'municipio', 'municipality', 'ciudad', 'cidade', 'ville', 'stadt', 'comune', 'gemeinde',
  'localidad', 'localidade', 'kommune', 'commune', 'village', 'district', 'distrito', 'barrio', 'bairro',
  'neighborhood', 'neighbourhood', 'suburb', 'quartier', 'colonia', 'comuna', 'vereda', 'parroquia', 'locality',
  'prefecture', 'barangay', 'kelurahan', 'kecamatan', 'kabupaten', 'tehsil', 'taluk', 'landmark', 'areaname', 'park', 'parkname', 'zone', 'zonename',
  // the name of one (`city_name`, PostHog's `$geoip_city_name`)
  'cityname', 'townname', 'villagename', 'countryname', 'regionname', 'subdivisionname', 'provincename', 'statename', 'countyname',
  'districtname', 'placename', 'locationname', 'localityname',
  // organisations and their sites
  'org', 'organization', 'organisation', 'company', 'team', 'teamname', 'workspace', 'tenant', 'brand', 'vendor',
  'network', 'networkname', 'game', 'gamename', 'gametitle',
  'depot', 'warehouse', 'venue', 'venuename', 'facility', 'branch', 'campus', 'station', 'stationname', 'terminal',
  'airport', 'hospital', 'clinic', 'store', 'storename', 'shop', 'shopname', 'site', 'sitename', 'school',
  'schoolname', 'scuola', 'scuole', 'escuela', 'escola', 'schule', 'liceo', 'lycee', 'college', 'university', 'institution', 'etablissement', 'ecole', 'entreprise', 'empresa', 'azienda',
  'pharmacy', 'farmacia', 'pharmacie', 'apotheke', 'drogaria',
  'unternehmen', 'firma', 'mandant', 'societe', 'restaurant', 'restaurantname', 'restoran', 'train', 'outlet', 'outletname', 'carrier', 'merchant',
  'merchantname', 'retailer', 'publisher', 'publishername', 'imprint', 'firm', 'firmname', 'lawfirm', 'practice', 'practicename',
  'cargo', 'shippingcompany', 'manufacturer', 'maker', 'labeler', 'supplier', 'distributor', 'agency', 'agencyname',
  'auditor', 'insurer', 'employer', 'employername', 'bankname', 'lender', 'registrar', 'office', 'officename', 'room',
  'roomname', 'property', 'propertyname', 'hotel', 'hotelname', 'drink', 'drinks', 'dish', 'dishes', 'menuitem', 'menu', 'items', 'operator', 'catalogue', 'catalog', 'tariff', 'tariffs', 'aeropuerto', 'alcaldia', 'delegacion', 'restaurante', 'tienda', 'loja', 'magasin', 'sucursal', 'filial',
  // products, campaigns and their parts
  'product', 'products', 'productname', 'title', 'category', 'campaign', 'campaignname', 'eventname', 'creative', 'creativename',
  'adname', 'adgroup', 'adgroupname', 'adset', 'adsetname', 'placement', 'model', 'modelname', 'make', 'trim', 'variant',
  'edition', 'series', 'type', 'plan', 'planname', 'tier', 'tiername', 'package', 'packagename', 'bundle', 'bundlename', 'variety', 'cultivar', 'breed', 'crop', 'machine', 'machinename', 'equipment', 'tractor',
  'implement', 'lab', 'laboratory', 'labname', 'fixture', 'opponent', 'unit', 'unitname', 'callsign', 'apparatus', 'plant', 'plantname',
  'scheme', 'schemename', 'programme', 'program', 'building', 'buildingname', 'router', 'modem', 'appliance', 'accessory', 'accessoryname', 'rotation', 'portcall', 'colour', 'color', 'paint', 'feature',
  'club', 'clubname', 'verein', 'klub', 'clube', 'itinerary', 'sights', 'landmarks', 'salle', 'sala',
  'classroom', 'daira', 'wilaya', 'arrondissement', 'provincia', 'departement', 'institute', 'museum', 'titulo', 'titre', 'titel', 'estacion', 'estacao', 'origen', 'destino', 'parada',
  // stops, routes, ports and vessels
  'stop', 'stopname', 'route', 'routename', 'destination', 'origin', 'portname', 'vessel', 'vesselname', 'ship', 'shipname',
  'barge', 'bargename', 'tug', 'tugname', 'boat', 'boatname', 'yacht', 'anchorage', 'berth', 'berthname',
  // churches and holidays, often named after people (`Holy Trinity Church`, `Victoria Day`)
  'church', 'churchname', 'parish', 'holiday', 'holidayname',
  // a metro station (`station_metro`), a school centre (`centro`), a shop's sign (`enseigne: Jean Coutu`), a firm or a brand
  'metro', 'centro', 'enseigne', 'companyname', 'brandname',
  // an electricity, gas or water utility (`utility: Florida Power & Light`)
  'utility', 'utilityname', 'utilitycompany',
  // Spanish: a merchant, a plant, a farm or an estate (`comercio`, `planta`, `fundo`, `finca`, `hacienda`)
  'comercio', 'planta', 'fundo', 'finca', 'hacienda', 'estancia',
  // departments, cantons, districts and villages of Central America and the Caribbean (Spanish and Haitian Creole)
  'departamento', 'pais', 'canton', 'corregimiento', 'aldea', 'caserio', 'depatman', 'komin',
  // Dutch shops, hospitals, firms and branches; hospital wards and wings (`Mary Seacole Ward`)
  'winkel', 'winkelnaam', 'ziekenhuis', 'handelsnaam', 'bedrijf', 'bedrijfsnaam', 'vestiging', 'ward', 'wardname', 'wing',
  // a form field's placeholder (`hal. Juan Dela Cruz`: a stock sample name) and a chat bot's name
  'placeholder', 'bot', 'botname', 'chatbot', 'chatbotname', 'assistantname',
  // outdoor places (`spot: Ben Nevis summit`, `trailhead: Ryan Mountain`)
  'spot', 'spotname', 'summit', 'peak', 'mountain', 'trail', 'trailname', 'trailhead', 'hut', 'hutname', 'campsite', 'campground',
  // parcel lockers and pickup points, named after the shop or centre they stand in (`Locker 12, Tesco Riverside`)
  'locker', 'lockername', 'parcellocker', 'pickuppoint', 'pickuppointname', 'parcelshop', 'pakiautomaat', 'pakomats', 'pastomatas', 'pakettiautomaatti',
].join('|')})$`);

function classify(k: string, personalParent: boolean, thingParent: boolean, placeParent = false): number {
  let b = foreignHints(k);
  if (/(?:e?mail|emailaddress|emails|mailaddress)$/.test(k) || k === 'to' || k === 'cc' || k === 'bcc' || k === 'replyto') b |= H.EMAIL;
  // A WhatsApp `wa_id` is the number; a `phone_number_id` or `phone_id` names a number record, it is not one.
  if (((k.includes('phone') && !k.includes('iphone')) || k.includes('mobile') || k.includes('msisdn') || k.includes('telefon') || k.includes('telefoon') || /(?:cell|tel|fax|whatsapp|handy|handynummer|cellnumber|smsnumber|movil|celular|cellulare|gsm|gsmno|gsmnumber|callingstationid|calledstationid|callingnumber|callednumber|callerid|callfrom|callto|callernumber|dialwhomnumber|contactno|contactnumber|contactnum|walletnumber|walletno)$/.test(k) || k === 'sms' || k === 'waid' || k === 'caller' || k === 'callee' || k === 'anumber' || k === 'bnumber' || k === 'partya' || k === 'partyb' || k === 'mobil' || k === 'mobilnr' || k === 'mobilnummer') && !k.includes('mobileos') && !/phone(?:number)?id$/.test(k) && !/(?:h3|s2|grid|hex|geo)cell$/.test(k)) b |= H.PHONE;
  if (k.startsWith('ssn') || k.endsWith('ssn') || k.includes('socialsecurity')) b |= H.SSN;
  // Not the time something about a birth happened (`birth_cert_received_on`, `dob_verified_at`): that is an event's date.
  if ((k.endsWith('dob') || k.startsWith('dob') || k.includes('birth') || k.endsWith('bday') || k === 'born' || BIRTH_STEMS.test(k) || FECHA_NAC.test(k)) && !EVENT_TIME.test(k)) b |= H.DOB;
  if ((k.endsWith('mac') && !k.endsWith('hmac') && k !== 'imac') || k.includes('macaddr') || k === 'bssid' || k === 'hwaddr' || k === 'hwaddress' || k === 'hardwareaddress' || k === 'ethernetaddress') b |= H.MAC;
  // Also its confirmation in a sign-up form (`password_confirmation`, `confirm_password`, `password2`).
  if (/(?:password|passwd|pwd|passphrase|passcode)(?:confirm|confirmation|repeat|again|retype|2)?$/.test(k) || PASSWORD_WORDS.test(k) || k === 'pass' || k === 'pw' || k === 'mdp' || k === 'userpass' || k === 'dbpass' || k === 'adminpass' || k === 'rootpass') b |= H.PASSWORD;
  if (NOT_SECRET_KEYS.has(k) || k.startsWith('public') || k.startsWith('publishable')) b |= H.NOT_SECRET;
  else if (/(?:secret|secretkey|apikey|apisecret|accesstoken|refreshtoken|authtoken|idtoken|bearertoken|sessiontoken|securitytoken|privatekey|clientsecret|accesskey|apitoken|webhooksecret|signingkey|signingsecret|encryptionkey|credentials?|auth|authorization|token|bearer|xapikey|appsecret|consumersecret|masterkey|licensekey|appkey|applicationkey|nwkkey|appskey|nwkskey|secretaccesskey|secretvalue|secretstring|secretdata|secrettext)$/.test(k) && !TOKEN_NOT_SECRET.test(k)) b |= H.SECRET;
  // A display name is a person's, except inside an object about a thing (a car's, a device's or a bot's).
  const displayName = k.endsWith('displayname');
  // `name` and its French, Spanish, Portuguese and Dutch words name anything: a person's only inside a person.
  const generic = k === 'name' || FOREIGN_NAME.has(k);
  if (NAME_KEYS.has(k) || NAME_SUFFIX.test(k) || ROLE_NAME.test(k) || (displayName && !thingParent) || (personalParent && (generic || k === 'first' || k === 'last'))) b |= H.NAME;
  // The `name` of an airport, a hotel, a station or a ship names the place (`Murtala Muhammed International`), and the
  // `name` of a product, an item or a device names the thing (`Rose Jar`, `Parker Hannifin`).
  else if ((placeParent && (generic || k === 'displayname' || k === 'title')) || (thingParent && generic)) b |= H.PLACE;
  else if (generic || k === 'fullname' || displayName) b |= H.NAME_WEAK;
  // Inside an object about a thing, its `display`, `title` or `label` names the thing (`manufacturer: {display: Eli Lilly}`).
  else if (thingParent && (k === 'display' || k === 'title' || k === 'label')) b |= H.PLACE;
  if (/(?:username|login|handle|screenname|nick|nickname)$/.test(k)) b |= H.HANDLE;
  if (/^(?:pathname|pagepath|urlpath|httptarget|httproute|requestpath|requesturi|referrerpath|route|breadcrumbs?|pages?|pagine|paginas?|seiten?)$/.test(k)) b |= H.WEB_PATH;
  // and the parties of an M-Pesa (Daraja) request: `PartyA` of an STK push is the payer's number, written bare
  if (k === 'from' || k === 'to' || k === 'sender' || k === 'recipient' || k === 'partya' || k === 'partyb') b |= H.ENDPOINT;
  if (ADDRESS_KEYS.has(k) || (k.endsWith('address') && !NOT_POSTAL.test(k)) || k.endsWith('addressline1') || k.endsWith('street') || (personalParent && (k === 'line' || k === 'street1'))) b |= H.ADDRESS;
  // `mlat`, `mlon`: a map marker's (OpenStreetMap's share links)
  if (k === 'lat' || k === 'mlat' || k.endsWith('latitude') || k.endsWith('latitud') || k.endsWith('latitudine') || PLACE_LAT.test(k)) b |= H.LAT;
  if (k === 'lon' || k === 'mlon' || k === 'lng' || k === 'long' || k.endsWith('longitude') || k.endsWith('longitud') || k.endsWith('longitudine') || PLACE_LON.test(k)) b |= H.LON;
  if (/^(?:geo|loc|point|center|position|geoposition|posizione|posicion|posicao|ubicacion|localizacao|standort|coordenadas|coordinate)$/.test(k) || /(?:location|coords?|coordinates|latlng|latlon|lnglat|lonlat|gps|geopoint|latlong)$/.test(k)) b |= H.GEO;
  if (PSEUDO.test(k)) b |= H.PSEUDO;
  // A `uid` of a thing (a Kubernetes object's `metadata.uid`, a device's) names the thing, not a user.
  else if (USER_ID.test(k) || (k === 'uid' && !thingParent) || k === 'user' || (personalParent && (k === 'id' || k === 'uuid' || k === 'guid'))) b |= H.USER_ID;
  if ((k.includes('mail') || k.includes('posta') || k === 'hem' || k.includes('gravatar')) && /hash|md5|sha|digest/.test(k) && !k.includes('hmac') && !k.includes('salt')) b |= H.EMAIL_HASH;
  // A digest written where an email goes is a hashed email (Meta CAPI `em`, ad platforms' `email`); not where the key
  // says it is keyed or salted (`hmac_email`, `salted_email`).
  if ((/(?:email|emailaddress|mailaddress)$/.test(k) && !k.includes('hmac') && !k.includes('salt')) || k === 'em') b |= H.EMAIL_HASH;
  if (k === 'ip' || /(?:ipaddress|ipaddr|ipv4|ipv6|forwardedfor|clientaddress|remoteaddr|remoteaddress|sourceaddress|peeraddress)$/.test(k) || (k.endsWith('ip') && !IP_NOT.has(k) && !k.endsWith('zip'))) b |= H.IP;
  if (k.includes('useragent') || k === 'ua' || k === 'agent') b |= H.UA;
  if (k.includes('version') || k.includes('versao') || k.includes('wersja') || k.includes('surum') || k === 'versie' || VERSION_KEYS.has(k) || k.includes('build') || k.endsWith('release') || k.endsWith('firmware') || (k.length > 2 && k.endsWith('fw'))) b |= H.VERSION;
  if (k.includes('card') || k === 'cc' || k === 'ccnumber' || k === 'ccnum' || k === 'pan') b |= H.CARD;
  if (k.includes('iban') || k === 'bankaccount' || k === 'accountnumber') b |= H.IBAN;
  // `campaign_2`, `alcaldias`, `ciudades`: a numbered or plural place key is still one.
  if (PLACE_KEY.test(k) || PLACE_KEY.test(k.replace(/\d+$/, '')) || PLACE_KEY.test(k.replace(/e?s$/, '')) || k === 'event' || k === 'ship') b |= H.PLACE;
  return b;
}
